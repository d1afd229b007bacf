import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * A comment on the line before allows the line after it, through the real hooks: whether the comment
 * line is added with the secret or was committed before (a context line of the staged diff), and in
 * the pre-push hook's commits and `scan PATH` too. It allows that one line and nothing else.
 */
describe('allow comments on the line before', () => {
  let repo: TempRepo;
  const token = makeGithubToken(71);
  const other = makeGithubToken(72);
  const outputs: string[] = [];

  const record = (result: RunResult): RunResult => {
    outputs.push(result.stdout, result.stderr);
    return result;
  };
  const commit = (): RunResult => record(repo.git('commit', '-q', '-m', 'change'));
  const stageFile = (path: string, lines: readonly string[]): void => {
    repo.write(path, lines.join('\n') + '\n');
    repo.mustGit('add', path);
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    expect(repo.leakguard(['install']).exitCode).toBe(0);
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    expectNoLeak(other, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    repo.remove();
  });

  test.each([
    ['// leakguard:allow-next-line', 'config.ts'],
    ['// leakguard:allow-next-line github-classic-token', 'config.ts'],
    ['# pragma: allowlist nextline secret', 'config.py'],
    ['// secretlint-disable-next-line', 'config.js'],
  ])('%s added with the secret lets the commit through', (comment, file) => {
    stageFile(file, ['const a = 1;', comment, `token = "${token}"`]);
    expect(commit().exitCode).toBe(0);
  });

  test('a comment committed earlier (an unchanged context line of the staged diff) allows the line added after it', () => {
    stageFile('config.ts', ['const a = 1;', '// leakguard:allow-next-line', 'token = process.env.TOKEN', 'const b = 2;']);
    expect(commit().exitCode).toBe(0);
    stageFile('config.ts', ['const a = 1;', '// leakguard:allow-next-line', `token = "${token}"`, 'const b = 2;']);
    expect(commit().exitCode).toBe(0);
  });

  test('it allows the next line only: not its own line, not the line after next, not after a blank line', () => {
    stageFile('a.ts', ['// leakguard:allow-next-line', `one = "${token}"`, `two = "${other}"`]);
    const blocked = record(repo.git('commit', '-m', 'two secrets'));
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('  3:8  github-classic-token');
    expect(blocked.stdout + blocked.stderr).not.toContain('  2:8  ');

    stageFile('a.ts', [`one = "${token}" // leakguard:allow-next-line`, 'const x = 1;']);
    expect(commit().exitCode).toBe(1);
    stageFile('a.ts', ['// leakguard:allow-next-line', '', `one = "${token}"`]);
    expect(commit().exitCode).toBe(1);
    stageFile('a.ts', [`x = 1 // leakguard:allow-next-line`, `one = "${token}"`]);
    expect(commit().exitCode).toBe(1);
  });

  test('a rule list allows only those rules', () => {
    stageFile('a.ts', ['// leakguard:allow-next-line aws-access-key-id', `one = "${token}"`]);
    expect(commit().exitCode).toBe(1);
  });

  test('the pre-push hook honours a comment that was already pushed, and scan PATH one in the file', () => {
    repo.addBareRemote();
    stageFile('config.ts', ['const a = 1;', '// leakguard:allow-next-line', 'token = process.env.TOKEN']);
    expect(commit().exitCode).toBe(0);
    expect(record(repo.git('push', '-q', 'origin', 'main')).exitCode).toBe(0);
    stageFile('config.ts', ['const a = 1;', '// leakguard:allow-next-line', `token = "${token}"`]);
    expect(record(repo.git('commit', '-q', '--no-verify', '-m', 'secret')).exitCode).toBe(0);
    expect(record(repo.git('push', '-q', 'origin', 'main')).exitCode).toBe(0);
    expect(record(repo.leakguard(['scan', 'config.ts'])).exitCode).toBe(0);

    stageFile('config.ts', ['const a = 1;', '// a changed comment', `token = "${token}"`]);
    expect(record(repo.git('commit', '-q', '--no-verify', '-m', 'comment gone')).exitCode).toBe(0);
    expect(record(repo.leakguard(['scan', 'config.ts'])).exitCode).toBe(1);
  });
});
