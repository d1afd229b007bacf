import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken, makePrivateKeyPem } from '../support/secrets';

const BASELINE = '.secretbaseline.jsonl';

interface Entry {
  readonly file: string;
  readonly rule: string;
  readonly verdict: string;
  readonly note?: string;
}

/**
 * `baseline import` from detect-secrets and gitleaks, through the built CLI in a real repository:
 * what matches leakguard's findings at HEAD is recorded with its verdict, what does not is listed, a
 * secret detect-secrets' audit called real stays reported, and no secret (nor its SHA-1) is written.
 */
describe('leakguard baseline import', () => {
  let repo: TempRepo;
  const [tokenA, tokenB, tokenC, tokenD] = [91, 92, 93, 94].map(makeGithubToken) as [string, string, string, string];
  const key = makePrivateKeyPem(95);
  const secrets = [tokenA, tokenB, tokenC, tokenD, key];
  const outputs: string[] = [];
  const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

  const leakguard = (...args: string[]): RunResult => {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  };
  const entries = (): Entry[] => repo.read(BASELINE).trim().split('\n').slice(1).map((line) => JSON.parse(line) as Entry);
  const verdictOf = (file: string): string | undefined => entries().find((entry) => entry.file === file && !entry.rule.startsWith('sensitive-file-'))?.verdict;
  /** An imported file beside the repository, as a team has it before switching. */
  const writeImport = (name: string, content: string): string => {
    const path = join(repo.root, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.write('a.py', `# settings\ntoken = "${tokenA}"\n`);
    repo.write('b.py', `# settings\ntoken = "${tokenB}"\n`);
    repo.write('c.py', `# settings\ntoken = "${tokenC}"\n`);
    repo.write('keys/deploy.pem', `${key}\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old secrets');
  });

  afterEach(() => {
    const written = [...(existsSync(join(repo.dir, BASELINE)) ? [repo.read(BASELINE)] : []), ...filesOutsideObjectStores(join(repo.dir, '.git'))];
    for (const secret of secrets) expectNoLeak(secret, ...outputs, ...written);
    repo.remove();
  });

  test('detect-secrets: matched by the SHA-1 of the secret in its file (any line), private keys by line; audited verdicts kept', () => {
    const result = (file: string, secret: string, line: number, extra: object) => ({ type: 'GitHub Token', filename: file, hashed_secret: sha1(secret), is_verified: false, line_number: line, ...extra });
    const detectSecrets = {
      version: '1.5.0',
      plugins_used: [{ name: 'GitHubTokenDetector' }],
      results: {
        // A stale line number: the secret is on line 2 now.
        'a.py': [result('a.py', tokenA, 7, { is_secret: false })],
        'b.py': [result('b.py', tokenB, 2, { is_secret: true })],
        'c.py': [result('c.py', tokenC, 2, {})],
        // Not the secret that is there: matches nothing.
        'd.py': [result('d.py', tokenD, 2, { is_secret: false })],
        'keys/deploy.pem': [{ type: 'Private Key', filename: 'keys/deploy.pem', hashed_secret: sha1('BEGIN RSA PRIVATE KEY'), is_verified: false, line_number: 1, is_secret: false }],
        'e.py': [{ type: 'Secret Keyword', line_number: 3 }],
      },
    };
    const imported = leakguard('baseline', 'import', writeImport('.secrets.baseline', JSON.stringify(detectSecrets, null, 2)));
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain('(detect-secrets baseline)');
    expect(imported.stdout).toContain("d.py:2  GitHub Token  (secret 1 of d.py): no finding of leakguard's with that secret in that file at HEAD");
    expect(imported.stdout).toContain('e.py: no "hashed_secret" of 40 hexadecimal digits');
    expect(verdictOf('a.py')).toBe('false-positive');
    expect(verdictOf('b.py')).toBe('must-fix');
    expect(verdictOf('c.py')).toBe('unreviewed');
    expect(verdictOf('keys/deploy.pem')).toBe('false-positive');
    // The key file as a whole too: leakguard reports the file, detect-secrets its BEGIN line.
    expect(entries().filter((entry) => entry.file === 'keys/deploy.pem').map((entry) => `${entry.rule} ${entry.verdict}`)).toEqual(['private-key-pem false-positive', 'sensitive-file-private-key false-positive']);
    expect(entries().find((entry) => entry.file === 'a.py')?.note).toBe('imported from detect-secrets baseline (GitHub Token)');

    // The must-fix one is still reported; the others are known.
    const scan = leakguard('scan', '--format', 'json', '.');
    expect(scan.exitCode).toBe(1);
    expect((JSON.parse(scan.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file)).toEqual(['b.py']);
    const check = leakguard('baseline', 'check');
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toMatch(/b\.py {2}github-classic-token {2}[0-9a-f]{12} {2}must-fix/);
    expect(check.stdout).toMatch(/c\.py {2}github-classic-token {2}[0-9a-f]{12} {2}unreviewed/);
  });

  test('.gitleaksignore: fingerprints matched by file and line, with or without a commit; unreadable and unmatched lines listed', () => {
    const head = repo.mustGit('rev-parse', 'HEAD').trim();
    const ignore = ['# reviewed 2024', 'a.py:github-pat:2', `${head}:b.py:github-pat:2`, 'c.py:github-pat:9', 'not a fingerprint', ''].join('\n');
    const imported = leakguard('baseline', 'import', writeImport('.gitleaksignore', ignore));
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain('read 4 entries');
    expect(imported.stdout).toContain("c.py:9  github-pat  (line 4): no finding of leakguard's on that line at HEAD");
    expect(imported.stdout).toContain('line 5: not a gitleaks fingerprint');
    expect(imported.stdout).toContain('2 findings at HEAD are in no imported entry');
    expect(verdictOf('a.py')).toBe('accepted');
    expect(verdictOf('b.py')).toBe('accepted');
    expect(entries().find((entry) => entry.file === 'b.py')?.note).toBe(`imported from .gitleaksignore (github-pat at ${head.slice(0, 12)})`);
    expect(verdictOf('c.py')).toBeUndefined();
    expect(repo.read('.gitattributes')).toContain(`${BASELINE} merge=union`);
  });

  test('a gitleaks JSON report: matched by File and StartLine as unreviewed; its Secret and Match are copied nowhere', () => {
    const finding = (file: string, line: number, secret: string) => ({ RuleID: 'github-pat', Description: 'GitHub token', StartLine: line, EndLine: line, Match: `token = "${secret}"`, Secret: secret, File: file, Commit: '', Fingerprint: `${file}:github-pat:${line}` });
    const report = [finding('a.py', 2, tokenA), finding('keys/deploy.pem', 1, key), finding('gone.py', 4, tokenD)];
    const imported = leakguard('baseline', 'import', writeImport('gitleaks.json', JSON.stringify(report)));
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain('(gitleaks report)');
    expect(imported.stdout).toContain('gone.py:4  github-pat  ([2])');
    expect(verdictOf('a.py')).toBe('unreviewed');
    expect(verdictOf('keys/deploy.pem')).toBe('unreviewed');
  });

  test('into an existing baseline: the more cautious verdict wins, nothing else changes', () => {
    expect(leakguard('baseline', 'create').exitCode).toBe(0);
    const lines = repo.read(BASELINE).split('\n').map((line) => (line.includes('"file":"b.py"') ? line.replace('"unreviewed"', '"accepted"') : line));
    repo.write(BASELINE, lines.join('\n'));
    const before = entries().length;
    const detectSecrets = { results: { 'a.py': [{ type: 'GitHub Token', hashed_secret: sha1(tokenA), line_number: 2, is_secret: false }], 'b.py': [{ type: 'GitHub Token', hashed_secret: sha1(tokenB), line_number: 2, is_secret: true }] } };
    expect(leakguard('baseline', 'import', writeImport('.secrets.baseline', JSON.stringify(detectSecrets))).exitCode).toBe(0);
    expect(entries()).toHaveLength(before);
    expect(verdictOf('a.py')).toBe('false-positive');
    expect(verdictOf('b.py')).toBe('must-fix');
    expect(verdictOf('c.py')).toBe('unreviewed');
  });

  test('a file that is neither format, or not valid JSON, is an error that quotes nothing of it (exit 2)', () => {
    const broken = leakguard('baseline', 'import', writeImport('report.json', `[{"Secret": "${tokenA}", `));
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
    expect(leakguard('baseline', 'import', writeImport('other.json', '{"findings": []}')).exitCode).toBe(2);
    expect(leakguard('baseline', 'import', join(repo.root, 'missing')).exitCode).toBe(2);
    expect(leakguard('baseline', 'import').exitCode).toBe(2);
    expect(existsSync(join(repo.dir, BASELINE))).toBe(false);
  });
});
