import { open, lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { PathPredicate } from '../../allow/path-ignore';
import { blobAsAddedLines } from '../../diff/blob-as-added-lines';
import { PROBE_BYTES } from '../../diff/decode-blob';
import { textAsAddedLines } from '../../diff/text-as-added-lines';
import type { FileDiff } from '../../model/added-line';
import { LeakguardError } from '../../model/errors';

/** Where the files are: the root their names are relative to, and the names, streamed. */
export interface FileSelection {
  readonly root: string;
  readonly files: AsyncIterable<string>;
  /** Symbolic links named on the command line: followed, where links met on the way are not. */
  readonly namedLinks?: ReadonlySet<string>;
}

/**
 * Each listed file as batches of added lines. Ignored files are not read, but still arrive as an empty
 * batch so the report can list them. A file git would call binary (a NUL in its first 8000 bytes) is
 * marked so, then read as a blob is: UTF-16/UTF-32 decoded, a real binary's printable runs. Symbolic links
 * are not followed (git records where they point, not what), nor is anything that is not a file.
 */
export async function* readFilesAsAddedLines(selection: FileSelection, isIgnoredPath: PathPredicate): AsyncGenerator<FileDiff> {
  for await (const file of selection.files) {
    if (isIgnoredPath(file)) yield { file, isBinary: false, addedLines: [] };
    else yield* readFileAsAddedLines(join(selection.root, file), file, selection.namedLinks?.has(file) === true);
  }
}

async function* readFileAsAddedLines(path: string, file: string, isFollowed: boolean): AsyncGenerator<FileDiff> {
  const handle = await openRegularFile(path, isFollowed);
  if (handle === undefined) return;
  try {
    const probe = Buffer.alloc(PROBE_BYTES);
    const { bytesRead } = await handle.read(probe, 0, PROBE_BYTES, 0);
    const content = handle.createReadStream({ start: 0, autoClose: false });
    if (!probe.subarray(0, bytesRead).includes(0)) {
      yield* textAsAddedLines(file, decodeUtf8(content));
      return;
    }
    yield { file, isBinary: true, addedLines: [] };
    yield* blobAsAddedLines(file, content);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * The file open for reading, or undefined when it is gone (deleted after git listed it) or not a file
 * (a link, unless `isFollowed`).
 */
async function openRegularFile(path: string, isFollowed: boolean) {
  try {
    if (!(await (isFollowed ? stat(path) : lstat(path))).isFile()) return undefined;
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, error);
  }
}

export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  yield decoder.end();
}

export function unreadable(path: string, error: unknown): LeakguardError {
  if (error instanceof LeakguardError) return error;
  return new LeakguardError('IO_FAILED', `Could not read ${path}: ${(error as Error).message}`, {
    hint: 'Check the file\'s permissions, or leave it out (.secretignore).',
    cause: error,
  });
}
