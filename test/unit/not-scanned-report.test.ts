import * as sarifMatchers from '@microsoft/jest-sarif';
import { validateConfig } from '../../src/config/validate-config';
import { LeakguardError } from '../../src/model/errors';
import { isBlocking, type Finding, type ScanReport, type UnscannablePolicy } from '../../src/model/finding';
import { renderJson } from '../../src/report/render-json';
import { renderSarif } from '../../src/report/render-sarif';
import { renderText } from '../../src/report/render-text';

expect.extend(sarifMatchers);

const TOOL = { name: 'leakguard', version: '1.0.0', informationUri: 'https://www.npmjs.com/package/leakguard' };
const COMMIT = { sha: 'abcdef0123456789abcdef0123456789abcdef01', subject: 'Add the model' };

function reportOf(unscannable: UnscannablePolicy, findings: Finding[] = []): ScanReport {
  return {
    findings,
    suppressed: {},
    filesScanned: 2,
    linesScanned: 3,
    ignoredFiles: [],
    binaryFiles: ['model.bin'],
    notScanned: [{ file: 'model.bin', reason: 'its Git LFS object 0123456789ab is not in the local store', commit: COMMIT }],
    unscannable,
  };
}

const binaryFinding: Finding = {
  ruleId: 'github-classic-token',
  description: 'GitHub personal access token (classic)',
  severity: 'high',
  confidence: 'high',
  file: 'tool.exe',
  line: 3,
  column: 7,
  match: 'ghp_********',
  preview: 'token ghp_********',
  fingerprint: '9996acd6d939a157ba4a3a4af769e447',
  fix: 'Revoke it.',
  byteOffset: 9004,
};

describe('files not scanned, in every report', () => {
  test('block by default, only report with "unscannable": "report"', () => {
    expect(isBlocking(reportOf('block'))).toBe(true);
    expect(isBlocking(reportOf('report'))).toBe(false);
    expect(isBlocking({ ...reportOf('block'), notScanned: [] })).toBe(false);
  });

  test('the text report lists them without --verbose, with the commit; a binary finding shows its byte offset and run', () => {
    const text = renderText(reportOf('block', [binaryFinding]), { useColor: false, verbose: false });
    expect(text).toContain('Not scanned:\n  model.bin (commit abcdef0): its Git LFS object 0123456789ab is not in the local store');
    expect(text).toContain('  byte 9004 (run 3)  github-classic-token');
  });

  test('JSON lists them and says whether the scan blocks', () => {
    const json = JSON.parse(renderJson(reportOf('report', [binaryFinding])));
    expect(json.notScanned).toEqual([{ file: 'model.bin', reason: expect.stringContaining('not in the local store'), commit: COMMIT }]);
    expect(json.findings[0]).toMatchObject({ line: 3, column: 7, byteOffset: 9004 });
    expect(json.summary).toMatchObject({ notScanned: 1, blocked: true });
  });

  test('SARIF: a valid log with a tool execution notification per file (error when it blocks) and a binary region for a binary finding', () => {
    for (const [policy, level] of [['block', 'error'], ['report', 'warning']] as const) {
      const log = JSON.parse(renderSarif(reportOf(policy, [binaryFinding]), { tool: TOOL }));
      expect(log).toBeValidSarifLog();
      expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
        expect.objectContaining({ level, locations: [{ physicalLocation: { artifactLocation: { uri: 'model.bin', uriBaseId: '%SRCROOT%' } } }] }),
      ]);
      expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ byteOffset: 9004 });
    }
  });
});

describe('the "unscannable" config key', () => {
  const known = new Set(['github-classic-token']);
  test('defaults to block, accepts report, rejects anything else without quoting it', () => {
    expect(validateConfig({}, '/r/.leakguardrc', known).unscannable).toBe('block');
    expect(validateConfig({ unscannable: 'report' }, '/r/.leakguardrc', known).unscannable).toBe('report');
    const rejected = (() => {
      try {
        validateConfig({ unscannable: 'ignore-them-all' }, '/r/.leakguardrc', known);
      } catch (error) {
        return error as LeakguardError;
      }
      throw new Error('expected a rejection');
    })();
    expect(rejected.code).toBe('CONFIG_INVALID');
    expect(rejected.message).toContain('unscannable: expected "block" (the default) or "report"');
    expect(rejected.message).not.toContain('ignore-them-all');
  });
});
