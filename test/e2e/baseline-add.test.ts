import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('leakguard baseline add FINGERPRINT…: the findings a report printed, recorded by their fingerprint', () => {
  let repo: TempRepo;
  const token = makeGithubToken(143);
  const other = makeGithubToken(144);
  const outputs: string[] = [];

  function leakguard(...args: string[]): RunResult {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function commit(path: string, content: string, subject: string): void {
    repo.write(path, content);
    repo.mustGit('add', path);
    repo.mustGit('commit', '-q', '--no-verify', '-m', subject);
  }

  const fingerprintsOf = (result: RunResult): string[] => [...result.stdout.matchAll(/fingerprint ([0-9a-f]{32})/g)].map((match) => match[1] as string);

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.addBareRemote();
    commit('README.md', '# project\n', 'Start');
    repo.mustGit('push', '-q', 'origin', 'main');
    commit('a.ts', `a = "${token}"\n`, 'Add a');
    commit('b.ts', `b = "${other}"\n`, 'Add b');
  });

  afterEach(() => {
    const written = [...filesOutsideObjectStores(join(repo.dir, '.git')), ...(existsSync(join(repo.dir, '.secretbaseline.jsonl')) ? [repo.read('.secretbaseline.jsonl')] : [])];
    expectNoLeak(token, ...outputs, ...written);
    expectNoLeak(other, ...outputs, ...written);
    repo.remove();
  });

  test('a prefix of 8 digits names a finding; an existing baseline keeps its salt and entries; a must-fix finding is refused', () => {
    const [first, second] = fingerprintsOf(leakguard('scan', '--since', 'origin/main'));
    expect(leakguard('baseline', 'add', (first as string).slice(0, 8)).exitCode).toBe(0);
    const header = repo.read('.secretbaseline.jsonl').split('\n')[0];
    const added = leakguard('baseline', 'add', second as string);
    expect(added.stdout).toContain('b.ts  github-classic-token');
    const lines = repo.read('.secretbaseline.jsonl').split('\n');
    expect(lines[0]).toBe(header);
    expect(lines.filter((line) => line.includes('"unreviewed"'))).toHaveLength(2);
    expect(leakguard('scan', '--since', 'origin/main').exitCode).toBe(0);
    repo.write('.secretbaseline.jsonl', repo.read('.secretbaseline.jsonl').replace(/("file":"b\.ts".*)"unreviewed"/, '$1"must-fix"'));
    const [mustFix] = fingerprintsOf(leakguard('scan', '--since', 'origin/main'));
    const refused = leakguard('baseline', 'add', mustFix as string);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('is marked must-fix');
  });

  test('an argument that is not a fingerprint is refused without being quoted; an unknown fingerprint is refused', () => {
    const pasted = leakguard('baseline', 'add', token);
    expect(pasted.exitCode).toBe(2);
    expect(pasted.stderr).toContain('Argument 1 of baseline add is not a fingerprint');
    const unknown = leakguard('baseline', 'add', '0123456789abcdef');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('No finding with the fingerprint 0123456789abcdef in the commits no remote has (2 findings there)');
    expect(leakguard('baseline', 'add').stderr).toContain('Say which findings to record');
  });

  test('--range finds a finding in commits a remote already has', () => {
    repo.mustGit('push', '-q', 'origin', 'main');
    const [first] = fingerprintsOf(leakguard('scan', '--range', 'HEAD~2..HEAD'));
    expect(leakguard('baseline', 'add', first as string).exitCode).toBe(2);
    expect(leakguard('baseline', 'add', first as string, '--range', 'HEAD~2..HEAD').exitCode).toBe(0);
    expect(leakguard('baseline', 'list').stdout).toContain('a.ts');
  });
});
