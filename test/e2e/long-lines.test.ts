import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
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
