import { scan } from '../../src/scan/scan';
import { stagedSource } from '../../src/scan/sources/staged';
import { LeakguardError } from '../../src/model/errors';
import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { makeGithubToken, makePrivateKeyPem } from '../support/secrets';

/** The staged source reads GIT_* from the process like git's own hooks do; tests give it the repo's env. */
async function scanIn(repo: TempRepo, cwd = repo.dir, extraEnv: NodeJS.ProcessEnv = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, repo.env, extraEnv);
  try {
    return await scan(await stagedSource(cwd));
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('the staged source', () => {
  let repo: TempRepo;
  const token = makeGithubToken(11);
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('finds a secret staged in the initial commit, at the right line and column', async () => {
    repo.write('src/config.ts', `// settings\nexport const token = "${token}";\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'github-classic-token', file: 'src/config.ts', line: 2, column: 23 });
    expect(JSON.stringify(report)).not.toContain(token);
  });

  test('reads the index, not the work tree', async () => {
    repo.write('a.ts', 'export const a = 1;\n');
    repo.mustGit('add', '.');
    repo.write('a.ts', `export const a = "${token}";\n`);
    expect((await scanIn(repo)).findings).toHaveLength(0);

    repo.mustGit('add', '.');
    repo.write('a.ts', 'export const a = 1;\n');
    expect((await scanIn(repo)).findings).toHaveLength(1);
  });

  test('never reports deleted or unchanged lines', async () => {
    repo.write('old.ts', `const t = "${token}"; // leakguard:allow\nconst keep = 1;\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'old', '--no-verify');
    repo.write('old.ts', 'const keep = 2;\n');
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.findings).toHaveLength(0);
    expect(report.suppressed).toEqual({});
  });

  test('renamed files report only their changed lines', async () => {
    const body = Array.from({ length: 20 }, (_, index) => `line ${index}`).join('\n');
    repo.write('before.ts', `const t = "${token}";\n${body}\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'seed', '--no-verify');
    repo.mustGit('mv', 'before.ts', 'after.ts');
    repo.write('after.ts', `const t = "${token}";\n${body}\nline added\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.findings).toHaveLength(0);
    expect(report.linesScanned).toBe(1);
  });

  test('binary files are skipped and listed; file names with spaces and unicode are reported as they are', async () => {
    repo.write('img/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    repo.write('dir with space/ünï cödé.env.ts', `x = "${token}"\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.binaryFiles).toEqual(['img/logo.png']);
    expect(report.findings.map((finding) => finding.file)).toEqual(['dir with space/ünï cödé.env.ts']);
  });

  test('works from a subdirectory and ignores diff settings that would change the output', async () => {
    repo.mustGit('config', 'diff.noprefix', 'true');
    repo.mustGit('config', 'color.ui', 'always');
    repo.mustGit('config', 'diff.relative', 'true');
    repo.mustGit('config', 'core.quotePath', 'true');
    repo.write('deep/er/x.ts', `t = "${token}"\n`);
    repo.write('top.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo, `${repo.dir}/deep`);
    expect(report.findings.map((finding) => finding.file).sort()).toEqual(['deep/er/x.ts', 'top.ts']);
  });

  test('.secretignore, inline allow comments and the config allowlist suppress findings', async () => {
    repo.write('.secretignore', 'fixtures/\n');
    repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { values: [`^${token.slice(0, 12)}`] } }));
    repo.write('fixtures/k.ts', `t = "${token}"\n`);
    repo.write('inline.ts', `t = "${makeGithubToken(12)}" // leakguard:allow\n`);
    repo.write('value.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.findings).toHaveLength(0);
    expect(report.ignoredFiles).toEqual(['fixtures/k.ts']);
    expect(report.suppressed).toEqual({ 'inline-comment': 1, 'config-allowlist': 1 });
  });

  test('during a merge only lines that neither parent has are new', async () => {
    const theirs = makeGithubToken(13);
    const ours = makeGithubToken(14);
    repo.write('base.ts', 'a\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'base', '--no-verify');
    repo.mustGit('checkout', '-qb', 'feature');
    repo.write('feature.ts', `t = "${theirs}" // leakguard:allow\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'feature', '--no-verify');
    repo.mustGit('checkout', '-q', 'main');
    repo.write('main.ts', 'm\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'main', '--no-verify');
    repo.mustGit('merge', '--no-commit', '--no-ff', 'feature');
    repo.write('resolution.ts', `t = "${ours}"\n`);
    repo.mustGit('add', '.');
    const report = await scanIn(repo);
    expect(report.findings.map((finding) => finding.file)).toEqual(['resolution.ts']);
    expect(report.suppressed).toEqual({});
  });

  test('an invalid config is an error that names the file and the key', async () => {
    repo.write('.leakguardrc', '{ "disabled": ["x"] }');
    repo.write('a.ts', 'a\n');
    repo.mustGit('add', '.');
    const failure = scanIn(repo);
    await expect(failure).rejects.toBeInstanceOf(LeakguardError);
    await expect(failure).rejects.toThrow(/\.leakguardrc[\s\S]*disabled: unknown key/);
  });

  test('outside a repository the error says so', async () => {
    const outside = createTempRepo({ init: false });
    try {
      await expect(scanIn(outside, outside.root)).rejects.toMatchObject({ code: 'NOT_A_REPOSITORY' });
    } finally {
      outside.remove();
    }
  });

  test('a repository git refuses is explained in git\'s own words, not called "no repository"', async () => {
    const bare = createTempRepo({ bare: true });
    try {
      const failure = scanIn(bare, bare.dir);
      await expect(failure).rejects.toMatchObject({ code: 'GIT_FAILED' });
      await expect(failure).rejects.toThrow(/git cannot use the repository at .*: fatal: this operation must be run in a work tree/);
    } finally {
      bare.remove();
    }
  });

  describe('sensitive files', () => {
    const keystoreBytes = Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1]);

    test('a binary key store and a .env with values are reported by name; a .env.example is not', async () => {
      repo.write('android/release.jks', keystoreBytes);
      repo.write('.env', 'PORT=3000\nDB_HOST=db.internal\n');
      repo.write('.env.example', 'DB_HOST=db.internal\n');
      repo.mustGit('add', '.');
      const report = await scanIn(repo);
      const found = report.findings.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }));
      expect(found).toEqual([
        { ruleId: 'sensitive-file-env', file: '.env', line: 2, column: 1 },
        { ruleId: 'sensitive-file-keystore', file: 'android/release.jks', line: 1, column: 1 },
      ]);
      expect(JSON.stringify(report)).not.toContain('db.internal');
      expect(report.binaryFiles).toEqual(['android/release.jks']);
    });

    test('a private key file whose key a content rule reports is one finding, the content one', async () => {
      const key = makePrivateKeyPem(5);
      repo.write('.ssh/id_rsa', `${key}\n`);
      repo.write('keys/other.key', 'binary-ish but text\n');
      repo.mustGit('add', '.');
      const report = await scanIn(repo);
      expect(report.findings.map(({ ruleId, file }) => `${ruleId} ${file}`).sort()).toEqual([
        'private-key-pem .ssh/id_rsa',
        'sensitive-file-private-key keys/other.key',
      ]);
      expect(JSON.stringify(report)).not.toContain(key.split('\n')[1]);
    });

    test('.secretignore and the config\'s disable list allow them like any rule', async () => {
      repo.write('android/release.jks', keystoreBytes);
      repo.write('infra/terraform.tfstate', '{\n  "version": 4\n}\n');
      repo.write('.secretignore', 'android/*.jks\n');
      repo.write('.leakguardrc.json', JSON.stringify({ disable: ['sensitive-file-terraform-state'] }));
      repo.mustGit('add', '.');
      const report = await scanIn(repo);
      expect(report.findings).toEqual([]);
      expect(report.ignoredFiles).toEqual(['android/release.jks']);
    });

    test('only what the change adds: an existing .env that only loses lines, or is renamed unchanged, is not reported', async () => {
      repo.write('.env', 'A=first-value\nB=second-value\n');
      repo.mustGit('add', '.');
      repo.mustGit('commit', '-qm', 'seed', '--no-verify');
      repo.write('.env', 'A=first-value\n');
      repo.mustGit('add', '.');
      expect((await scanIn(repo)).findings).toEqual([]);
      repo.mustGit('commit', '-qm', 'shrink', '--no-verify');
      repo.mustGit('mv', '.env', '.env.local');
      expect((await scanIn(repo)).findings).toEqual([]);
      repo.write('.env.local', 'A=first-value\nC=third-value\n');
      repo.mustGit('add', '.');
      expect((await scanIn(repo)).findings.map(({ ruleId, line }) => `${ruleId}:${line}`)).toEqual(['sensitive-file-env:2']);
    });
  });
});
