import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD } from '../support/hook-env';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { PROJECT_ROOT, createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';

/** npm takes its time on a loaded machine; the registry is asked only for leakguard's own dependencies. */
jest.setTimeout(240_000);

/** leakguard as users get it: `npm pack` of the dist/ the build made, once for this file (no prepare). */
function packLeakguard(into: string): string {
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  return join(into, (JSON.parse(packed.stdout) as { filename: string }[])[0]?.filename ?? '');
}

/**
 * A team's project: leakguard from the tarball as a devDependency and `"prepare": "leakguard install"`,
 * committed. Teammates `git clone` it and `npm ci`; a Docker build copies package*.json, without .git.
 */
describe('the whole team protected: "prepare": "leakguard install"', () => {
  const packDir = mkdtempSync(join(tmpdir(), 'leakguard-pack-'));
  const tarball = packLeakguard(packDir);
  const token = makeGithubToken(151);
  const outputs: string[] = [];
  let repo: TempRepo;

  afterAll(() => rmSync(packDir, { recursive: true, force: true }));
  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });
  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.root, 'clone', '.git')));
    repo.remove();
  });

  function run(command: string, args: readonly string[], cwd: string): RunResult {
    // The developer's npm cache, so that leakguard's dependencies come from the registry once at most.
    const result = repo.run(command, args, { cwd, env: { PATH: PATH_WITHOUT_LEAKGUARD, npm_config_cache: join(homedir(), '.npm') } });
    outputs.push(result.stdout, result.stderr);
    return result;
  }
  const npm = (args: readonly string[], cwd: string): RunResult => run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], cwd);
  const leakguardLines = (result: RunResult): string[] => `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.startsWith('leakguard:'));

  /**
   * The project as its author sets it up, as the README says: `npm i -D <tarball>`, the prepare script
   * (`npm pkg set`), `npm install` (which runs it: `npm install <package>` does not), one commit.
   */
  function createProject(): void {
    repo.write('package.json', `${JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2)}\n`);
    repo.write('.gitignore', 'node_modules\n');
    expect(npm(['install', '--save-dev', tarball], repo.dir).exitCode).toBe(0);
    expect(run('npm', ['pkg', 'set', 'scripts.prepare=leakguard install'], repo.dir).exitCode).toBe(0);
    const installed = npm(['install'], repo.dir);
    expect(installed.exitCode).toBe(0);
    expect(leakguardLines(installed)).toContain(`leakguard: installed the pre-commit hook at ${join(repo.dir, '.git', 'hooks', 'pre-commit')}`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'app');
  }

  test('`npm ci` outside git (a Docker build) succeeds, with one line from leakguard', () => {
    createProject();
    const image = join(repo.root, 'image');
    mkdirSync(image);
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(repo.dir, file), join(image, file));
    const built = npm(['ci'], image);
    expect(built.exitCode).toBe(0);
    expect(leakguardLines(built)).toEqual([`leakguard: ${image} is not inside a git work tree (or git is missing): no hooks installed.`]);
  });

  test('a `git clone` followed by `npm ci` is protected: a secret commit is blocked, a clean one passes', () => {
    createProject();
    const clone = join(repo.root, 'clone');
    repo.mustGit('clone', '-q', repo.dir, clone);
    expect(npm(['ci'], clone).exitCode).toBe(0);

    const commit = (content: string): RunResult => {
      repo.write('../clone/a.ts', content);
      run('git', ['add', 'a.ts'], clone);
      return run('git', ['commit', '-m', 'change'], clone);
    };
    const blocked = commit(`t = "${token}"\n`);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('github-classic-token');
    expect(commit('t = process.env.TOKEN\n').exitCode).toBe(0);
  });
});
