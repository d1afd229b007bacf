import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { blobAsAddedLines, decodedLines } from '../diff/blob-as-added-lines';
import { BlobLineReader } from '../diff/decode-blob';
import { LineMultiset } from '../diff/line-multiset';
import { lfsObjectLocator } from '../git/lfs-store';
import { BlobReader } from '../git/read-blobs';
import type { FileBlobs, FileDiff } from '../model/added-line';
import { LeakguardError } from '../model/errors';

/**
 * A blob or LFS object is read up to this size. A larger one is scanned that far and listed as not
 * scanned: reading on would take minutes in a hook, and the old version's lines are held in memory.
 */
export const MAX_BLOB_BYTES = 100 * 1024 * 1024;
/** git-lfs writes pointers of about 130 bytes; a blob this size or larger is not one. */
const MAX_POINTER_BYTES = 1024;
const LFS_VERSION_LINE = 'version https://git-lfs.github.com/spec/v1';
const LFS_OID_LINE = /^oid sha256:([0-9a-f]{64})$/m;

/** Why a file is listed as not scanned: the report shows these words. */
const REASONS = {
  tooLarge: `larger than ${MAX_BLOB_BYTES / 1024 / 1024} MB: only its first ${MAX_BLOB_BYTES / 1024 / 1024} MB were scanned`,
  blobMissing: (oid: string) => `its blob ${oid.slice(0, 12)} is not in the object database (a partial clone?)`,
  lfsObjectMissing: (oid: string) => `its Git LFS object ${oid.slice(0, 12)} is not in the local store (\`git lfs fetch\` brings it)`,
} as const;

/** Content that can be opened: a blob of the object database or a file of the LFS store. */
interface ContentSource {
  open(): Promise<{ readonly size: number; readonly chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> } | undefined>;
  readonly missingReason: string;
}

/**
 * What a file's blob adds: its lines (decoded from UTF-8, UTF-16 or UTF-32) or, for a real binary,
 * its printable runs, less those its old version has (a multiset difference by text). Line and run
 * numbers are those of the new version.
 */
export class BlobContentReader {
  private readonly blobs: BlobReader;
  private locateLfsObject: Promise<(oid: string) => string> | undefined;

  constructor(private readonly root: string) {
    this.blobs = new BlobReader(root);
  }

  async *contentOf(batch: FileDiff): AsyncGenerator<FileDiff> {
    const blobs = batch.blobs as FileBlobs;
    if (batch.isBinary) yield* this.newContent(batch, blobs.old.map((oid) => this.blob(oid)), this.blob(blobs.new));
    else yield* this.lfsContent(batch, blobs);
  }

  close(): Promise<void> {
    return this.blobs.close();
  }

  /** A pointer's object, against the objects of its old pointers; a text file that only looked like one adds nothing. */
  private async *lfsContent(batch: FileDiff, blobs: FileBlobs): AsyncGenerator<FileDiff> {
    const oid = await this.pointedObject(blobs.new);
    if (oid === undefined) return;
    const oldOids: string[] = [];
    for (const old of blobs.old) {
      const oldOid = await this.pointedObject(old);
      if (oldOid !== undefined) oldOids.push(oldOid);
    }
    const locate = await (this.locateLfsObject ??= lfsObjectLocator(this.root));
    const source = (lfsOid: string): ContentSource => fileSource(locate(lfsOid), REASONS.lfsObjectMissing(lfsOid));
    yield* this.newContent(batch, oldOids.map(source), source(oid));
  }

  private async pointedObject(blobOid: string): Promise<string | undefined> {
    const blob = await this.blobs.read(blobOid, MAX_POINTER_BYTES);
    if (blob === undefined || blob.size >= MAX_POINTER_BYTES) return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of blob.chunks) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    return text.startsWith(`${LFS_VERSION_LINE}\n`) ? LFS_OID_LINE.exec(text)?.[1] : undefined;
  }

  private blob(oid: string): ContentSource {
    return { open: () => this.blobs.read(oid, MAX_BLOB_BYTES), missingReason: REASONS.blobMissing(oid) };
  }

  private async *newContent(batch: FileDiff, oldSources: readonly ContentSource[], newSource: ContentSource): AsyncGenerator<FileDiff> {
    const old = new LineMultiset();
    for (const source of oldSources) {
      // An old version that cannot be read counts as empty: everything is new, nothing slips through.
      const content = await source.open();
      if (content !== undefined) for await (const lines of decodedLines(new BlobLineReader(), content.chunks)) for (const line of lines) old.add(line.text);
    }
    const content = await newSource.open();
    if (content === undefined) {
      yield notScanned(batch, newSource.missingReason);
      return;
    }
    for await (const added of blobAsAddedLines(batch.file, content.chunks, (line) => !old.take(line.text))) {
      yield batch.commit ? { ...added, commit: batch.commit } : added;
    }
    if (content.size > MAX_BLOB_BYTES) yield notScanned(batch, REASONS.tooLarge);
  }
}

function notScanned(batch: FileDiff, reason: string): FileDiff {
  return { file: batch.file, isBinary: false, addedLines: [], notScanned: reason, ...(batch.commit ? { commit: batch.commit } : {}) };
}

function fileSource(path: string, missingReason: string): ContentSource {
  return {
    missingReason,
    async open() {
      const size = await stat(path).then(
        (stats) => stats.size,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return undefined;
          throw new LeakguardError('IO_FAILED', `Could not read ${path}: ${error.message}`, { hint: 'Check the file\'s permissions.', cause: error });
        },
      );
      if (size === undefined) return undefined;
      const chunks = size === 0 ? [] : createReadStream(path, { start: 0, end: Math.min(size, MAX_BLOB_BYTES) - 1 });
      return { size, chunks };
    },
  };
}
