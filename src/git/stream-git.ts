import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

/** Keeps the end of git's stderr for the error message; a runaway stderr must not grow memory. */
const STDERR_LIMIT = 16 * 1024;

/**
 * Runs git, with `input` on its stdin, and yields its stdout as text chunks while it runs. simple-git buffers a command's whole
 * output, which for a large diff or a long history would hold it all in memory; this is the one place
 * that streams instead. The environment is inherited on purpose: inside a hook git sets GIT_INDEX_FILE
 * (for `git commit -a` and `git commit <path>`) and GIT_DIR, and the scan must see that same index.
 */
export async function* streamGit(cwd: string, args: readonly string[], input?: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of streamGitBytes(cwd, args, input)) yield decoder.write(chunk);
  yield decoder.end();
}

/** streamGit's bytes, undecoded: for output that counts its parts in bytes (`git cat-file --batch`). */
export async function* streamGitBytes(cwd: string, args: readonly string[], input?: string): AsyncGenerator<Buffer> {
  const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  // git may exit before reading all of it (a bad revision): that failure is reported from its exit code.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input ?? '');
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data: string) => {
    stderr = (stderr + data).slice(-STDERR_LIMIT);
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  // Surface a spawn failure (git not installed) through `exited` rather than as an unhandled rejection.
  exited.catch(() => undefined);
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited.catch((error: unknown) => {
    throw gitError(args, `could not run git: ${(error as Error).message}`, error);
  });
  if (code !== 0) throw gitError(args, stderr.trim(), new Error(stderr));
}

/**
 * git's stderr echoes what it was given ("fatal: bad revision 'X'", "ambiguous argument 'X'"), and a
 * revision comes from --range or --since as typed: both sides of the message are redacted.
 */
function gitError(args: readonly string[], detail: string, cause: unknown): LeakguardError {
  const command = args.filter((arg) => !arg.startsWith('-c') && !arg.includes('=')).slice(0, 3).join(' ');
  return new LeakguardError('GIT_FAILED', redactQuoted(`git ${command} failed: ${detail}`), {
    hint: 'Check that this is a git repository and that git works here (`git status`).',
    cause,
  });
}
