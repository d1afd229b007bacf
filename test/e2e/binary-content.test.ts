import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, createTempRepo, type RunResult, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { byteSoup, utf16be, utf16le, utf32 } from '../support/bytes';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const utf32LE = (text: string): Buffer => utf32(text, true);

/**
 * Everything git does not diff as text: each case plants a token where `git diff` shows only "Binary
 * files differ", and the real hook must block it.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BOM_16LE = Buffer.from([0xff, 0xfe]);
const BOM_16BE = Buffer.from([0xfe, 0xff]);
const BOM_32LE = Buffer.from([0xff, 0xfe, 0x00, 0x00]);

type Plant = (repo: TempRepo, token: string) => string;

/** Each way a file's content hides from `git diff`; returns the path that holds the token. */
const HIDDEN_FROM_DIFF: readonly (readonly [string, Plant])[] = [
  ['a .txt with one NUL byte', (repo, token) => (repo.write('notes.txt', `first\0line\ntoken = ${token}\n`), 'notes.txt')],
  [
    'a .gitattributes `binary` added in the same commit',
    (repo, token) => {
      repo.write('.gitattributes', 'deploy.cfg binary\n');
      repo.write('deploy.cfg', `token = ${token}\n`);
      return 'deploy.cfg';
    },
  ],
  [
    'a committed .gitattributes `-diff`',
    (repo, token) => {
      repo.write('.gitattributes', '*.cfg -diff\n');
      repo.mustGit('add', '.gitattributes');
      repo.mustGit('commit', '-q', '-m', 'Attributes');
      repo.write('deploy.cfg', `token = ${token}\n`);
      return 'deploy.cfg';
    },
  ],
  [
    '.git/info/attributes `* -diff`, never committed',
    (repo, token) => {
      repo.write('.git/info/attributes', '* -diff\n');
      repo.write('src/config.ts', `export const token = "${token}";\n`);
      return 'src/config.ts';
    },
  ],
  [
    'a diff driver with `binary = true`',
    (repo, token) => {
      repo.mustGit('config', 'diff.opaque.binary', 'true');
      repo.write('.gitattributes', '*.dat diff=opaque\n');
      repo.write('settings.dat', `token = ${token}\n`);
      return 'settings.dat';
    },
  ],
  ['UTF-16LE with a BOM (PowerShell\'s output)', (repo, token) => (repo.write('env.ps1.out', Buffer.concat([BOM_16LE, utf16le(`$env:TOKEN = "${token}"\r\n`)])), 'env.ps1.out')],
  ['UTF-16LE without a BOM', (repo, token) => (repo.write('env.txt', utf16le(`TOKEN=${token}\n`)), 'env.txt')],
  ['UTF-16BE with a BOM', (repo, token) => (repo.write('env-be.txt', Buffer.concat([BOM_16BE, utf16be(`TOKEN=${token}\n`)])), 'env-be.txt')],
  ['UTF-32LE with a BOM', (repo, token) => (repo.write('env32.txt', Buffer.concat([BOM_32LE, utf32LE(`TOKEN=${token}\n`)])), 'env32.txt')],
  [
    'a text file over core.bigFileThreshold',
    (repo, token) => {
      repo.mustGit('config', 'core.bigFileThreshold', '1k');
      repo.write('big.txt', `${'filler line of ordinary text\n'.repeat(60)}token = ${token}\n${'more filler\n'.repeat(10)}`);
      return 'big.txt';
    },
  ],
  ['a PNG-like binary with the token as ASCII', (repo, token) => (repo.write('logo.png', Buffer.concat([PNG_SIGNATURE, byteSoup(1, 5000), Buffer.from(`\0${token}\0`), byteSoup(2, 5000)])), 'logo.png')],
  ['an executable-like binary with the token in a UTF-16LE string table', (repo, token) => (repo.write('tool.exe', Buffer.concat([Buffer.from('MZ'), byteSoup(3, 9000), utf16le(`\0${token}\0`), byteSoup(4, 3000)])), 'tool.exe')],
];

/** The plant of the case whose name starts so. */
const plantOf = (name: string): Plant => (HIDDEN_FROM_DIFF.find(([caseName]) => caseName.startsWith(name)) as readonly [string, Plant])[1];

