import { parseBaseline, serializeBaseline, type Baseline } from '../../baseline/baseline-format';
import { writeFileAtomic } from '../../fs/atomic-write';
import { linkedFileOf } from '../../fs/linked-file';
import { readIfExists } from '../../fs/read-if-exists';
import { LockHeldError, withLock, type LockHolder } from '../../fs/lock-file';
import { LeakguardError } from '../../model/errors';
import type { FingerprintKey } from '../../baseline/salted-fingerprint';
import { mergeBaseline } from '../../baseline/merge-baseline';

/** How long a writer waits for another one: theirs is a read, a merge and a rename of one small file. */
const LOCK_WAIT_MS = 5000;

export interface BaselineWriteOptions {
  /** Called when another writer holds the lock and this one starts waiting. */
  readonly onWait?: (lockPath: string, holder: LockHolder | undefined) => void;
}

export interface BaselineWritten {
  /** What the file holds now: the writer's changes merged with what others wrote meanwhile. */
  readonly baseline: Baseline;
  readonly isWritten: boolean;
}

/** The lock file beside the baseline, which every writer takes (see withLock for the stale-lock rule). */
export const lockPathOf = (path: string): string => `${path}.lock`;

/**
 * Writes the baseline under its lock. `read` is what the writer read when it started (undefined: it
 * creates the file, which must still not exist): the file is read again under the lock and merged
 * (mergeBaseline), so a verdict written by hand or by another writer meanwhile is not lost. Then it
 * is written atomically (temp file + rename): a reader, or a crash, sees the old file or the new one,
 * never half of either. Unchanged content is not rewritten.
 */
export async function writeBaseline(path: string, read: Baseline | undefined, wanted: Baseline, options: BaselineWriteOptions = {}): Promise<BaselineWritten> {
  const lockPath = lockPathOf(path);
  try {
    return await withLock(lockPath, { waitMs: LOCK_WAIT_MS, onWait: (holder) => options.onWait?.(lockPath, holder) }, () => {
      const text = readIfExists(path, "Check the file's permissions; nothing was written.");
      const baseline = read === undefined ? checkedNew(path, text, wanted) : mergeBaseline({ read, onDisk: checkedOnDisk(path, text, read), wanted });
      const serialized = serializeBaseline(baseline);
      if (text === serialized) return { baseline, isWritten: false };
      writeOrExplain(path, serialized);
      return { baseline, isWritten: true };
    });
  } catch (error) {
    if (error instanceof LockHeldError) throw lockHeld(path, error);
    throw error;
  }
}

function checkedNew(path: string, text: string | undefined, wanted: Baseline): Baseline {
  if (text !== undefined) throw new LeakguardError('USAGE', `${path} was created by someone else meanwhile; nothing was written.`, { hint: 'Run `leakguard baseline update --add-new` to add the findings to it.' });
  return wanted;
}

function checkedOnDisk(path: string, text: string | undefined, read: Baseline): Baseline {
  const onDisk = text === undefined ? undefined : parseBaseline(text, path);
  // Another salt or cost: fingerprints made with the one read would mean nothing in that file.
  if (onDisk === undefined || !isSameKey(onDisk, read)) {
    throw new LeakguardError('USAGE', `${path} was ${onDisk === undefined ? 'removed' : 'created again (another salt or cost)'} while this command ran; nothing was written.`, {
      hint: 'Run the command again: it reads the baseline as it is now.',
    });
  }
  return onDisk;
}

function writeOrExplain(path: string, text: string): void {
  try {
    writeFileAtomic(linkedFileOf(path), text);
  } catch (error) {
    throw new LeakguardError('IO_FAILED', `Could not write the baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      hint: 'Check that you may write to that directory; the previous baseline, if any, is unchanged.',
      cause: error,
    });
  }
}

function lockHeld(path: string, error: LockHeldError): LeakguardError {
  const holder = error.holder === undefined ? 'a writer that left no name in it' : `process ${error.holder.pid} on ${error.holder.host} since ${error.holder.time}`;
  return new LeakguardError('BASELINE_LOCKED', `${error.lockPath} is held by ${holder}: another leakguard is writing ${path}; nothing was written.`, {
    hint: `Run the command again when it is done. If no leakguard is running (a crash on another machine sharing this directory), remove the lock: rm ${error.lockPath}`,
    cause: error,
  });
}

const isSameKey = (one: FingerprintKey, other: FingerprintKey): boolean =>
  one.salt === other.salt && one.cost.N === other.cost.N && one.cost.r === other.cost.r && one.cost.p === other.cost.p;
