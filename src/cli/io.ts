import type { Writable } from 'node:stream';

/** What a command may touch of the outside world; tests and the binary pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stdout is a terminal: decides colour and progress output. */
  readonly isStdoutTty: boolean;
  /** Whether stderr is a terminal: decides the progress line. */
  readonly isStderrTty?: boolean;
  /** What was piped in: git gives the pre-push hook its refs there. */
  readonly stdin?: AsyncIterable<Buffer | string>;
  /** The process that started this one: what a hook manager is known by when it sets nothing. */
  readonly parentPid?: number;
  /**
   * Standard output as a stream, for a command that writes while it reads (redact): it waits for the
   * reader to take what it wrote, and learns when the reader has gone. Without it, `stdout` is used.
   */
  readonly stdoutStream?: Writable;
}

/** Exit codes are part of the interface: hooks and CI scripts branch on them. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
