import { crc32 } from '../../src/detect/checksums';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

interface JsonReport {
  readonly findings: { file: string; line: number; ruleId: string; preview: string }[];
  readonly summary: { suppressed: Record<string, number> };
}

const keystore = (version: number): Buffer => Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, version]);

describe('sensitive files, through the built CLI', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  function scanJson(): JsonReport {
    const result = repo.leakguard(['scan', '--staged', '--format', 'json']);
    if (result.exitCode === 2) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as JsonReport;
  }

  test('a staged key store is reported by name with exit 1; the preview names the kind, never the content', () => {
    repo.write('android/release.keystore', keystore(2));
    repo.mustGit('add', '-A');
    const text = repo.leakguard(['scan', '--staged']);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('sensitive-file-keystore');
    expect(text.stdout).toContain('(key store: the whole file is a secret)');
  });

  test('a .env whose token a content rule reports is one finding, the content one; one of plain values is the file finding', () => {
    const token = makeGithubToken(71);
    repo.write('.env', `REGION=eu\nGITHUB_TOKEN=${token}\n`);
    repo.write('services/api/.env.local', 'DB_HOST=db.internal\nDB_PASSWORD=hunter2\n');
    repo.mustGit('add', '-A');
    const report = scanJson();
    expect(report.findings.map(({ file, line, ruleId }) => `${file}:${line} ${ruleId}`)).toEqual([
      '.env:2 github-classic-token',
      'services/api/.env.local:1 sensitive-file-env',
    ]);
    expectNoLeak(token, JSON.stringify(report));
    expectNoLeak('hunter2', JSON.stringify(report));
  });

  test('baseline create records file findings, and later changes to those files pass', () => {
    repo.write('release.jks', keystore(1));
    repo.write('.env', 'DB_HOST=db.internal\n');
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old', '--no-verify');
    const created = repo.leakguard(['baseline', 'create']);
    expect(created.stdout).toContain('recorded 2 findings in 2 files');
    repo.write('release.jks', keystore(2));
    repo.write('.env', 'DB_HOST=db.internal\nDB_USER=app\n');
    repo.write('certs/client.p12', keystore(9));
    repo.mustGit('add', '-A');
    const report = scanJson();
    expect(report.findings.map(({ file, ruleId }) => `${file} ${ruleId}`)).toEqual(['certs/client.p12 sensitive-file-keystore']);
    expect(report.summary.suppressed).toEqual({ baseline: 2 });
  });
});

describe('a sensitive file the baseline accepts, through git commit and the installed hook', () => {
  let repo: TempRepo;
  // Weak on purpose: no content rule reports these, only the .env rule does.
  const oldPassword = ['dev', 'pass'].join('');
  const newPassword = ['hunter', '2'].join('');

  beforeEach(() => {
    repo = createTempRepo();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    repo.write('.env', `DB_HOST=db.internal\nDB_PASSWORD=${oldPassword}\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old', '--no-verify');
    expect(repo.leakguard(['baseline', 'create']).exitCode).toBe(0);
    repo.mustGit('add', '-A');
    expect(repo.git('commit', '-qm', 'adopt leakguard').exitCode).toBe(0);
  });
  afterEach(() => repo.remove());

  test('the history it accepted scans clean', () => {
    const history = repo.leakguard(['scan', '--history']);
    expect(history.exitCode).toBe(0);
  });

  test('a password appended later blocks the commit by itself; a plain setting does not', () => {
    repo.write('.env', `${repo.read('.env')}DB_PORT=5432\nDB_USER=app\n`);
    repo.mustGit('add', '-A');
    expect(repo.git('commit', '-qm', 'settings').exitCode).toBe(0);

    repo.write('.env', `${repo.read('.env')}PROD_DB_PASSWORD=${newPassword}\n`);
    repo.mustGit('add', '-A');
    const blocked = repo.git('commit', '-qm', 'prod');
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.exitCode).toBe(1);
    expect(output).toContain('5:18  sensitive-file-env');
    expect(output).toContain('PROD_DB_PASSWORD=********');
    expectNoLeak(newPassword, output);
    expectNoLeak(oldPassword, output);

    // Accepted deliberately: committed past the hook, then recorded from HEAD.
    repo.mustGit('commit', '-qm', 'prod', '--no-verify');
    expect(repo.leakguard(['scan', '--history']).exitCode).toBe(1);
    expect(repo.leakguard(['baseline', 'update', '--add-new']).exitCode).toBe(0);
    repo.mustGit('add', '-A');
    expect(repo.git('commit', '-qm', 'accept the prod password')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(repo.leakguard(['scan', '--history']).exitCode).toBe(0);
  });

  test('a credential line in the accepted file can be allowed inline', () => {
    repo.write('.env', `${repo.read('.env')}TEST_PASSWORD=${newPassword} # leakguard:allow\n`);
    repo.mustGit('add', '-A');
    expect(repo.git('commit', '-qm', 'test password').exitCode).toBe(0);
  });
});

describe('a Docker registry login, through git commit and the installed hook', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
  });
  afterEach(() => repo.remove());

  test('a config.json whose auth decodes to user:password blocks the commit and is never printed; a credential helper entry passes', () => {
    // docker login's format: "auth" is base64 of user:password. Built here, like every planted secret.
    const password = createSampleGenerator(crc32('docker-e2e')).alnum(24);
    const auth = Buffer.from(`ci-bot:${password}`).toString('base64');
    repo.write('.docker/config.json', '{\n  "credsStore": "desktop",\n  "auths": { "registry.internal:5000": {} }\n}\n');
    repo.mustGit('add', '-A');
    expect(repo.git('commit', '-qm', 'helper only').exitCode).toBe(0);

    repo.write('.docker/config.json', `{\n  "auths": {\n    "registry.internal:5000": {\n      "auth": "${auth}"\n    }\n  }\n}\n`);
    repo.mustGit('add', '-A');
    const blocked = repo.git('commit', '-qm', 'login');
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.exitCode).toBe(1);
    expect(output).toContain('.docker/config.json');
    expect(output).toContain('4:16  docker-registry-auth');
    expectNoLeak(auth, output);
    expectNoLeak(password, output);
  });
});
