import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, createTempRepo, type TempRepo } from '../support/temp-repo';
import { makeGithubToken } from '../support/secrets';

/**
 * The staged scan starts `git diff --cached` before it asks git where the root is and reads the
 * config (src/scan/sources/staged.ts). A scan that fails before it reads the diff must not wait for a
 * git blocked on a full pipe, and a diff started in a subdirectory must read as the root's.
 */
describe('the staged diff, started before the repository is known', () => {
  let repo: TempRepo;

  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('a config error ends the scan at once, however large the unread diff', () => {
    // 8 MB: far more than a pipe and the stream's buffer hold, so git is still writing when node would exit.
    repo.write('big.txt', 'const value = computeTheValue(input, options);\n'.repeat(180_000));
    repo.write('.leakguardrc.json', '{ "rules": [ }\n');
    repo.mustGit('add', '.');
    const result = spawnSync(process.execPath, [CLI, 'scan', '--staged'], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.leakguardrc.json, line 1');
  });

  test('from a subdirectory, with diff.relative set, the whole change is scanned under root-relative paths', () => {
    repo.write('src/app/main.ts', 'export const main = () => 1;\n');
    repo.write('config/settings.ts', `export const token = "${makeGithubToken(7)}";\n`);
    repo.mustGit('add', '.');
    repo.mustGit('config', 'diff.relative', 'true');
    const result = repo.leakguard(['scan', '--staged', '--format', 'json'], { cwd: join(repo.dir, 'src', 'app') });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { file: string }[] };
    expect(report.findings.map((finding) => finding.file)).toEqual(['config/settings.ts']);
  });

  test('outside a repository the scan says so, and the diff started meanwhile is not waited for', () => {
    const outside = join(repo.root, 'outside');
    repo.run('mkdir', [outside]);
    const result = spawnSync(process.execPath, [CLI, 'scan', '--staged'], { cwd: outside, env: { ...repo.env, GIT_CEILING_DIRECTORIES: repo.root }, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not inside a git work tree');
  });
});
