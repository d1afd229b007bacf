import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { PROJECT_ROOT, createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';

/** npm install from the registry, a tarball or a git clone: minutes on a busy 2-core machine. */
const INSTALL_TIMEOUT = 10 * 60 * 1000;
const VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const HEAD = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();

/** The machine's npm cache, preferred to the registry: the isolated HOME of a test repository has none. */
const NPM_ENV = { npm_config_cache: process.env['npm_config_cache'] ?? join(homedir(), '.npm'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };

/**
 * `npm pack` as a user runs it in a checkout, in a copy of HEAD's files (git archive) with this
 * checkout's node_modules: packing builds dist/ again and rewrites package.json for a moment, which
 * must not happen under the tests running beside this one.
 */
function packHead(): { dir: string; stdout: string; tarball: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-pack-'));
  execFileSync('sh', ['-c', `git -C "$1" archive HEAD | tar -x -C "$2"`, 'sh', PROJECT_ROOT, dir]);
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  const packed = spawnSync('npm', ['pack'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...NPM_ENV } });
  if (packed.status !== 0) throw new Error(`npm pack failed (${packed.status}): ${packed.stderr}`);
  return { dir, stdout: packed.stdout, tarball: join(dir, packed.stdout.trim()) };
}

describe('installing leakguard before it is published: a tarball from npm pack, a git URL', () => {
  const token = makeGithubToken(143);
  const outputs: string[] = [];
  let pack: ReturnType<typeof packHead>;
  const projects: TempRepo[] = [];

  beforeAll(() => {
    pack = packHead();
  }, INSTALL_TIMEOUT);
  afterAll(() => {
    rmSync(pack.dir, { recursive: true, force: true });
    for (const project of projects) project.remove();
  });

  function run(project: TempRepo, command: string, args: readonly string[]): RunResult {
    const result = project.run(command, args, { env: NPM_ENV });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  /** A scratch project that installs leakguard from `spec` as a devDependency, then its hooks. */
  function projectWith(spec: string): TempRepo {
    const project = createTempRepo();
    projects.push(project);
    project.write('package.json', JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }, null, 2) + '\n');
    project.write('.gitignore', 'node_modules\n');
    const installed = run(project, 'npm', ['install', '--save-dev', spec]);
    if (installed.exitCode !== 0) throw new Error(`npm install ${spec} failed (${installed.exitCode}): ${installed.stderr}`);
    return project;
  }

  function expectItGuards(project: TempRepo): void {
    expect(run(project, 'npx', ['leakguard', '--version']).stdout.trim()).toContain(VERSION);
    expect(run(project, 'npx', ['leakguard', 'install']).exitCode).toBe(0);
    project.write('config.py', `token = "${token}"\n`);
    project.mustGit('add', 'config.py');
    const blocked = run(project, 'git', ['commit', '-m', 'add config']);
    expect(blocked.stderr + blocked.stdout).toContain('github-classic-token');
    expect(blocked.exitCode).toBe(1);
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(project.dir, '.git')));
  }

  test("npm pack prints the tarball's name alone, and its package.json has no prepare for consumers to run", () => {
    // The pre-commit framework (language: node) reads this stdout as the file name.
    expect(pack.stdout).toBe(`leakguard-${VERSION}.tgz\n`);
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', pack.tarball, 'package/package.json'], { encoding: 'utf8' })) as { scripts: Record<string, string> };
    expect(manifest.scripts['prepare']).toBeUndefined();
    expect(execFileSync('tar', ['-tzf', pack.tarball], { encoding: 'utf8' }).split('\n')).toContain('package/LICENSE');
    // postpack put prepare back: a git URL still builds.
    expect(readFileSync(join(pack.dir, 'package.json'), 'utf8')).toBe(execFileSync('git', ['show', 'HEAD:package.json'], { cwd: PROJECT_ROOT, encoding: 'utf8' }));
  });

  test('npm install of the tarball: no install script, leakguard runs and blocks a commit', () => {
    const project = projectWith(pack.tarball);
    expect(outputs.join('\n')).not.toContain('install-scripts');
    expectItGuards(project);
  }, INSTALL_TIMEOUT);

  test('npm install of a git+file:// URL builds it (prepare), and it runs and blocks a commit', () => {
    expectItGuards(projectWith(`git+file://${PROJECT_ROOT}#${HEAD}`));
  }, INSTALL_TIMEOUT);
});
