import * as sarifMatchers from '@microsoft/jest-sarif';
import type { Finding, ScanReport } from '../../src/model/finding';
import { renderSarif } from '../../src/report/render-sarif';
import { SAMPLE_TOOL as TOOL, sampleFinding as finding } from '../support/sample-finding';

expect.extend(sarifMatchers);


function reportOf(findings: Finding[]): ScanReport {
  return { findings, suppressed: {}, filesScanned: 3, linesScanned: 40, ignoredFiles: [], binaryFiles: [], notScanned: [], unscannable: 'block' };
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, any>[] } };
    results: Record<string, any>[];
  }[];
}

const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog;

describe('renderSarif', () => {
  const findings = [
    finding({}),
    finding({
      ruleId: 'private-key-pem',
      description: 'Private key (PEM)',
      severity: 'critical',
      file: 'deploy/my key #1.pem',
      line: 1,
      column: 1,
      match: '********',
      fingerprint: 'aaaa',
      fix: 'Replace the key pair.',
      commit: { sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', subject: 'Add deploy key' },
    }),
    finding({ line: 9, fingerprint: 'bbbb' }),
    finding({ ruleId: 'generic-password', description: 'Password assigned to a key-like name', severity: 'medium', confidence: 'low', file: '<stdin>' }),
  ];

  it('writes a log that validates against the SARIF 2.1.0 schema, with findings and without', () => {
    expect(parse(renderSarif(reportOf(findings), { tool: TOOL }))).toBeValidSarifLog();
    expect(parse(renderSarif(reportOf([]), { tool: TOOL }))).toBeValidSarifLog();
  });

  it('the schema check can fail: a result with an unknown level is rejected', () => {
    const log = parse(renderSarif(reportOf(findings), { tool: TOOL }));
    (log.runs[0]?.results[0] as Record<string, unknown>).level = 'fatal';
    expect(log).not.toBeValidSarifLog();
  });

  it('lists each rule once, with help, level and security-severity, and points results at it', () => {
    const run = parse(renderSarif(reportOf(findings), { tool: TOOL })).runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'leakguard', version: '9.8.7' });
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['github-classic-token', 'private-key-pem', 'generic-password']);
    expect(run?.tool.driver.rules[1]).toMatchObject({
      name: 'PrivateKeyPem',
      shortDescription: { text: 'Private key (PEM)' },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5', tags: ['security', 'secret'] },
    });
    expect(run?.tool.driver.rules[1]?.help.markdown).toContain('Replace the key pair.');
    expect(run?.tool.driver.rules[2]).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { precision: 'low', 'security-severity': '5.5' } });
    expect(run?.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['github-classic-token', 0, 'error'],
      ['private-key-pem', 1, 'error'],
      ['github-classic-token', 0, 'error'],
      ['generic-password', 2, 'warning'],
    ]);
  });

  it('locates results relative to %SRCROOT% with encoded URIs, fingerprints them and names the commit when known', () => {
    const results = parse(renderSarif(reportOf(findings), { tool: TOOL })).runs[0]?.results ?? [];
    expect(results[1]?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/my%20key%20%231.pem', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1 },
    });
    expect(results[3]?.locations[0].physicalLocation.artifactLocation.uri).toBe('%3Cstdin%3E');
    expect(results[1]?.partialFingerprints).toEqual({ 'leakguardFingerprint/v2': 'aaaa' });
    expect(results[1]?.properties.commit).toEqual({ sha: 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', subject: 'Add deploy key' });
    expect(results[0]?.properties.commit).toBeUndefined();
    expect(results[0]?.message.text).toBe('GitHub personal access token (classic): ghp_********');
  });
});
