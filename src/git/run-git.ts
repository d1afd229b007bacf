import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

/** Keeps the end of git's stderr for the error; a runaway stderr must not grow memory. */
const STDERR_LIMIT = 16 * 1024;

const GIT_HINT = 'Check that this is a git repository and that git works in it (`git status`).';

/**
 * Asks git a question whose answer is small (rev-parse, config, ls-files) and returns its whole
 * stdout. It is streamGit collected: execFile started no faster (about 10 ms to the first answer
 * either way, measured), and one way of running git has one way of failing.
 */
export async function runGit(cwd: string, args: readonly string[], input?: string): Promise<string> {
  let output = '';
  for await (const chunk of streamGit(cwd, args, input)) output += chunk;
  return output;
}

/**
 * Runs git, with `input` on its stdin, and yields its stdout as text chunks while it runs: a large
 * diff or a long history is never held whole. The environment is inherited on purpose: inside a hook
 * git sets GIT_INDEX_FILE (for `git commit -a` and `git commit <path>`) and GIT_DIR, and the scan must
 * see that same index.
 */
export function streamGit(cwd: string, args: readonly string[], input?: string): AsyncGenerator<string> {
  return decoded(streamGitBytes(cwd, args, input));
}

/** streamGit's bytes, undecoded: for output that counts its parts in bytes (`git cat-file --batch`). */
export function streamGitBytes(cwd: string, args: readonly string[], input?: string): AsyncGenerator<Buffer> {
  const git = new GitProcess(cwd, args);
  git.stdin.end(input ?? '');
  return readAll(git);
}

/**
 * Starts git now and returns its stdout as streamGit would, for a caller that has other things to ask
 * first: git runs meanwhile. Until the output is read, node may exit without waiting for this git (a
 * scan that failed before it read the diff would otherwise wait for ever on a git blocked writing).
 */
export function startGit(cwd: string, args: readonly string[]): AsyncGenerator<string> {
  const git = new GitProcess(cwd, args);
  git.stdin.end();
  git.setHoldsNode(false);
  // Someone listening: when git exits, node drains and drops a child's output that nobody listens to
  // (flushStdio in lib/internal/child_process.js). Unread, it waits in the stream's buffer and the pipe.
  git.stdout.on('readable', () => undefined);
  return decoded(readAll(git, () => git.setHoldsNode(true)));
}

async function* decoded(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield decoder.write(chunk);
  yield decoder.end();
}

/** git's stdout to the end, then its exit: a failure once all is read, a stop if the reader leaves early. */
async function* readAll(git: GitProcess, onFirstRead?: () => void): AsyncGenerator<Buffer> {
  onFirstRead?.();
  let isRead = false;
  try {
    for await (const chunk of git.stdout) yield chunk as Buffer;
    isRead = true;
  } finally {
    // A reader that stops early (it has its answer, or it failed) wants no more output.
    if (!isRead) git.stop();
  }
  await git.finish();
}

/**
 * One git process, for a caller that talks with it (`git cat-file --batch`: a request on stdin, its
 * answer on stdout). Whatever goes wrong ends as failure(): one error for every git call.
 */
export class GitProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<void>;
  private stderr = '';
  private exitCode: number | null = null;
  private startError: Error | undefined;

  constructor(
    private readonly cwd: string,
    private readonly args: readonly string[],
  ) {
    this.child = spawn('git', [...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    // git may exit before reading all of its input (a bad revision): its exit code says why.
    this.child.stdin.on('error', () => undefined);
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (data: string) => {
      this.stderr = (this.stderr + data).slice(-STDERR_LIMIT);
    });
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.startError ??= error;
        resolve();
      });
      this.child.on('close', (code) => {
        this.exitCode = code;
        resolve();
      });
    });
  }

  get stdin(): Writable {
    return this.child.stdin;
  }

  get stdout(): Readable {
    return this.child.stdout;
  }

  /** Whether node waits for this git before it exits (node's default, and once someone reads it). */
  setHoldsNode(isHolding: boolean): void {
    for (const handle of [this.child, this.child.stdout as Socket, this.child.stderr as Socket]) {
      if (isHolding) handle.ref();
      else handle.unref();
    }
  }

  /** Ends git early, for a reader that has what it wanted. */
  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  /** Waits for git to exit: anything but exit code 0 is a failure. */
  async finish(hint?: string): Promise<void> {
    await this.exited;
    if (this.exitCode !== 0) throw this.failure(undefined, hint);
  }

  /**
   * GIT_FAILED, naming the command, the directory and what went wrong: `problem` when the caller
   * found git's output wrong, and git's own line. git's stderr echoes what it was given ("fatal: bad
   * revision 'X'", "ambiguous argument 'X'"), and a revision comes from --range or --since as typed:
   * the command and what git said are redacted. The cause keeps git's stderr whole, for callers that
   * explain a failure in git's own words (repo-facts).
   */
  failure(problem?: string, hint = GIT_HINT): LeakguardError {
    const cause = new GitStderr(this.stderr, this.exitCode, this.startError);
    const detail = [problem, cause.headline || this.howItEnded()].filter((part) => part !== undefined).join(': ');
    return new LeakguardError('GIT_FAILED', `${redactQuoted(`git ${commandName(this.args)}`)} failed in ${this.cwd}: ${redactQuoted(detail)}`, { hint, cause });
  }

  /** For a git that said nothing on stderr; nothing while it still runs. */
  private howItEnded(): string | undefined {
    if (this.startError !== undefined) return `could not run git: ${this.startError.message}`;
    if (this.child.signalCode !== null) return `git was stopped by ${this.child.signalCode}`;
    return this.exitCode === null ? undefined : `git exited with code ${this.exitCode}`;
  }
}

/** What git printed on stderr and how it exited (null: it never started, or a signal stopped it). */
export class GitStderr extends Error {
  constructor(
    readonly stderr: string,
    readonly exitCode: number | null,
    cause?: unknown,
  ) {
    super(stderr.trim(), cause === undefined ? undefined : { cause });
    this.name = 'GitStderr';
  }

  /**
   * The line that says why git stopped: its first `fatal:` or `error:` line, since `hint:` and
   * `warning:` lines may come before it; else its first line.
   */
  get headline(): string {
    const lines = this.stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    return lines.find((line) => /^(?:fatal|error):/.test(line)) ?? lines[0] ?? '';
  }
}

/**
 * `log -p --no-ext-diff`: the subcommand and the two words after it, enough to say which call failed;
 * the `-c` settings and global options before it and every `--option=value` are left out.
 */
function commandName(args: readonly string[]): string {
  const words = args.filter((arg, index) => arg !== '-c' && args[index - 1] !== '-c' && !arg.includes('='));
  const subcommand = Math.max(0, words.findIndex((word) => !word.startsWith('-')));
  return words.slice(subcommand, subcommand + 3).join(' ');
}
