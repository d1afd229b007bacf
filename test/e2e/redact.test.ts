import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { CLI, createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken, makePrivateKeyPem } from '../support/secrets';

const token = makeGithubToken(901);
const other = makeGithubToken(902);
const pem = makePrivateKeyPem(903);
const masked = (secret: string): string => `${secret.slice(0, 4)}********`;

/** `leakguard redact` with its stdin and stdout as pipes, as in `npm test 2>&1 | npx leakguard redact`. */
function startRedact(repo: TempRepo, args: readonly string[] = []): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [CLI, 'redact', ...args], { cwd: repo.dir, env: repo.env });
}

/** Everything the child writes to stdout until it holds `expected`; rejects if the child ends first. */
function readUntil(child: ChildProcessWithoutNullStreams, expected: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let read = '';
    const onData = (data: Buffer): void => {
      read += data.toString('utf8');
      if (!read.includes(expected)) return;
      child.stdout.off('data', onData);
      resolve(read);
    };
    child.stdout.on('data', onData);
    child.once('exit', () => reject(new Error(`exited before writing ${JSON.stringify(expected)}; wrote ${JSON.stringify(read)}`)));
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

describe('leakguard redact', () => {
  let repo: TempRepo;
  const outputs: string[] = [];
  const redact = (args: string[], input: string): RunResult => {
    const result = repo.leakguard(['redact', ...args], { input });
    outputs.push(result.stdout, result.stderr);
    return result;
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });
  afterEach(() => {
    for (const secret of [token, other, pem]) expectNoLeak(secret, ...outputs);
    repo.remove();
  });

  test('writes each line as soon as its newline arrives, masked, while the input is still open', async () => {
    const child = startRedact(repo);
    const exit = exitOf(child);
    child.stdin.write(`step 1: fetching with ${token}\n`);
    const first = await readUntil(child, '\n');
    expect(first).toBe(`step 1: fetching with ${masked(token)}\n`);
    child.stdin.write('step 2: ok\nstep 3: no newline yet');
    const second = await readUntil(child, 'ok\n');
    expect(second).toBe('step 2: ok\n');
    child.stdin.end(` ${other}`);
    const rest = await readUntil(child, '********');
    expect(rest).toBe(`step 3: no newline yet ${masked(other)}`);
    const { code, stderr } = await exit;
    outputs.push(first, second, rest, stderr);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('masks every line of a private key in a log; the rest of the log goes through unchanged', () => {
    const log = `> deploy\r\nwriting key:\n${pem}\nGITHUB_TOKEN=${token} npm publish\ndone\n`;
    const result = redact([], log);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(log.split('\n').length);
    expect(lines.slice(0, 3)).toEqual(['> deploy\r', 'writing key:', '-----BEGIN RSA ********']);
    expect(lines.slice(3, 16)).toEqual(Array.from({ length: 13 }, () => '********'));
    expect(lines.slice(16)).toEqual(['-----END RSA PRIVATE KEY-----', `GITHUB_TOKEN=${masked(token)} npm publish`, 'done', '']);
  });

  test('--fail exits 1 when it masked something, 0 on clean input; the output is the same', () => {
    expect(redact(['--fail'], `x ${token}\n`)).toMatchObject({ exitCode: 1, stdout: `x ${masked(token)}\n`, stderr: '' });
    expect(redact(['--fail'], 'all clean\n')).toMatchObject({ exitCode: 0, stdout: 'all clean\n', stderr: '' });
    expect(redact([], `x ${token}\n`).exitCode).toBe(0);
  });

  test('uses the rules of the config of the repository; --min-severity leaves what lower rules find', () => {
    repo.write('.leakguardrc.json', JSON.stringify({ rules: [{ id: 'acme-key', description: 'Acme key', pattern: 'acme_(?<secret>[a-z0-9]{24})', keywords: ['acme_'] }] }));
    const acme = createSampleGenerator(904).lowerAlnum(24);
    expect(redact([], `key acme_${acme}\n`).stdout).toBe(`key acme_${masked(acme)}\n`);
    expectNoLeak(acme, ...outputs);
    const critical = redact(['--min-severity', 'critical'], `${pem}\n`);
    expect(critical.stdout.split('\n')[1]).toBe('********');
    // Asked for: a high-severity token goes through (this output is not checked for leaks).
    expect(repo.leakguard(['redact', '--min-severity', 'critical'], { input: `x ${token}\n` }).stdout).toBe(`x ${token}\n`);
  });

  test('stops quietly when the reader closes the pipe (EPIPE), exit 0, having written nothing unmasked', async () => {
    const child = startRedact(repo);
    const exit = exitOf(child);
    child.stdin.on('error', () => undefined); // the child is gone before the input ends: expected
    const first = await new Promise<string>((resolve) => {
      child.stdout.once('data', (data: Buffer) => resolve(data.toString('utf8')));
      child.stdin.write(`line ${token}\n`);
    });
    child.stdout.destroy();
    const line = `more output ${other}\n`.repeat(1000);
    const feed = setInterval(() => child.stdin.writable && child.stdin.write(line), 5);
    const { code, stderr } = await exit;
    clearInterval(feed);
    outputs.push(first, stderr);
    expect(first).toBe(`line ${masked(token)}\n`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('a line that never ends is written in parts as it arrives, every token masked, those across a cut too', async () => {
    // 80,000 tokens with a space between them: 3.3 MB on one line, so each 1 Mi-character cut falls in or next to one.
    const tokens = Array.from({ length: 50 }, (_, seed) => makeGithubToken(1000 + seed));
    const line = Array.from({ length: 80000 }, (_, index) => tokens[index % tokens.length]).join(' ');
    const child = startRedact(repo, ['--fail']);
    const exit = exitOf(child);
    let written = '';
    child.stdout.on('data', (data: Buffer) => (written += data.toString('utf8')));
    let sent = 0;
    while (written === '' && sent < line.length) {
      const chunk = line.slice(sent, sent + (1 << 16));
      await new Promise((resolve) => child.stdin.write(chunk, resolve));
      sent += chunk.length;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Part of the line came out before the rest of it was sent.
    expect(sent).toBeLessThan(line.length);
    child.stdin.end(line.slice(sent));
    const { code, stderr } = await exit;
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(written).toBe(line.replace(/ghp_[A-Za-z0-9]{36}/g, 'ghp_********'));
  });

  test('usage errors exit 2: a file name, an unknown option, a wrong severity', () => {
    const withFile = redact(['build.log'], '');
    expect(withFile.exitCode).toBe(2);
    expect(withFile.stderr).toContain('leakguard redact < build.log');
    expect(redact(['--verbose'], '').exitCode).toBe(2);
    expect(redact(['--min-severity', 'severe'], '').exitCode).toBe(2);
    expect(redact(['--help'], '').stdout).toContain('Usage: leakguard redact');
  });
});
