import { createHash, scryptSync } from 'node:crypto';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { fastHashesIn } from '../support/fast-hashes';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';

const BASELINE = '.secretbaseline.jsonl';

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  readonly fingerprint: string;
}

interface SarifLog {
  readonly runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
}

/** A password as people pick them, "Sunshine#2024"-style: a word, a sign, a year; found in seconds from a fast hash. */
function makeWeakPassword(seed: number): string {
  const words = ['Sunshine', 'Butterfly', 'Password', 'Dragonfly', 'Starlight'];
  const generate = createSampleGenerator(seed);
  const word = words[Number.parseInt(generate.hex(2), 16) % words.length] as string;
  return `${word}#${2000 + (Number.parseInt(generate.hex(2), 16) % 30)}`;
}

describe('the fingerprints a report prints, uploads and logs', () => {
  let repo: TempRepo;
  const password = makeWeakPassword(11);
  const otherPassword = makeWeakPassword(12);
  const token = makeGithubToken(71);
  const planted = [password, otherPassword, token];
  const outputs: string[] = [];

  function leakguard(...args: string[]): RunResult {
    const result = repo.leakguard(args);
    if (result.exitCode === 2) throw new Error(result.stderr);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const jsonFindings = (...args: string[]): JsonFinding[] => (JSON.parse(leakguard('scan', '--format', 'json', ...args).stdout) as { findings: JsonFinding[] }).findings;
  const sarifFingerprints = (...args: string[]): string[] =>
    (JSON.parse(leakguard('scan', '--format', 'sarif', ...args).stdout) as SarifLog).runs[0]!.results.map((result) => Object.values(result.partialFingerprints).join(' '));

  function commitAll(message: string): void {
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', message, '--no-verify');
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });

  afterEach(() => {
    for (const secret of planted) expectNoLeak(secret, ...outputs);
    repo.remove();
  });

  test('no fingerprint in a text, JSON or SARIF report is a fast hash of a weak password (fails on sha256(rule, secret))', () => {
    repo.write('config/db.sh', `DB_PASSWORD="${password}"\n`);
    commitAll('db');
    const json = jsonFindings('config');
    expect(json.map((finding) => finding.ruleId)).toEqual(['generic-assignment']);
    const oldFingerprint = createHash('sha256').update(`generic-assignment\0${password}`).digest('hex').slice(0, 32);
    expect(json[0]!.fingerprint).not.toBe(oldFingerprint);
    const reports = [JSON.stringify(json), sarifFingerprints('config').join('\n'), leakguard('scan', 'config').stdout, leakguard('scan', '--history', '--format', 'json').stdout];
    for (const report of reports) expect(fastHashesIn(password, report)).toEqual([]);
  });

  test('SARIF fingerprints stay the same across runs and when lines above move; identical lines are told apart', () => {
    repo.write('config/db.sh', `DB_PASSWORD="${password}"\nDB_PASSWORD="${otherPassword}"\n`);
    const first = sarifFingerprints('config');
    expect(first).toHaveLength(2);
    expect(new Set(first).size).toBe(2);
    expect(sarifFingerprints('config')).toEqual(first);
    repo.write('config/db.sh', `# the database\n\nDB_PASSWORD="${password}"\nDB_PASSWORD="${otherPassword}"\n`);
    expect(sarifFingerprints('config')).toEqual(first);
  });

  test('a later commit that puts another secret on the same line is still reported from history', () => {
    repo.write('config/db.sh', `DB_PASSWORD="${password}"\n`);
    commitAll('first password');
    repo.write('config/db.sh', `DB_PASSWORD="${otherPassword}"\n`);
    commitAll('rotated');
    repo.write('config/db.sh', `DB_PASSWORD="${password}"\n`);
    commitAll('reverted: the first password again, already reported');
    const findings = jsonFindings('--history');
    expect(findings.map((finding) => finding.line)).toEqual([1, 1]);
  });

  test('a finding whose baseline entry is marked must-fix is printed with the entry\'s fingerprint', () => {
    repo.write('src/a.ts', `export const token = "${token}";\n`);
    commitAll('token');
    leakguard('baseline', 'create');
    const baseline = repo.read(BASELINE);
    const entry = JSON.parse(baseline.split('\n')[1] as string) as { fingerprint: string };
    repo.write(BASELINE, baseline.replace('"unreviewed"', '"must-fix"'));
    expect(jsonFindings('src').map((finding) => finding.fingerprint)).toEqual([entry.fingerprint]);
    expect(leakguard('scan', 'src').stdout).toContain(`fingerprint ${entry.fingerprint}`);
    expectNoLeak(token, repo.read(BASELINE));
  });

  test('baseline create records its scrypt cost; a version-1 file keeps N=2^14: the hook lets its known secret through, update keeps its header', () => {
    repo.write('src/a.ts', `export const token = "${token}";\n`);
    commitAll('token');
    leakguard('baseline', 'create');
    expect(repo.read(BASELINE).split('\n')[0]).toMatch(/^\{"format":"leakguard-baseline","version":2,"salt":"[0-9a-f]{32}","scrypt":\{"N":65536,"r":8,"p":1\}\}$/);

    const salt = 'c0ffee'.padEnd(32, '0');
    const header = `{"format":"leakguard-baseline","version":1,"salt":"${salt}"}`;
    const oldFingerprint = scryptSync(`github-classic-token\0${token}`, salt, 16, { N: 2 ** 14, r: 8, p: 1 }).toString('hex');
    repo.write(BASELINE, `${header}\n{"file":"src/a.ts","rule":"github-classic-token","fingerprint":"${oldFingerprint}","verdict":"accepted"}\n`);
    commitAll('a version-1 baseline');
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('src/a.ts', `// settings\n  export const token = "${token}";\n`);
    repo.mustGit('add', '-A');
    const known = repo.git('commit', '-qm', 're-indented');
    outputs.push(known.stdout, known.stderr);
    expect(known.exitCode).toBe(0);
    expect(leakguard('baseline', 'update').exitCode).toBe(0);
    expect(repo.read(BASELINE).split('\n')[0]).toBe(header);
    expectNoLeak(token, repo.read(BASELINE));
  });
});
