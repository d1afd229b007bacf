import { readFileSync } from 'node:fs';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

/** What says there is no file at a path: nothing by that name, or a file where a directory should be. */
const ABSENT = ['ENOENT', 'ENOTDIR'];

/**
 * The file's text, or undefined when there is no file at `path`. A file that is there but cannot be
 * read (its permissions, a directory by that name) is not absent: that is an error naming the file,
 * with the caller's hint on what to do. The path is redacted: a user may pass anything as one.
 */
export function readIfExists(path: string, hint = "Check the file's permissions."): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (ABSENT.includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw new LeakguardError('IO_FAILED', redactQuoted(`Could not read ${path}: ${(error as Error).message}`), { hint, cause: error });
  }
}
