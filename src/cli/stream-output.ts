import type { Writable } from 'node:stream';
import { LeakguardError } from '../model/errors';
import type { CliIo } from './io';

/** Where a streaming command writes: each write resolves once the reader can take more. */
export interface StreamOutput {
  /** False once the reader has gone: nothing more reaches anyone, and the command may stop. */
  write(text: string | Uint8Array): Promise<boolean>;
}

/**
 * Standard output for a filter (`… | leakguard redact | head`): a write waits for 'drain' when the
 * pipe is full, so memory does not grow with a slow reader, and a reader that closed the pipe (EPIPE;
 * Node ignores SIGPIPE, so the write fails instead of killing the process) ends the output quietly,
 * as it ends `cat`'s. Any other write error is an error.
 */
export function streamOutput(io: CliIo): StreamOutput {
  const stream = io.stdoutStream;
  if (stream === undefined) return { write: async (text) => (io.stdout(typeof text === 'string' ? text : Buffer.from(text).toString()), true) };
  let hasReaderGone = false;
  let failure: Error | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') hasReaderGone = true;
    else failure = error;
  });
  // A destroyed stream fails a write without an event, and its 'drain' never comes.
  const isClosed = (): boolean => hasReaderGone || stream.destroyed || stream.writableEnded;
  return {
    async write(text) {
      if (!isClosed() && failure === undefined && text.length > 0 && !stream.write(text) && !isClosed()) await drained(stream);
      if (failure !== undefined) throw unwritable(failure);
      return !isClosed();
    },
  };
}

/** Until the stream can take more, or will never take anything again. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

function unwritable(error: Error): LeakguardError {
  return new LeakguardError('IO_FAILED', `Could not write to standard output: ${error.message}`, {
    hint: 'Check where the output goes (a full disk, a closed file).',
    cause: error,
  });
}
