import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeScript } from '../support/hook-env';
import { expectNoLeak, makeGithubToken } from '../support/secrets';
import { PROJECT_ROOT, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';

/** What the shim and git need from PATH, and nothing else: no node, as in a GUI client's environment. */
const TOOLS = ['git', 'sh', 'dirname', 'basename', 'cat', 'readlink'];
/** The places the shim looks in that a test cannot empty: a machine that has node there cannot show "none". */
const FIXED_NODE_PLACES = ['/opt/homebrew/bin/node', '/usr/local/bin/node'];
/** The version managers' own variables, cleared: the developer's would point at a real node. */
const NO_MANAGERS = { NVM_DIR: '', VOLTA_HOME: '', FNM_DIR: '', ASDF_DATA_DIR: '', XDG_DATA_HOME: '' };
const shells = ['sh', 'dash'].filter((shell) => spawnSync(shell, ['-c', 'exit 0']).status === 0);

describe('the hook finds node where PATH has none (GUI git clients, nvm)', () => {
  let repo: TempRepo;
  let bin: string;
  const token = makeGithubToken(91);
  const outputs: string[] = [];

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    bin = join(repo.root, 'bin');
    mkdirSync(bin);
    for (const tool of TOOLS) symlinkSync(whichTool(tool), join(bin, tool));
    // The project's leakguard as npm installs it: the package in node_modules/, and the .bin link to its script.
    mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(PROJECT_ROOT, join(repo.dir, 'node_modules', 'leakguard'));
    symlinkSync(join('..', 'leakguard', 'bin', 'leakguard.js'), join(repo.dir, 'node_modules', '.bin', 'leakguard'));
    repo.write('.gitignore', 'node_modules\n');
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', 'a.ts', '.gitignore');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  function commit(env: NodeJS.ProcessEnv = {}): RunResult {
    const result = repo.run('git', ['commit', '-m', 'change'], { env: { ...NO_MANAGERS, PATH: bin, ...env } });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  /** As when the node that ran install was removed, or the hook came from another machine. */
  function forgetRecordedNode(): void {
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readFileSync(hook, 'utf8').replace(/leakguard_recorded_node='[^']*'/, `leakguard_recorded_node='${join(repo.root, 'gone', 'node')}'`));
  }

  test('node_modules/.bin/leakguard present, node only recorded at install: the scan runs and finds the token', () => {
    const result = commit();
    // git exits 1 for any failing hook: the finding shows that the scan ran (it used to die with 127 in `env node`).
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('github-classic-token');
    expect(result.stderr).not.toContain('could not scan');
  });

  test.each(shells)('run by %s, node only in ~/.nvm: the newest version is used', (shell) => {
    forgetRecordedNode();
    const home = join(repo.root, 'home');
    // The glob lists v9 after v20: the shim must compare versions, not take the last one.
    mkdirSync(join(home, '.nvm', 'versions', 'node', 'v20.99.1', 'bin'), { recursive: true });
    symlinkSync(process.execPath, join(home, '.nvm', 'versions', 'node', 'v20.99.1', 'bin', 'node'));
    writeScript(join(home, '.nvm', 'versions', 'node', 'v9.11.2', 'bin', 'node'), 'echo "the old nvm node ran" >&2\nexit 99');
    writeScript(join(home, '.nvm', 'versions', 'node', 'v20.9.0', 'bin', 'node'), 'echo "an older nvm node ran" >&2\nexit 99');
    const result = repo.run(whichTool(shell), [join('.git', 'hooks', 'pre-commit')], { env: { ...NO_MANAGERS, PATH: bin, HOME: home } });
    outputs.push(result.stdout, result.stderr);
    expect(result.stderr).not.toContain('nvm node ran');
    expect(result.exitCode).toBe(1);
    // Run by hand, not by git: the report is on stdout (git sends a hook's stdout to stderr).
    expect(result.stdout).toContain('github-classic-token');
  });

  test('a node older than package.json’s engines: one line naming the version found and the one needed', () => {
    // Node 16 as it reports itself; the version check is the first thing leakguard's code does.
    const preload = join(repo.root, 'as-node-16.js');
    writeFileSync(preload, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '16.20.2' } });\nObject.defineProperty(process, 'version', { value: 'v16.20.2' });\n");
    writeScript(
      join(bin, 'node'),
      [
        '[ "$1" = --version ] && { echo v16.20.2; exit 0; }',
        `exec '${process.execPath}' --require '${preload}' "$@"`,
      ].join('\n'),
    );
    const result = commit();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`leakguard: needs Node.js 20 or newer; the node at ${process.execPath} is v16.20.2.`);
    expect(result.stderr).toContain('could not scan this commit (exit 2');
  });

  (FIXED_NODE_PLACES.some((path) => existsSync(path)) ? test.skip : test)('no node anywhere: blocked (exit 2), naming the cause and the fix for GUI clients', () => {
    forgetRecordedNode();
    const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
    const result = repo.run('sh', [hook], { env: { ...NO_MANAGERS, PATH: bin } });
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('leakguard: cannot find node to run leakguard, so this commit was not scanned and is blocked.');
    expect(result.stderr).toContain('start the client from a shell');
    expect(result.stderr).toContain('run `npx leakguard install` again from a shell');
    expect(result.stderr).toContain('set PATH in ~/.profile');
    expect(result.stderr).toContain('git commit --no-verify');
    expect(commit().exitCode).toBe(1);
  });
});

function whichTool(name: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (found === '') throw new Error(`${name} is not on PATH`);
  return found;
}
