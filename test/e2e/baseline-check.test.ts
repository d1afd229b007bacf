import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const BASELINE = '.secretbaseline.jsonl';

/** `baseline check` in a CI step: exit 1 while an entry is unreviewed or must-fix, 0 when all are reviewed, 2 on a bad baseline. */
describe('leakguard baseline check', () => {
  let repo: TempRepo;
  const tokens = [makeGithubToken(81), makeGithubToken(82)];
  const outputs: string[] = [];

  const leakguard = (...args: string[]): RunResult => {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  };
  const setVerdict = (file: string, verdict: string): void => {
    const lines = repo.read(BASELINE).split('\n').map((line) => (line.includes(`"file":"${file}"`) ? line.replace(/"verdict":"[a-z-]+"/, `"verdict":"${verdict}"`) : line));
    repo.write(BASELINE, lines.join('\n'));
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.write('a.ts', `export const token = "${tokens[0]}";\n`);
    repo.write('b.ts', `export const token = "${tokens[1]}";\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old secrets');
    expect(leakguard('baseline', 'create').exitCode).toBe(0);
  });

  afterEach(() => {
    const baseline = existsSync(join(repo.dir, BASELINE)) ? [repo.read(BASELINE)] : [];
    for (const token of tokens) expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...baseline);
    repo.remove();
  });

  test('unreviewed entries fail the check, one line each naming the entry', () => {
    const result = leakguard('baseline', 'check');
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^leakguard: a\.ts {2}github-classic-token {2}[0-9a-f]{12} {2}unreviewed: review it: leakguard baseline audit$/);
    expect(lines[1]).toMatch(/^leakguard: b\.ts {2}github-classic-token {2}[0-9a-f]{12} {2}unreviewed/);
    expect(lines[2]).toContain('2 of 2 entries');
    expect(lines[2]).toContain('(2 unreviewed, 0 must-fix)');
  });

  test('a must-fix entry fails it too; once every entry is false-positive or accepted it passes', () => {
    setVerdict('a.ts', 'false-positive');
    setVerdict('b.ts', 'must-fix');
    const mustFix = leakguard('baseline', 'check');
    expect(mustFix.exitCode).toBe(1);
    expect(mustFix.stdout).toContain('b.ts  github-classic-token');
    expect(mustFix.stdout).toContain('must-fix: remove the secret and rotate it');
    expect(mustFix.stdout).not.toContain('a.ts');

    setVerdict('b.ts', 'accepted');
    const passed = leakguard('baseline', 'check');
    expect(passed.exitCode).toBe(0);
    expect(passed.stdout).toBe(`leakguard: every entry in ${join(repo.dir, BASELINE)} is reviewed (1 false-positive, 1 accepted).\n`);
  });

  test('a malformed or missing baseline is an error (exit 2), never a pass', () => {
    repo.write(BASELINE, repo.read(BASELINE).replace('"verdict":"unreviewed"', '"verdict":"fine"'));
    const malformed = leakguard('baseline', 'check');
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toContain('line 2: "verdict" must be one of');

    repo.write(BASELINE, '');
    expect(leakguard('baseline', 'check').exitCode).toBe(2);
    repo.run('rm', [BASELINE]);
    const missing = leakguard('baseline', 'check');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('There is no baseline');
  });
});
