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