describe('files git will not diff as text, through the real hooks', () => {
  let repo: TempRepo;
  let remote: string;
  const token = makeGithubToken(61);
  const outputs: string[] = [];

  function record(result: RunResult): RunResult {
    outputs.push(result.stdout, result.stderr);
    return result;
  }
  const commit = (...args: string[]): RunResult => record(repo.git('commit', '-m', 'change', ...args));
  const leakguard = (args: readonly string[]): RunResult => record(repo.leakguard(args));
  const commitUnchecked = (): void => void repo.mustGit('commit', '-q', '--no-verify', '-m', 'unchecked');

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    remote = repo.addBareRemote();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('README.md', '# project\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Start');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(remote), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test.each(HIDDEN_FROM_DIFF)('git commit blocks %s', (_case, plant) => {
    const path = plant(repo, token);
    const before = repo.mustGit('rev-parse', 'HEAD');
    repo.mustGit('add', '-A');
    const result = commit();
    // git hands a hook's stdout to stderr.
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('github-classic-token');
    expect(result.stderr).toContain(path);
    expect(repo.mustGit('rev-parse', 'HEAD')).toBe(before);
  });

  test.each(HIDDEN_FROM_DIFF.filter(([name]) => /NUL|UTF-16LE with a BOM|attributes/.test(name)))('git push blocks a commit that adds %s', (_case, plant) => {
    plant(repo, token);
    repo.mustGit('add', '-A');
    commitUnchecked();
    const result = record(repo.git('push', '-q', 'origin', 'main'));
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('github-classic-token');
    expect(repo.run('git', ['--git-dir', remote, 'rev-parse', '--verify', '-q', 'refs/heads/main']).exitCode).not.toBe(0);
  });

  test('--range and --history read the binaries of every commit', () => {
    plantOf('a PNG-like binary')(repo, token);
    repo.mustGit('add', '-A');
    commitUnchecked();
    const range = leakguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'json']);
    expect(range.exitCode).toBe(1);
    const finding = JSON.parse(range.stdout).findings[0];
    // After the 8-byte signature, 5000 bytes of soup and the NUL that ends the string before it.
    expect(finding).toMatchObject({ ruleId: 'github-classic-token', file: 'logo.png', line: 1, byteOffset: 5009 });
    expect(leakguard(['scan', '--history']).exitCode).toBe(1);
  });

  test('only what is new: a binary whose old version already held the token passes; a new token in it is blocked', () => {
    const image = (...parts: Buffer[]): Buffer => Buffer.concat([PNG_SIGNATURE, ...parts]);
    const text = (value: string): Buffer => Buffer.from(`\0${value}\0`);
    repo.write('logo.png', image(byteSoup(1, 3000), text(token), byteSoup(2, 3000)));
    repo.mustGit('add', '-A');
    commitUnchecked();
    // Changed bytes before and after it, the old run moved: nothing new holds a secret.
    repo.write('logo.png', image(byteSoup(5, 4000), text(token), byteSoup(6, 2000), text('a new caption text')));
    repo.mustGit('add', '-A');
    expect(commit('-q')).toMatchObject({ exitCode: 0, stderr: '' });
    repo.write('logo.png', image(byteSoup(7, 4000), text(token), byteSoup(8, 100), text(makeGithubToken(62))));
    repo.mustGit('add', '-A');
    const result = commit();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('(run 2)');
    expectNoLeak(makeGithubToken(62), ...outputs);
  });

  test('a merge commit: a token the resolution adds to a binary is blocked, the branch\'s own clean binary passes', () => {
    const image = (...parts: Buffer[]): Buffer => Buffer.concat([PNG_SIGNATURE, ...parts]);
    repo.mustGit('checkout', '-q', '-b', 'feature');
    repo.write('logo.png', image(byteSoup(1, 3000)));
    repo.mustGit('add', '-A');
    commitUnchecked();
    repo.mustGit('checkout', '-q', 'main');
    repo.write('other.txt', 'other\n');
    repo.mustGit('add', '-A');
    commitUnchecked();
    repo.mustGit('merge', '-q', '--no-ff', '--no-commit', 'feature');
    expect(commit('-q')).toMatchObject({ exitCode: 0, stderr: '' });
    repo.mustGit('reset', '-q', '--hard', 'HEAD~1');
    repo.mustGit('merge', '-q', '--no-ff', '--no-commit', 'feature');
    repo.write('logo.png', image(byteSoup(1, 3000), Buffer.from(`\0${token}\0`)));
    repo.mustGit('add', 'logo.png');
    const result = commit();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('logo.png');
  });

  test('git commit -a: the blob of the temporary index git hands the hook is read', () => {
    repo.write('notes.txt', 'first\0line\n');
    repo.mustGit('add', 'notes.txt');
    commitUnchecked();
    repo.write('notes.txt', `first\0line\ntoken = ${token}\n`);
    const result = commit('-a');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('notes.txt');
    expect(repo.mustGit('diff', '--cached', '--name-only')).toBe('');
  });

  test('a blob over the 100 MB budget is scanned that far, then listed as not scanned and blocks', () => {
    // Zeros compress: git stores this in kilobytes. The token sits past the budget, where nothing reads it.
    const huge = Buffer.alloc(101 * 1024 * 1024);
    Buffer.from(`\0${token}\0`).copy(huge, huge.length - 100);
    repo.write('disk.img', huge);
    repo.mustGit('add', 'disk.img');
    const blocked = commit();
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stderr).toContain('leakguard: could not scan 1 file whole; the commit is blocked.');
    expect(blocked.stderr).toContain('disk.img: larger than 100 MB: only its first 100 MB were scanned');
    writeFileSync(join(repo.dir, '.leakguardrc.json'), '{ "unscannable": "report" }\n');
    const reported = commit('-q', '--', 'disk.img');
    expect(reported.exitCode).toBe(0);
    expect(reported.stderr).toContain('Not scanned:');
  });

  test('a clean binary passes silently, and a commit without one loads no blob reader', () => {
    repo.write('logo.png', Buffer.concat([PNG_SIGNATURE, byteSoup(1, 20000)]));
    repo.mustGit('add', '-A');
    expect(commit('-q')).toEqual({ exitCode: 0, stdout: '', stderr: '' });

    // A preloaded script lists the modules the scan loaded: none of the blob path for a text-only change.
    const preload = join(repo.root, 'list-modules.js');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(Object.keys(require.cache).join('\\n')));\n");
    repo.write('a.ts', 'export const a = 1;\n');
    repo.mustGit('add', '-A');
    const textOnly = spawnSync(process.execPath, ['-r', preload, CLI, 'scan', '--staged'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(textOnly.status).toBe(0);
    expect(textOnly.stderr).toContain('scan/pipeline');
    expect(textOnly.stderr).not.toMatch(/blob-content|read-blobs|decode-blob|detect-blob-kind|chunk-decoder/);
  });

  test('leakguard scan PATH decodes UTF-16 and reads printable runs of work-tree files', () => {
    plantOf('UTF-16LE with a BOM')(repo, token);
    plantOf('an executable-like binary')(repo, token);
    const result = leakguard(['scan', '.', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const places = JSON.parse(result.stdout).findings.map((finding: { file: string; line: number; byteOffset?: number }) => [finding.file, finding.line, finding.byteOffset]);
    expect(places).toEqual([
      ['env.ps1.out', 1, undefined],
      ['tool.exe', 1, 9004],
    ]);
  });
});

describe('Git LFS objects', () => {
  let repo: TempRepo;
  const token = makeGithubToken(63);
  const outputs: string[] = [];
  const record = (result: RunResult): RunResult => (outputs.push(result.stdout, result.stderr), result);

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    // git-lfs's filter, configured by hand: `git lfs install` would also write hooks of its own.
    repo.mustGit('config', 'filter.lfs.clean', 'git-lfs clean -- %f');
    repo.mustGit('config', 'filter.lfs.smudge', 'git-lfs smudge -- %f');
    repo.mustGit('config', 'filter.lfs.process', 'git-lfs filter-process');
    repo.mustGit('config', 'filter.lfs.required', 'true');
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('.gitattributes', '*.bin filter=lfs diff=lfs merge=lfs -text\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Track *.bin with LFS');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  const hasGitLfs = spawnSync('git-lfs', ['version']).status === 0;
  const lfsTest = hasGitLfs ? test : test.skip;

  lfsTest('the pre-commit hook reads the object git-lfs stored for the pointer', () => {
    repo.write('model.bin', Buffer.concat([byteSoup(9, 4000), Buffer.from(`key=${token}`), byteSoup(10, 4000)]));
    repo.mustGit('add', 'model.bin');
    expect(repo.mustGit('show', ':model.bin')).toContain('version https://git-lfs.github.com/spec/v1');
    const result = record(repo.git('commit', '-m', 'Add the model'));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('model.bin');
    expect(result.stderr).toContain('github-classic-token');
  });

  lfsTest('an object missing from the local store is listed as not scanned and blocks, unless the config says "report"', () => {
    repo.write('model.bin', Buffer.concat([byteSoup(9, 4000), Buffer.from(`key=${token}`)]));
    repo.mustGit('add', 'model.bin');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Add the model');
    rmSync(join(repo.dir, '.git', 'lfs', 'objects'), { recursive: true, force: true });

    const blocked = record(repo.leakguard(['scan', '--range', 'HEAD~1..HEAD']));
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout).toContain('Not scanned:');
    expect(blocked.stdout).toMatch(/model\.bin \(commit [0-9a-f]{7}\): its Git LFS object [0-9a-f]{12} is not in the local store/);
    expect(blocked.stdout).toContain('.secretignore');
    expect(blocked.stdout).toContain('"unscannable": "report"');

    const json = JSON.parse(record(repo.leakguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'json'])).stdout);
    expect(json.notScanned).toEqual([expect.objectContaining({ file: 'model.bin', reason: expect.stringContaining('Git LFS object') })]);
    expect(json.summary).toMatchObject({ findings: 0, notScanned: 1, blocked: true });
    const sarif = JSON.parse(record(repo.leakguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'model.bin' } } }] });

    writeFileSync(join(repo.dir, '.leakguardrc.json'), '{ "unscannable": "report" }\n');
    const reported = record(repo.leakguard(['scan', '--range', 'HEAD~1..HEAD']));
    expect(reported.exitCode).toBe(0);
    expect(reported.stdout).toContain('Not scanned:');

    writeFileSync(join(repo.dir, '.leakguardrc.json'), '{}\n');
    writeFileSync(join(repo.dir, '.secretignore'), 'model.bin\n');
    expect(record(repo.leakguard(['scan', '--range', 'HEAD~1..HEAD'])).exitCode).toBe(0);
  });
});
