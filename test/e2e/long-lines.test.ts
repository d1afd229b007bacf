import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { MAX_LINE_LENGTH, PIECE_OVERLAP } from '../../src/diff/line-splitter';
import { CLI, createTempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** Past V8's longest string (2^29 - 24 characters, about 512 MB): one line this long ended in a RangeError. */
const LINE_BYTES = 600 * 1024 * 1024;
const FILLER = Buffer.alloc(1024 * 1024, 'x ');

/** One line of `bytes` bytes ending in " " + `tail`, made a megabyte at a time: never held whole. */
function hugeLine(bytes: number, tail: string): Readable {
  let left = bytes - tail.length - 1;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(` ${tail}`);
        this.push(null);
        return;
      }
      const part = left >= FILLER.length ? FILLER : FILLER.subarray(0, left);
      left -= part.length;
      this.push(part);
    },
  });
}

/** The CLI in a heap of 256 MB, reading `input` on stdin. */
function scanStdin(cwd: string, env: NodeJS.ProcessEnv, input: Readable): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', CLI, 'scan', '--stdin'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdin.on('error', () => undefined); // a crashed CLI closes its stdin; the exit code tells.
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 128, stdout, stderr }));
    input.pipe(child.stdin);
  });
}

describe('scan --stdin with a line longer than a string can be', () => {
  test('finds a token near the end of a 600 MB line, in a 256 MB heap, at its line and column', async () => {
    const repo = createTempRepo();
    const token = makeGithubToken(11);
    const result = await scanStdin(repo.dir, repo.env, hugeLine(LINE_BYTES, token));
    expect(result.stderr).not.toContain('RangeError');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`1:${LINE_BYTES - token.length + 1}  github-classic-token`);
    expect(result.stdout).toContain('(1 line)');
    expectNoLeak(token, result.stdout, result.stderr);
  }, 180_000);
});

describe('scan PATH with a line longer than the piece limit', () => {
  test('finds each token once, at its column, across the cuts between pieces', () => {
    const repo = createTempRepo();
    const step = MAX_LINE_LENGTH - PIECE_OVERLAP;
    // Inside the first overlap (seen by two pieces), across the first cut, in the third piece.
    const columns = [step + 100, MAX_LINE_LENGTH - 20, 2 * step + 5000];
    const tokens = columns.map((_column, index) => makeGithubToken(20 + index));
    let line = '';
    columns.forEach((column, index) => (line += `${' x'.repeat(column - line.length).slice(0, column - line.length - 1)} ${tokens[index]}`));
    repo.write('minified.js', `first\n${line}${' y'.repeat(MAX_LINE_LENGTH)}\nlast\n`);
    const result = repo.leakguard(['scan', 'minified.js']);
    expect(result.exitCode).toBe(1);
    for (const column of columns) expect(result.stdout.split(`2:${column + 1}  github-classic-token`)).toHaveLength(2);
    expect(result.stdout).toContain('found 3 secrets');
    expect(result.stdout).toContain('(3 lines)');
    expectNoLeak(tokens.join('|'), result.stdout, result.stderr);
    for (const token of tokens) expectNoLeak(token, result.stdout, result.stderr);
  });
});
