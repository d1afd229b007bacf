import type { PrintableRunPlace } from '../model/added-line';
import { createChunkDecoder, type ChunkDecoder, type TextEncoding } from './chunk-decoder';
import { concatBytes } from './concat-bytes';
import { detectBlobKind, type BlobKind } from './detect-blob-kind';
import { LineSplitter } from './line-splitter';
import { PrintableRunFinder, type PrintableRun } from './printable-runs';

/** As much as git looks at to call a file binary (xdiff's buffer_is_binary: a NUL in the first 8000 bytes). */
export const PROBE_BYTES = 8000;

/** One line of a blob as the scan reads it: a line of text, or a printable run of a binary. */
export interface BlobLine {
  /** 1-based: the line's number in the blob, or the run's number among the blob's runs. */
  readonly line: number;
  readonly text: string;
  readonly run?: PrintableRunPlace;
}

/**
 * A blob's bytes, chunk by chunk, to the lines the scan reads: lines of text in the encoding the first
 * PROBE_BYTES show, or a binary's printable runs. Lines are numbered as they are in the blob.
 */
export class BlobLineReader {
  private probe: Uint8Array[] = [];
  private probeLength = 0;
  private sink: LineSink | undefined;

  /** What the blob turned out to be; known once PROBE_BYTES have arrived, or at the end. */
  get kind(): BlobKind | undefined {
    return this.sink?.kind;
  }

  write(bytes: Uint8Array): BlobLine[] {
    if (this.sink !== undefined) return this.sink.write(bytes);
    this.probe.push(bytes);
    this.probeLength += bytes.length;
    return this.probeLength >= PROBE_BYTES ? this.start() : [];
  }

  end(): BlobLine[] {
    const first = this.sink === undefined ? this.start() : [];
    return [...first, ...(this.sink as LineSink).end()];
  }

  private start(): BlobLine[] {
    const probe = concatBytes(...this.probe);
    this.probe = [];
    const { kind, bomLength } = detectBlobKind(probe);
    this.sink = kind === 'binary' ? new RunSink() : new TextSink(kind);
    return this.sink.write(probe.subarray(bomLength));
  }
}

interface LineSink {
  readonly kind: BlobKind;
  write(bytes: Uint8Array): BlobLine[];
  end(): BlobLine[];
}

/** Lines split on "\n", a "\r" before it dropped, as the diff parser does. */
class TextSink implements LineSink {
  private readonly decoder: ChunkDecoder;
  private readonly splitter = new LineSplitter();
  private lineNumber = 0;

  constructor(readonly kind: TextEncoding) {
    this.decoder = createChunkDecoder(kind);
  }

  write(bytes: Uint8Array): BlobLine[] {
    return this.numbered(this.splitter.push(this.decoder.write(bytes)));
  }

  end(): BlobLine[] {
    return this.numbered([...this.splitter.push(this.decoder.end()), ...this.splitter.end()]);
  }

  private numbered(texts: readonly string[]): BlobLine[] {
    return texts.map((text) => ({ line: ++this.lineNumber, text: text.endsWith('\r') ? text.slice(0, -1) : text }));
  }
}

class RunSink implements LineSink {
  readonly kind = 'binary';
  private readonly finder = new PrintableRunFinder();
  private runNumber = 0;

  write(bytes: Uint8Array): BlobLine[] {
    return this.numbered(this.finder.write(bytes));
  }

  end(): BlobLine[] {
    return this.numbered(this.finder.end());
  }

  private numbered(runs: readonly PrintableRun[]): BlobLine[] {
    return runs.map(({ text, byteOffset, encoding }) => ({ line: ++this.runNumber, text, run: { byteOffset, encoding } }));
  }
}
