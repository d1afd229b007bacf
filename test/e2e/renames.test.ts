import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('content moved or copied into a scanned path is new there', () => {
  let repo: TempRepo;
  let remote: string;
  const token = makeGithubToken(71);
  const outputs: string[] = [];

  const record = (result: RunResult): RunResult => {
    outputs.push(result.stdout, result.stderr);
    return result;
  };
  const move = (from: string, to: string): void => {
    mkdirSync(dirname(join(repo.dir, to)), { recursive: true });
    repo.mustGit('mv', from, to);
  };
  const commitUnchecked = (subject: string): void => {
    repo.mustGit('commit', '-q', '--no-verify', '-m', subject);
  };
  const findingFiles = (args: readonly string[]): string[] => {
    const result = record(repo.leakguard(['scan', ...args, '--format', 'json']));
    return (JSON.parse(result.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    remote = repo.addBareRemote();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('.secretignore', 'test/fixtures/\n');
    // Enough lines that git sees a rename even after an edit.
    const filler = Array.from({ length: 20 }, (_, index) => `fixture line ${index}`).join('\n');
    repo.write('test/fixtures/creds.txt', `${filler}\ndeploy token: ${token}\n`);
    repo.mustGit('add', '.');
    expect(record(repo.git('commit', '-qm', 'fixtures')).exitCode).toBe(0);
    repo.mustGit('push', '-q', 'origin', 'main');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(remote), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test('git mv out of a .secretignore path blocks the commit', () => {
    move('test/fixtures/creds.txt', 'src/creds.txt');
    const result = record(repo.git('commit', '-m', 'move'));
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain('src/creds.txt');
    expect(result.stdout + result.stderr).toContain('github-classic-token');
  });

  test('a rename with an edit out of a .secretignore path blocks the commit', () => {
    move('test/fixtures/creds.txt', 'src/creds.txt');
    repo.write('src/creds.txt', `${repo.read('src/creds.txt')}one more line\n`);
    repo.mustGit('add', '.');
    expect(repo.mustGit('diff', '--cached', '-M', '--name-status')).toMatch(/^R\d+\s/);
    expect(record(repo.git('commit', '-m', 'move')).exitCode).toBe(1);
  });

  test('the push, --range and --history report the moved secret once, at its new path', () => {
    move('test/fixtures/creds.txt', 'src/creds.txt');
    commitUnchecked('move');
    const pushed = record(repo.git('push', 'origin', 'main'));
    expect(pushed.exitCode).not.toBe(0);
    expect(pushed.stdout + pushed.stderr).toContain('src/creds.txt');
    expect(findingFiles(['--range', 'HEAD~1..HEAD'])).toEqual(['src/creds.txt']);
    expect(findingFiles(['--history'])).toEqual(['src/creds.txt']);
  });

  test('a rename between scanned paths still adds only what it changed', () => {
    repo.write('.secretignore', '');
    repo.mustGit('add', '.');
    commitUnchecked('stop ignoring');
    move('test/fixtures/creds.txt', 'test/creds.txt');
    expect(record(repo.git('commit', '-qm', 'move')).exitCode).toBe(0);
  });

  test('a copy whose source is edited in the same commit is a new file holding the secret', () => {
    repo.write('.secretignore', '');
    repo.mustGit('add', '.');
    commitUnchecked('the old file was let in before leakguard');
    repo.write('copy.txt', repo.read('test/fixtures/creds.txt'));
    repo.write('test/fixtures/creds.txt', `${repo.read('test/fixtures/creds.txt')}edited\n`);
    repo.mustGit('add', '.');
    // What git would call a copy with copy detection on: the scan must not.
    expect(repo.mustGit('diff', '--cached', '-C', '--name-status')).toMatch(/^C\d+\s/m);
    const result = record(repo.git('commit', '-m', 'copy'));
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain('copy.txt');
  });

  test('a file renamed away from the baseline entries that accepted it is scanned whole', () => {
    repo.write('.secretignore', '');
    repo.mustGit('add', '.');
    commitUnchecked('stop ignoring');
    expect(record(repo.leakguard(['baseline', 'create'])).exitCode).toBe(0);
    repo.mustGit('add', '.');
    expect(record(repo.git('commit', '-qm', 'baseline')).exitCode).toBe(0);
    move('test/fixtures/creds.txt', 'src/creds.txt');
    const moved = record(repo.git('commit', '-m', 'move'));
    expect(moved.exitCode).toBe(1);
    expect(moved.stdout + moved.stderr).toContain('src/creds.txt');
    // Accepted in any file, as the user can choose, it passes.
    expect(findingFiles(['--staged', '--match-any-file'])).toEqual([]);
  });
});
