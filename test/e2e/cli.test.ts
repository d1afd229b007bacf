import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('the CLI', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('rules lists at least 40 rules, as text and JSON', () => {
    const json = repo.leakguard(['rules', '--json']);
    const rules = JSON.parse(json.stdout) as { id: string; description: string }[];
    expect(rules.length).toBeGreaterThanOrEqual(40);
    expect(rules.map((rule) => rule.id)).toContain('github-classic-token');
    expect(repo.leakguard(['rules']).stdout).toMatch(/github-classic-token\s+high\s+high\s+GitHub personal access token/);
    expect(rules.find((rule) => rule.id === 'private-key-pem')).toMatchObject({ severity: 'critical' });
    expect(rules.find((rule) => rule.id === 'sensitive-file-keystore')).toMatchObject({ severity: 'critical', confidence: 'high' });
  });

  test('scan --format json: findings with redacted match and a summary, exit 1; never the secret', () => {
    const token = makeGithubToken(41);
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    const result = repo.leakguard(['scan', '--staged', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(Object.keys(report.findings[0] ?? {}).sort()).toEqual(['column', 'confidence', 'description', 'file', 'fingerprint', 'line', 'match', 'ruleId', 'severity']);
    expect(report.findings[0]).toMatchObject({ severity: 'high', confidence: 'high' });
    const critical = repo.leakguard(['scan', '--staged', '--format', 'json', '--min-severity', 'critical']);
    expect(critical.exitCode).toBe(0);
    expect(report.summary).toMatchObject({ findings: 1, filesScanned: 1, linesScanned: 1 });
    const text = repo.leakguard(['scan', '--staged', '--verbose']);
    expectNoLeak(token, result.stdout, result.stderr, text.stdout, text.stderr);
  });

  test('usage errors exit 2 and point at help; colour only when asked for by a terminal', () => {
    const unknown = repo.leakguard(['scan', '--stagged']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('--stagged');
    expect(unknown.stderr).toContain('leakguard scan --help');
    expect(repo.leakguard(['scan', '--staged', '--format', 'xml']).stderr).toContain('--format must be one of text, json');
    expect(repo.leakguard(['frobnicate']).exitCode).toBe(2);
    expect(repo.leakguard(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    repo.write('a.ts', `t = "${makeGithubToken(42)}"\n`);
    repo.mustGit('add', '.');
    expect(repo.leakguard(['scan', '--staged']).stdout).not.toContain('\u001b[');
  });
});
