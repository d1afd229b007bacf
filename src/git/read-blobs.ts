import type { LeakguardError } from '../model/errors';
import { GitProcess } from './run-git';

/** What `git cat-file --batch` says of an object, and its content in chunks. */
export interface Blob {
  readonly size: number;
  /** The first `limit` bytes (all of it when smaller); the rest is read past, never kept. */
  readonly chunks: AsyncGenerator<Buffer>;
}

/**
 * Reads blobs from the object database through ONE `git cat-file --batch` process, started with the
 * first request: a scan without binary files never starts it. For each object id written on its stdin
 * git answers `<oid> <type> <size>\n<content>\n`, or `<oid> missing\n` (git-cat-file(1), "BATCH
 * OUTPUT"). The index's blobs are objects too (`git add` writes them), so the staged change, the
 * temporary index of `git commit -a` and every commit of a log are read the same way. Requests are
 * answered in order: a blob's chunks are read before the next request (what is left is skipped).
 */
export class BlobReader {
  private process: CatFile | undefined;

  constructor(private readonly root: string) {}

  /** The blob, or undefined when the object database does not have it (a partial clone, a broken repository). */
  async read(oid: string, limit: number): Promise<Blob | undefined> {
    const catFile = (this.process ??= new CatFile(this.root));
    return catFile.request(oid, limit);
  }

  async close(): Promise<void> {
    await this.process?.close();
  }
}

const OBJECTS_HINT = 'Check that this is a git repository and that its objects are readable (`git fsck`).';

class CatFile {
  private readonly git: GitProcess;
  private readonly output: ByteStream;
  /** Bytes of the previous answer not read yet, its closing newline included: skipped before the next. */
  private unread = 0;

  constructor(root: string) {
    // The environment is inherited: in a hook, git's GIT_DIR and GIT_OBJECT_DIRECTORY say where objects are.
    this.git = new GitProcess(root, ['cat-file', '--batch']);
    this.output = new ByteStream(this.git.stdout[Symbol.asyncIterator]());
  }

  async request(oid: string, limit: number): Promise<Blob | undefined> {
    if (!(await this.output.skip(this.unread))) throw this.failure('it ended inside an object');
    this.unread = 0;
    this.git.stdin.write(`${oid}\n`);
    const header = await this.output.readLine();
    if (header === undefined) throw this.failure(`it ended before answering for ${oid}`);
    const [, type, size] = header.split(' ');
    if (type === 'missing') return undefined;
    if (size === undefined || !/^\d+$/.test(size)) throw this.failure(`it answered "${header.slice(0, 100)}" for ${oid}`);
    const total = Number(size);
    this.unread = total + 1;
    return { size: total, chunks: this.body(Math.min(total, limit)) };
  }

  private async *body(kept: number): AsyncGenerator<Buffer> {
    let remaining = kept;
    while (remaining > 0) {
      const chunk = await this.output.readUpTo(remaining);
      if (chunk === undefined) throw this.failure('it ended inside an object');
      this.unread -= chunk.length;
      remaining -= chunk.length;
      yield chunk;
    }
  }

  async close(): Promise<void> {
    this.git.stdin.end();
    // Reading on lets git write the rest of an answer nobody wanted, and exit.
    while ((await this.output.readUpTo(64 * 1024)) !== undefined) continue;
    await this.git.finish(OBJECTS_HINT);
  }

  private failure(problem: string): LeakguardError {
    return this.git.failure(problem, OBJECTS_HINT);
  }
}

/** A byte stream read by lines and by counted bytes, as git's batch output needs. */
class ByteStream {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  async readLine(): Promise<string | undefined> {
    for (;;) {
      const end = this.buffered.indexOf(0x0a);
      if (end >= 0) {
        const line = this.buffered.subarray(0, end).toString('utf8');
        this.buffered = this.buffered.subarray(end + 1);
        return line;
      }
      if (!(await this.fill())) return undefined;
    }
  }

  /** At most `count` bytes, as soon as any are there; undefined at the end of the stream. */
  async readUpTo(count: number): Promise<Buffer | undefined> {
    if (this.buffered.length === 0 && !(await this.fill())) return undefined;
    const chunk = this.buffered.subarray(0, count);
    this.buffered = this.buffered.subarray(chunk.length);
    return chunk;
  }

  /** Reads past `count` bytes; false if the stream ends first. */
  async skip(count: number): Promise<boolean> {
    for (let remaining = count; remaining > 0; ) {
      const chunk = await this.readUpTo(remaining);
      if (chunk === undefined) return false;
      remaining -= chunk.length;
    }
    return true;
  }

  private async fill(): Promise<boolean> {
    const next = await this.source.next();
    if (next.done) return false;
    this.buffered = this.buffered.length === 0 ? (next.value as Buffer) : Buffer.concat([this.buffered, next.value as Buffer]);
    return true;
  }
}
