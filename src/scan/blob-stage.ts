import type { PathPredicate } from '../allow/path-ignore';
import type { FileDiff } from '../model/added-line';
import type { BlobContentReader } from './blob-content';

/** Where blobs come from, and which files are not to be read at all. */
export interface BlobStageContext {
  readonly root: string;
  readonly isIgnoredPath: PathPredicate;
}

/**
 * The stage between the diff and the scan for what the diff does not show: a file git will not diff
 * as text (a NUL byte, a `binary` or `-diff` attribute, a diff driver with `binary = true`, a size over
 * core.bigFileThreshold, UTF-16) arrives as an empty batch marked binary, and a Git LFS pointer as its
 * three lines of text. Each is passed on, followed by the batches of what its blob (or LFS object)
 * adds. The reader, its module and its `git cat-file` process are loaded with the first such file: a
 * change without one pays one look at each batch.
 */
export async function* withBlobContent(source: AsyncIterable<readonly FileDiff[]>, context: BlobStageContext): AsyncGenerator<readonly FileDiff[]> {
  let reader: BlobContentReader | undefined;
  try {
    for await (const batches of source) {
      if (!batches.some((batch) => needsBlob(batch, context.isIgnoredPath))) {
        yield batches;
        continue;
      }
      reader ??= new (await import('./blob-content')).BlobContentReader(context.root);
      for (const batch of batches) {
        yield [batch];
        if (needsBlob(batch, context.isIgnoredPath)) for await (const content of reader.contentOf(batch)) yield [content];
      }
    }
  } finally {
    await reader?.close();
  }
}

/** `oid sha256:<64 hex>`, the object line of a Git LFS pointer (git-lfs docs/spec.md, "The Pointer"). */
const LFS_OID_PREFIX = 'oid sha256:';
const LFS_OID_LINE_LENGTH = LFS_OID_PREFIX.length + 64;

function needsBlob(batch: FileDiff, isIgnoredPath: PathPredicate): boolean {
  if (batch.blobs === undefined || isIgnoredPath(batch.file)) return false;
  return batch.isBinary || batch.addedLines.some(({ text }) => text.length === LFS_OID_LINE_LENGTH && text.startsWith(LFS_OID_PREFIX));
}
