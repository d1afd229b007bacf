import type { Finding, ScanReport } from '../../src/model/finding';
import { GITLAB_SCHEMA_VERSION, renderGitlab } from '../../src/report/render-gitlab';
import { SAMPLE_TOOL as TOOL, sampleFinding as finding } from '../support/sample-finding';

/**
 * What GitLab's secret detection report schema (security-report-schemas, dist/
 * secret-detection-report-format.json, model 15) requires, checked by hand: the schema file is
 * published on gitlab.com only, not in any package this project can pin. A report that fails it is
 * dropped whole by GitLab, so each rule below is one reason the merge request would show nothing.
 */
type Json = Record<string, any>;

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const SEVERITIES = ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'];

function schemaProblems(report: Json): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, what: string) => condition || problems.push(what);
  const isText = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
  need(/^\d+\.\d+\.\d+$/.test(report.version), 'version: MAJOR.MINOR.PATCH');
  need(Array.isArray(report.vulnerabilities), 'vulnerabilities: an array');
  const scan = report.scan ?? {};
  for (const part of ['analyzer', 'scanner']) {
    const component = scan[part] ?? {};
    need(['id', 'name', 'version'].every((key) => isText(component[key])) && isText(component.vendor?.name), `scan.${part}: id, name, version, vendor.name`);
  }
  need(scan.type === 'secret_detection', 'scan.type: secret_detection');
  need(TIME.test(scan.start_time) && TIME.test(scan.end_time), 'scan.start_time, end_time: yyyy-mm-ddThh:mm:ss');
  need(['success', 'failure'].includes(scan.status), 'scan.status: success or failure');
  for (const message of scan.messages ?? []) need(['info', 'warn', 'fatal'].includes(message.level) && isText(message.value), 'scan.messages[]: level and value');
  for (const [index, vulnerability] of (report.vulnerabilities ?? []).entries()) {
    const at = `vulnerabilities[${index}]`;
    need(isText(vulnerability.id), `${at}.id`);
    need(vulnerability.name === undefined || vulnerability.name.length <= 255, `${at}.name: at most 255`);
    need(vulnerability.solution === undefined || vulnerability.solution.length <= 7000, `${at}.solution: at most 7000`);
    need(vulnerability.severity === undefined || SEVERITIES.includes(vulnerability.severity), `${at}.severity: the enum`);
    const identifiers = vulnerability.identifiers ?? [];
    need(identifiers.length > 0 && identifiers.every((id: Json) => isText(id.type) && isText(id.name) && isText(id.value)), `${at}.identifiers: at least one, with type, name, value`);
    need(isText(vulnerability.location?.commit?.sha), `${at}.location.commit.sha`);
    need(vulnerability.location?.start_line === undefined || Number.isInteger(vulnerability.location.start_line), `${at}.location.start_line: an integer`);
  }
  return problems;
}

const TIMES = { start: new Date('2026-12-02T04:00:00.250Z'), end: new Date('2026-12-02T04:00:03.900Z') };

function reportOf(findings: Finding[], notScanned: ScanReport['notScanned'] = []): ScanReport {
  return { findings, suppressed: {}, filesScanned: 3, linesScanned: 40, ignoredFiles: [], binaryFiles: [], notScanned, unscannable: 'block' };
}

const render = (report: ScanReport): Json => JSON.parse(renderGitlab(report, { tool: TOOL, scanTimes: TIMES })) as Json;

describe('renderGitlab', () => {
  test('a clean scan is a valid report with no vulnerabilities, the scan timed in UTC seconds', () => {
    const report = render(reportOf([]));
    expect(schemaProblems(report)).toEqual([]);
    expect(report.version).toBe(GITLAB_SCHEMA_VERSION);
    expect(report.vulnerabilities).toEqual([]);
    expect(report.scan).toMatchObject({ type: 'secret_detection', status: 'success', start_time: '2026-12-02T04:00:00', end_time: '2026-12-02T04:00:03' });
  });

  test('a finding from a commit: severity, rule identifier, file, line and the commit', () => {
    const report = render(reportOf([finding({ commit: { sha: 'a'.repeat(40), subject: 'Add the deploy config' } }), finding({ ruleId: 'private-key-pem', severity: 'critical', fingerprint: 'bbbb', line: 1 })]));
    expect(schemaProblems(report)).toEqual([]);
    const [fromCommit, fromFiles] = report.vulnerabilities as Json[];
    expect(fromCommit).toMatchObject({
      id: '9996acd6d939a157ba4a3a4af769e447',
      severity: 'High',
      description: 'GitHub personal access token (classic): ghp_********',
      identifiers: [{ type: 'leakguard_rule_id', value: 'github-classic-token' }],
      location: { file: 'src/config.ts', start_line: 2, end_line: 2, commit: { sha: 'a'.repeat(40), message: 'Add the deploy config' } },
    });
    // A work tree scan has no commit; the schema still requires one, as GitLab's analyzer writes it.
    expect(fromFiles).toMatchObject({ severity: 'Critical', location: { commit: { sha: '0000000' } } });
  });

  test('holds no source extract, and files not scanned are the scan\'s warnings', () => {
    const report = render(reportOf([finding()], [{ file: 'big.bin', reason: 'larger than 50 MB' }]));
    expect(schemaProblems(report)).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('raw_source_code_extract');
    expect(report.scan.messages).toEqual([{ level: 'warn', value: 'Not scanned: big.bin: larger than 50 MB.' }]);
  });

  test('the checks above can fail: a report missing what GitLab requires', () => {
    const broken = render(reportOf([finding()]));
    delete broken.scan.analyzer.vendor;
    broken.scan.start_time = '2026-12-02T04:00:00.250Z';
    broken.vulnerabilities[0].identifiers = [];
    delete broken.vulnerabilities[0].location.commit;
    expect(schemaProblems(broken)).toEqual([
      'scan.analyzer: id, name, version, vendor.name',
      'scan.start_time, end_time: yyyy-mm-ddThh:mm:ss',
      'vulnerabilities[0].identifiers: at least one, with type, name, value',
      'vulnerabilities[0].location.commit.sha',
    ]);
  });
});
