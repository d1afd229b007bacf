import { LeakguardError } from '../../src/model/errors';
import type { ScanReport } from '../../src/model/finding';
import { scan } from '../../src/scan/scan';
import type { ScanProgress } from '../../src/scan/scan-context';
import { commitsSource, type CommitSelection } from '../../src/scan/sources/commits';
import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** The scan runs git, which reads GIT_* and HOME from the process: give it the repo's isolated env. */
async function inRepoEnv<T>(repo: TempRepo, action: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, repo.env);
  try {
    return await action();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

async function scanIn(repo: TempRepo, selection: CommitSelection, options: { includeMerges?: boolean; onProgress?: (progress: ScanProgress) => void } = {}): Promise<ScanReport> {
  return inRepoEnv(repo, async () => scan(await commitsSource(repo.dir, selection, { includeMerges: options.includeMerges === true }), options.onProgress ? { onProgress: options.onProgress } : {}));
}

/** The progress line's total, and what the scan then counts: they must agree. */
async function countAndScan(repo: TempRepo, selection: CommitSelection): Promise<[number | undefined, number | undefined]> {
  return inRepoEnv(repo, async () => {
    const source = await commitsSource(repo.dir, selection, { includeMerges: false });
    return [await source.countCommits?.(), (await scan(source, {})).commitsScanned];
  });
}

/** [file, line, subject] of each finding, in report order. */
const places = (report: ScanReport) => report.findings.map((finding) => [finding.file, finding.line, finding.commit?.subject]);

describe('the commits source', () => {
  let repo: TempRepo;
  const token = makeGithubToken(61);

  function commit(path: string, content: string, subject: string): string {
    repo.write(path, content);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-q', '--no-verify', '-m', subject);
    return repo.mustGit('rev-parse', 'HEAD').trim();
  }

  beforeEach(() => {
    repo = createTempRepo();
    commit('README.md', '# x\n', 'Start');
  });
  afterEach(() => repo.remove());

  test('the total counted for the progress line is the number of commits the scan reads: merges, empty commits, ranges and pushes', async () => {
    const start = repo.mustGit('rev-parse', 'HEAD').trim();
    repo.mustGit('checkout', '-q', '-b', 'topic');
    commit('a.ts', 'a\n', 'Topic');
    repo.mustGit('checkout', '-q', 'main');
    commit('b.ts', 'b\n', 'Main');
    repo.mustGit('merge', '-q', '--no-edit', 'topic');
    repo.mustGit('commit', '-q', '--allow-empty', '-m', 'Empty');
    repo.mustGit('tag', '-a', '-m', 'Release', 'v1');
    expect(await countAndScan(repo, { kind: 'history' })).toEqual([5, 5]); // Start, Topic, Main, the merge, Empty
    expect(await countAndScan(repo, { kind: 'range', range: `${start}..HEAD` })).toEqual([4, 4]);
    expect(await countAndScan(repo, { kind: 'since', ref: 'topic' })).toEqual([3, 3]);
    const head = repo.mustGit('rev-parse', 'HEAD').trim();
    const push = { kind: 'push', remote: 'origin', input: `refs/heads/main ${head} refs/heads/main ${start}\n` } as const;
    expect(await countAndScan(repo, push)).toEqual([4, 4]);
    expect(await countAndScan(repo, { ...push, input: `(delete) ${'0'.repeat(40)} refs/heads/old ${start}\n` })).toEqual([0, 0]);
  });

  test('a commit whose file is read again whole (moved out of a .secretignore path) counts once', async () => {
    commit('.secretignore', 'fixtures/\n', 'Ignore fixtures');
    // Enough lines that git sees the move as a rename.
    commit('fixtures/data.txt', Array.from({ length: 20 }, (_, index) => `line ${index}\n`).join(''), 'Add fixture');
    repo.mustGit('mv', 'fixtures/data.txt', 'data.txt');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Move it out');
    commit('b.ts', 'b\n', 'After');
    // The root commit (Start) and the four above, as git rev-list --count says.
    expect(await countAndScan(repo, { kind: 'history' })).toEqual([5, 5]);
  });

  test('history: a secret is reported once, at the commit that added it, though later commits edit its line', async () => {
    const added = commit('config.ts', `const t = "${token}";\n`, 'Add config');
    commit('config.ts', `const t = "${token}"; // still here\n`, 'Comment it');
    commit('config.ts', 'const t = process.env.T;\n', 'Remove it');
    const report = await scanIn(repo, { kind: 'history' });
    expect(places(report)).toEqual([['config.ts', 1, 'Add config']]);
    expect(report.findings[0]?.commit?.sha).toBe(added);
    expect(report.commitsScanned).toBe(4);
    expectNoLeak(token, JSON.stringify(report));
  });

  test('history: a sensitive file is reported once, at the commit that first made it one, binary included', async () => {
    commit('.env', 'PORT=3000\n', 'Add env');
    commit('.env', 'PORT=3000\nDB_HOST=db.internal\n', 'Point at the database');
    commit('.env', 'PORT=3000\nDB_HOST=db.internal\nQUEUE_HOST=queue.internal\n', 'Add the queue');
    repo.write('release.jks', Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]));
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Add the key store');
    const report = await scanIn(repo, { kind: 'history' });
    expect(report.findings.map((finding) => [finding.ruleId, ...places({ ...report, findings: [finding] })[0]!])).toEqual([
      ['sensitive-file-env', '.env', 2, 'Point at the database'],
      ['sensitive-file-keystore', 'release.jks', 1, 'Add the key store'],
    ]);
  });

  test('the same secret in two files is two places to clean up', async () => {
    commit('a.ts', `a = "${token}"\n`, 'One');
    commit('b.ts', `b = "${token}"\n`, 'Two');
    expect(places(await scanIn(repo, { kind: 'history' }))).toEqual([
      ['a.ts', 1, 'One'],
      ['b.ts', 1, 'Two'],
    ]);
  });

  test('--range and --since read only the commits they name; a rename adds no line', async () => {
    const base = commit('a.ts', `a = "${token}"\n`, 'Leak');
    repo.mustGit('mv', 'a.ts', 'renamed.ts');
    repo.mustGit('commit', '-q', '-m', 'Rename');
    commit('b.ts', 'clean\n', 'Clean');
    expect((await scanIn(repo, { kind: 'range', range: `${base}..HEAD` })).findings).toEqual([]);
    expect(places(await scanIn(repo, { kind: 'range', range: `${base}~1..HEAD` }))).toEqual([['a.ts', 1, 'Leak']]);
    expect((await scanIn(repo, { kind: 'since', ref: base })).findings).toEqual([]);
    expect((await scanIn(repo, { kind: 'since', ref: 'HEAD~3' })).findings).toHaveLength(1);
  });

  test("merges: skipped by default; with includeMerges only a line no parent had is the merge's", async () => {
    repo.mustGit('checkout', '-q', '-b', 'side');
    commit('side.ts', `s = "${token}"\n`, 'Side leak');
    repo.mustGit('checkout', '-q', 'main');
    commit('main.ts', 'main\n', 'Main work');
    repo.mustGit('merge', '-q', '--no-commit', 'side');
    const evil = makeGithubToken(62);
    repo.write('merge.ts', `m = "${evil}"\n`);
    repo.mustGit('add', 'merge.ts');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Merge side');
    expect(places(await scanIn(repo, { kind: 'history' }))).toEqual([['side.ts', 1, 'Side leak']]);
    expect(places(await scanIn(repo, { kind: 'history' }, { includeMerges: true }))).toEqual([
      ['side.ts', 1, 'Side leak'],
      ['merge.ts', 1, 'Merge side'],
    ]);
  });

  test('a subject that holds a secret is shown redacted', async () => {
    commit('a.ts', `a = "${token}"\n`, `Add ${token} for now`);
    const [finding] = (await scanIn(repo, { kind: 'history' })).findings;
    expect(finding?.commit?.subject).toBe('Add ghp_******** for now');
  });

  test('progress is reported as the log is read', async () => {
    commit('a.ts', `a = "${token}"\n`, 'Leak');
    const seen: ScanProgress[] = [];
    await scanIn(repo, { kind: 'history' }, { onProgress: (progress) => seen.push(progress) });
    // The last batch is held for lookahead and scanned after the stream ends: the report has the totals.
    expect(seen.at(-1)).toMatchObject({ commits: 2, files: 2 });
  });

  test('an unknown revision is a git error; malformed pre-push input a usage error', async () => {
    const bad = await scanIn(repo, { kind: 'range', range: 'nope..HEAD' }).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(LeakguardError);
    expect((bad as LeakguardError).code).toBe('GIT_FAILED');
    const malformed = await scanIn(repo, { kind: 'push', remote: 'origin', input: 'refs/heads/main HEAD refs/heads/main 0\n' }).catch((error: unknown) => error);
    expect((malformed as LeakguardError).code).toBe('USAGE');
  });

  test('pre-push input of deletions only reads nothing (SHA-256 zero names too)', async () => {
    commit('a.ts', `a = "${token}"\n`, 'Leak');
    const head = repo.mustGit('rev-parse', 'HEAD').trim();
    const input = `(delete) ${'0'.repeat(40)} refs/heads/old ${head}\n(delete) ${'0'.repeat(64)} refs/heads/older ${head}\n`;
    const report = await scanIn(repo, { kind: 'push', remote: 'origin', input });
    expect(report.findings).toEqual([]);
    expect(report.commitsScanned).toBe(0);
  });

  test('pre-push: a remote sha this repository lacks (someone else pushed) falls back to what is not on the remote', async () => {
    commit('a.ts', `a = "${token}"\n`, 'Leak');
    const head = repo.mustGit('rev-parse', 'HEAD').trim();
    const input = `refs/heads/main ${head} refs/heads/main ${'1'.repeat(40)}\n`;
    expect(places(await scanIn(repo, { kind: 'push', remote: 'origin', input }))).toEqual([['a.ts', 1, 'Leak']]);
    repo.mustGit('update-ref', 'refs/remotes/origin/main', head);
    expect((await scanIn(repo, { kind: 'push', remote: 'origin', input })).findings).toEqual([]);
  });

  test('the CLI: JSON names the commit and never the secret; text shows short sha and subject', () => {
    const sha = commit('a.ts', `a = "${token}"\n`, 'Leak');
    const json = repo.leakguard(['scan', '--history', '--format', 'json']);
    expect(json.exitCode).toBe(1);
    const parsed = JSON.parse(json.stdout) as { findings: { commit: unknown }[]; summary: { commitsScanned: number } };
    expect(parsed.findings[0]?.commit).toEqual({ sha, subject: 'Leak' });
    expect(parsed.summary.commitsScanned).toBe(2);
    const text = repo.leakguard(['scan', '--since', 'HEAD~1']);
    expect(text.stdout).toContain(`commit ${sha.slice(0, 7)} Leak`);
    expect(text.stderr).toBe('');
    expectNoLeak(token, json.stdout, json.stderr, text.stdout, text.stderr);
    expect(repo.leakguard(['scan', '--staged', '--history']).exitCode).toBe(2);
    expect(repo.leakguard(['scan', '--history', 'extra']).exitCode).toBe(2);
    expect(repo.leakguard(['scan', '--pre-push']).stderr).toContain("--pre-push needs the remote's name");
  });
});
