import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CLI, createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const BASELINE = '.secretbaseline.jsonl';
const LOCK = `${BASELINE}.lock`;

interface Entry {
  readonly file: string;
  readonly verdict: string;
  readonly note?: string;
}

/** Runs the CLI without waiting, and says when its stderr has shown a text. */
function startLeakguard(repo: TempRepo, args: readonly string[]): { shown: (text: string) => Promise<void>; done: Promise<RunResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: repo.dir, env: repo.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ exitCode: code ?? 128, stdout, stderr })));
  const shown = async (text: string): Promise<void> => {
    const deadline = Date.now() + 20000;
    while (!stderr.includes(text)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`leakguard never showed "${text}"; stdout:\n${stdout}\nstderr:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { shown, done };
}

describe('baseline writers at the same time', () => {
  let repo: TempRepo;
  const tokens = [makeGithubToken(81), makeGithubToken(82), makeGithubToken(83)];
  const outputs: string[] = [];
  const entries = (): Entry[] => repo.read(BASELINE).trimEnd().split('\n').slice(1).map((line) => JSON.parse(line) as Entry);
  const entryOf = (file: string): Entry | undefined => entries().find((entry) => entry.file === file);
  const holdLock = (holder: { pid: number; host: string }): void => void repo.write(LOCK, `${JSON.stringify({ ...holder, time: new Date().toISOString() })}\n`);

  function setVerdictByHand(file: string, verdict: string, note: string): void {
    const lines = repo.read(BASELINE).split('\n').map((line) => (line.includes(`"file":"${file}"`) ? line.replace(/"verdict":"[a-z-]+"\}/, `"verdict":"${verdict}","note":"${note}"}`) : line));
    repo.write(BASELINE, lines.join('\n'));
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.write('src/a.ts', `export const token = "${tokens[0]}";\n`);
    repo.write('deploy/b.env', `GITHUB_TOKEN=${tokens[1]}\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old secrets', '--no-verify');
    expect(repo.leakguard(['baseline', 'create']).exitCode).toBe(0);
    // Then b.env loses its token (update prunes its entry) and c.ts gets one (update --add-new adds it).
    repo.write('deploy/b.env', 'GITHUB_TOKEN=\n');
    repo.write('src/c.ts', `export const token = "${tokens[2]}";\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'changes', '--no-verify');
  });

  afterEach(() => {
    for (const token of tokens) expectNoLeak(token, ...outputs, repo.read(BASELINE));
    repo.remove();
  });

  test('update waits for the lock, then merges: a verdict and note written by hand meanwhile stay', async () => {
    holdLock({ pid: process.pid, host: hostname() });
    const update = startLeakguard(repo, ['baseline', 'update', '--add-new']);
    // It has read the baseline and scanned; now it waits to write.
    await update.shown(`waiting for ${join(repo.dir, LOCK)}, held by process ${process.pid}`);
    setVerdictByHand('src/a.ts', 'must-fix', 'rotate by friday');
    rmSync(join(repo.dir, LOCK));
    const result = await update.done;
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
    expect(entryOf('src/a.ts')).toMatchObject({ verdict: 'must-fix', note: 'rotate by friday' });
    expect(entryOf('deploy/b.env')).toBeUndefined();
    expect(entryOf('src/c.ts')).toMatchObject({ verdict: 'unreviewed' });
    expect(result.stdout).toContain('pruned 1 entry');
    expect(existsSync(join(repo.dir, LOCK))).toBe(false);
    // The verdict took effect: the secret is reported again.
    const scan = repo.leakguard(['scan', 'src/a.ts']);
    outputs.push(scan.stdout, scan.stderr);
    expect(scan.exitCode).toBe(1);
  });

  test('an entry pruned by update but edited by hand meanwhile is kept; one added by hand is kept', async () => {
    holdLock({ pid: process.pid, host: hostname() });
    const update = startLeakguard(repo, ['baseline', 'update']);
    await update.shown('waiting for');
    setVerdictByHand('deploy/b.env', 'accepted', 'revoked');
    const added = '{"file":"docs/x.md","rule":"github-classic-token","fingerprint":"0123456789abcdef0123456789abcdef","verdict":"false-positive"}';
    repo.write(BASELINE, `${repo.read(BASELINE)}${added}\n`);
    rmSync(join(repo.dir, LOCK));
    const result = await update.done;
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(0);
    expect(entryOf('deploy/b.env')).toMatchObject({ verdict: 'accepted', note: 'revoked' });
    expect(entryOf('docs/x.md')).toMatchObject({ verdict: 'false-positive' });
    expect(result.stdout).not.toContain('pruned');
  });

  test('two updates at once and a hand edit between them: nothing is lost', async () => {
    holdLock({ pid: process.pid, host: hostname() });
    const adding = startLeakguard(repo, ['baseline', 'update', '--add-new']);
    const pruning = startLeakguard(repo, ['baseline', 'update']);
    await Promise.all([adding.shown('waiting for'), pruning.shown('waiting for')]);
    setVerdictByHand('src/a.ts', 'must-fix', 'rotate by friday');
    rmSync(join(repo.dir, LOCK));
    const results = await Promise.all([adding.done, pruning.done]);
    for (const result of results) outputs.push(result.stdout, result.stderr);
    expect(results.map((result) => result.exitCode)).toEqual([0, 0]);
    // Whichever wrote second read the file before the other's write: it keeps c.ts, the first one's addition.
    expect(entries().map((entry) => [entry.file, entry.verdict, entry.note])).toEqual([
      ['src/a.ts', 'must-fix', 'rotate by friday'],
      ['src/c.ts', 'unreviewed', undefined],
    ]);
  });

  test('a lock left by a dead process on this host is taken over; a held one is refused after waiting, naming the lock', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    holdLock({ pid: Number(dead), host: hostname() });
    const takenOver = repo.leakguard(['baseline', 'update', '--add-new']);
    outputs.push(takenOver.stdout, takenOver.stderr);
    expect(takenOver.exitCode).toBe(0);
    expect(takenOver.stderr).not.toContain('waiting');
    expect(entryOf('src/c.ts')).toMatchObject({ verdict: 'unreviewed' });

    const before = repo.read(BASELINE);
    holdLock({ pid: 1, host: 'another-host.example' });
    const refused = repo.leakguard(['baseline', 'update', '--add-new']);
    outputs.push(refused.stdout, refused.stderr);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain(`${join(repo.dir, LOCK)} is held by process 1 on another-host.example`);
    expect(refused.stderr).toContain(`rm ${join(repo.dir, LOCK)}`);
    expect(repo.read(BASELINE)).toBe(before);
  });

  test('create writes .gitattributes through a symbolic link', () => {
    const fresh = createTempRepo();
    try {
      fresh.write('shared/attributes', '*.png binary\n');
      symlinkSync('shared/attributes', join(fresh.dir, '.gitattributes'));
      fresh.write('src/a.ts', `export const token = "${tokens[0]}";\n`);
      fresh.mustGit('add', '-A');
      fresh.mustGit('commit', '-qm', 'one', '--no-verify');
      const created = fresh.leakguard(['baseline', 'create']);
      outputs.push(created.stdout, created.stderr);
      expect(created.exitCode).toBe(0);
      expect(lstatSync(join(fresh.dir, '.gitattributes')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(fresh.dir, 'shared/attributes'), 'utf8')).toBe('*.png binary\n.secretbaseline.jsonl merge=union\n');
      expectNoLeak(tokens[0] as string, fresh.read(BASELINE));
    } finally {
      fresh.remove();
    }
  });
});
