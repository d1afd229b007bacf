import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const BASELINE = '.secretbaseline.jsonl';

interface JsonReport {
  readonly findings: { file: string; line: number; ruleId: string }[];
  readonly summary: { suppressed: Record<string, number> };
}

describe('leakguard baseline, through the built CLI', () => {
  let repo: TempRepo;
  const oldA = makeGithubToken(61);
  const oldB = makeGithubToken(62);
  const fresh = makeGithubToken(63);
  const planted = [oldA, oldB, fresh];
  const outputs: string[] = [];

  function leakguard(...args: string[]): RunResult {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function scanJson(...args: string[]): { exitCode: number; report: JsonReport } {
    const result = leakguard('scan', '--format', 'json', ...args);
    if (result.exitCode === 2) throw new Error(result.stderr);
    return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as JsonReport };
  }

  function commitAll(message: string): void {
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', message, '--no-verify');
  }

  function setVerdict(file: string, verdict: string): void {
    const lines = repo.read(BASELINE).split('\n').map((line) => (line.includes(`"file":"${file}"`) ? line.replace(/"verdict":"[a-z-]+"/, `"verdict":"${verdict}"`) : line));
    repo.write(BASELINE, lines.join('\n'));
  }

  const aWith = (token: string): string => `// settings\nexport const token = "${token}";\nexport const other = 1;\n`;

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.write('src/a.ts', aWith(oldA));
    repo.write('deploy/b.env', `REGION=eu\nGITHUB_TOKEN=${oldB}\n`);
    repo.write('README.md', 'nothing here\n');
    commitAll('old secrets');
    const created = leakguard('baseline', 'create');
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toContain('recorded 2 findings in 2 files as unreviewed');
  });

  afterEach(() => {
    // The work tree holds the secrets because the tests put them there; the baseline and the outputs must not.
    expectNoLeak(oldA, ...outputs, repo.read(BASELINE));
    for (const secret of planted) expectNoLeak(secret, ...outputs, repo.read(BASELINE));
    repo.remove();
  });

  test('create writes sorted entries without lines or secrets, and the union merge attribute', () => {
    const lines = repo.read(BASELINE).trimEnd().split('\n');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ format: 'leakguard-baseline', version: 2, salt: expect.stringMatching(/^[0-9a-f]{32}$/), scrypt: { N: 65536, r: 8, p: 1 } });
    const entries = lines.slice(1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((entry) => [entry['file'], entry['rule'], entry['verdict']])).toEqual([
      ['deploy/b.env', 'github-classic-token', 'unreviewed'],
      ['src/a.ts', 'github-classic-token', 'unreviewed'],
    ]);
    expect(Object.keys(entries[0] ?? {})).toEqual(['file', 'rule', 'fingerprint', 'verdict']);
    expect(repo.read('.gitattributes')).toBe('.secretbaseline.jsonl merge=union\n');
    expect(repo.git('check-attr', 'merge', BASELINE).stdout.trim()).toBe('.secretbaseline.jsonl: merge: union');
    const again = leakguard('baseline', 'create');
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('exists already');
  });

  test('the old secrets pass; a new one is reported alone; --no-baseline reports them all', () => {
    commitAll('adopt leakguard');
    expect(scanJson('--history').exitCode).toBe(0);
    expect(scanJson('--history').report.summary.suppressed).toEqual({ baseline: 2 });
    expect(scanJson('--history', '--no-baseline').report.findings).toHaveLength(2);

    repo.write('src/a.ts', aWith(oldA) + `export const added = "${fresh}";\n`);
    repo.mustGit('add', '-A');
    const { exitCode, report } = scanJson('--staged');
    expect(exitCode).toBe(1);
    expect(report.findings.map((finding) => [finding.file, finding.line])).toEqual([['src/a.ts', 4]]);
  });

  test('through the installed hook: git commit passes with a known secret, blocks a new one', () => {
    commitAll('adopt leakguard');
    expect(leakguard('install').exitCode).toBe(0);
    repo.write('src/a.ts', `// settings, reworded\nexport const token = "${oldA}"; // still here\n`);
    repo.mustGit('add', '-A');
    const known = repo.git('commit', '-qm', 'touch the known secret');
    outputs.push(known.stdout, known.stderr);
    expect(known.exitCode).toBe(0);
    repo.write('src/new.ts', `export const t = "${fresh}";\n`);
    repo.mustGit('add', '-A');
    const blocked = repo.git('commit', '-qm', 'a new secret');
    outputs.push(blocked.stdout, blocked.stderr);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('src/new.ts');
  });

  test('moving, indenting and editing around a known secret does not bring it back', () => {
    repo.write('src/a.ts', `export const other = 2;\n\n\nfunction settings() {\n    const token = "${oldA}"; // moved and indented\n}\n`);
    repo.write('deploy/b.env', `GITHUB_TOKEN=${oldB} # first now\nREGION=us\n`);
    repo.mustGit('add', '-A');
    const { exitCode, report } = scanJson('--staged');
    expect(exitCode).toBe(0);
    expect(report.summary.suppressed).toEqual({ baseline: 2 });

    repo.write('../elsewhere/known.jsonl', repo.read(BASELINE));
    repo.write(BASELINE, repo.read(BASELINE).split('\n')[0] + '\n');
    expect(scanJson('--staged').exitCode).toBe(1);
    expect(scanJson('--staged', '--baseline', '../elsewhere/known.jsonl').exitCode).toBe(0);
    expect(leakguard('scan', '--staged', '--baseline', '../elsewhere/known.jsonl', '--no-baseline').exitCode).toBe(2);
  });

  test('another secret on a known line is reported; the same secret in a new file is reported unless --match-any-file', () => {
    repo.write('src/a.ts', `// settings\nexport const token = "${oldA}", second = "${fresh}";\n`);
    repo.write('src/copy.ts', `const pasted = "${oldA}";\n`);
    repo.mustGit('add', '-A');
    const { exitCode, report } = scanJson('--staged');
    expect(exitCode).toBe(1);
    expect(report.findings.map((finding) => [finding.file, finding.line])).toEqual([['src/a.ts', 2], ['src/copy.ts', 1]]);
    expect(report.summary.suppressed).toEqual({ baseline: 1 });
    const anyFile = scanJson('--staged', '--match-any-file');
    expect(anyFile.report.findings.map((finding) => finding.file)).toEqual(['src/a.ts']);
  });

  test('entries marked must-fix are still reported; the text report counts what the baseline let through', () => {
    setVerdict('src/a.ts', 'must-fix');
    repo.write('src/a.ts', `export const token = "${oldA}"; // touched\n`);
    repo.write('deploy/b.env', `GITHUB_TOKEN=${oldB} # touched\n`);
    repo.mustGit('add', '-A');
    const result = leakguard('scan', '--staged');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('src/a.ts');
    expect(result.stdout).not.toContain('deploy/b.env');
    expect(result.stdout).toContain('allowed 1 by the baseline');
  });

  test('two branches that each add entries merge without a conflict, and the result loads', () => {
    commitAll('adopt leakguard');
    repo.mustGit('checkout', '-qb', 'feature');
    repo.write('tools/feature.ts', `const f = "${fresh}";\n`);
    commitAll('feature secret');
    expect(leakguard('baseline', 'update', '--add-new').exitCode).toBe(0);
    commitAll('feature baseline');
    repo.mustGit('checkout', '-q', 'main');
    repo.write('tools/main.ts', `const z = "${oldB}";\n`);
    commitAll('main secret');
    expect(leakguard('baseline', 'update', '--add-new').exitCode).toBe(0);
    commitAll('main baseline');

    const merge = repo.git('merge', '--no-edit', 'feature');
    expect(merge.exitCode).toBe(0);
    expect(repo.read(BASELINE)).not.toContain('<<<<<<<');
    const listed = leakguard('baseline', 'list');
    expect(listed.exitCode).toBe(0);
    expect(listed.stdout).toContain('4 entries in 4 files.');
    expect(scanJson('--history').exitCode).toBe(0);
  });

  test('update prunes a removed secret, says so, and keeps the verdicts; new findings join only with --add-new', () => {
    setVerdict('src/a.ts', 'false-positive');
    repo.write('deploy/b.env', 'REGION=eu\nGITHUB_TOKEN=${GITHUB_TOKEN}\n');
    repo.write('new.ts', `const n = "${fresh}";\n`);
    commitAll('remove one, add one');

    const updated = leakguard('baseline', 'update');
    expect(updated.exitCode).toBe(0);
    expect(updated.stdout).toContain('pruned 1 entry whose secret is gone:\n  deploy/b.env  github-classic-token');
    expect(updated.stdout).toContain('1 finding at HEAD is not in the baseline');
    const entries = () => repo.read(BASELINE).trimEnd().split('\n').slice(1).map((line) => JSON.parse(line) as { file: string; verdict: string });
    expect(entries().map((entry) => [entry.file, entry.verdict])).toEqual([['src/a.ts', 'false-positive']]);

    expect(leakguard('baseline', 'update', '--add-new').stdout).toContain('added 1 new finding as unreviewed');
    expect(entries().map((entry) => [entry.file, entry.verdict])).toEqual([['new.ts', 'unreviewed'], ['src/a.ts', 'false-positive']]);
    expect(leakguard('baseline', 'update').stdout).toContain('is up to date; nothing changed');
  });

  test('a malformed or newer baseline is an error (exit 2), and a failed update leaves the file as it was', () => {
    const good = repo.read(BASELINE);
    repo.write(BASELINE, good.replace('"verdict":"unreviewed"', '"verdict":"maybe"'));
    const scan = leakguard('scan', '--staged');
    expect(scan.exitCode).toBe(2);
    expect(scan.stderr).toContain('line 2: "verdict" must be one of');
    expect(leakguard('baseline', 'list').exitCode).toBe(2);

    repo.write(BASELINE, good.replace(/"version":\d/, '"version":7'));
    const newer = leakguard('scan', '--staged');
    expect(newer.exitCode).toBe(2);
    expect(newer.stderr).toContain('written by a newer leakguard (baseline format version 7');

    repo.write(BASELINE, good);
    repo.write('broken.json', '{ "disable": ["no-such-rule"] }');
    expect(leakguard('baseline', 'update', '--add-new', '--config', 'broken.json').exitCode).toBe(2);
    expect(repo.read(BASELINE)).toBe(good);

    const missing = leakguard('scan', '--staged', '--baseline', 'nowhere.jsonl');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('There is no baseline at');
  });

  test('--include-untracked records the work tree\'s untracked files too, not the ignored ones', () => {
    commitAll('adopt leakguard');
    repo.write('.gitignore', 'secret.local\n');
    repo.write('notes/todo.txt', `token ${fresh}\n`);
    repo.write('secret.local', `token ${oldB}\n`);
    repo.mustGit('rm', '-q', BASELINE);
    repo.mustGit('commit', '-qm', 'start over', '--no-verify');
    expect(leakguard('baseline', 'create', '--include-untracked').stdout).toContain('recorded 3 findings in 3 files');
    expect(leakguard('baseline', 'list').stdout).toContain('notes/todo.txt');
    expect(leakguard('baseline', 'list').stdout).not.toContain('secret.local');
    expect(leakguard('baseline', 'update', '--include-untracked').stdout).toContain('is up to date');
    repo.mustGit('add', 'notes/todo.txt');
    expect(scanJson('--staged').exitCode).toBe(0);
    expect(leakguard('baseline', 'update').stdout).toContain('pruned 1 entry whose secret is gone:\n  notes/todo.txt');
  });

  test('list and audit --stats show verdicts and counts; audit refuses to run without a terminal', () => {
    setVerdict('deploy/b.env', 'accepted');
    const listed = leakguard('baseline', 'list');
    expect(listed.stdout).toMatch(/deploy\/b\.env {2}github-classic-token {2}[0-9a-f]{12} {2}accepted\n/);
    const stats = leakguard('baseline', 'audit', '--stats');
    expect(stats.stdout).toBe('2 entries in 2 files.\nBy verdict: unreviewed 1, false-positive 0, accepted 1, must-fix 0.\nBy rule:\n  github-classic-token: 2\n');
    const audit = leakguard('baseline', 'audit');
    expect(audit.exitCode).toBe(2);
    expect(audit.stderr).toContain('needs a terminal');
    expect(leakguard('baseline', 'list', '--add-new').exitCode).toBe(2);
  });
});

test('baseline create before the first commit says to commit first', () => {
  const repo = createTempRepo();
  try {
    const result = repo.leakguard(['baseline', 'create']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no commit yet');
  } finally {
    repo.remove();
  }
});
