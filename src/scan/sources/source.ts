import type { PathPredicate } from '../../allow/path-ignore';
import type { FileDiff } from '../../model/added-line';
import type { CommitInfo } from '../../model/finding';

/**
 * Where a scan reads from: the staged change, commits, files, piped text, a commit message, HEAD's
 * tree. Each source is one file in this folder; the pipeline (scan/pipeline.ts) reads every source
 * the same way, and the `scan` command picks one from its table (cli/scan-sources.ts).
 */
export interface ScanSource {
  /** The directory whose config, .secretignore and baseline apply: the repository root, or where the files are. */
  readonly root: string;
  /** Whether its batches come from commits and carry their CommitInfo: the report then counts commits. */
  readonly readsCommits: boolean;
  /**
   * The added lines, as batches of FileDiff: batches of one file arrive in order and together, each of
   * bounded size, so memory stays bounded. A file the context ignores may arrive as an empty batch
   * (so the report lists it) and is never read.
   */
  batches(context: SourceContext): AsyncIterable<readonly FileDiff[]>;
  /**
   * For a source whose diff shows renames: the files asked for, read whole (every line added). The
   * pipeline asks for a file renamed out of a path it does not scan, or away from baseline entries.
   */
  readonly readWhole?: (requests: readonly WholeFileRequest[], context: SourceContext) => AsyncIterable<readonly FileDiff[]>;
  /** For a source of commits, how many it will read: the progress line's total. Asked only for a terminal. */
  readonly countCommits?: () => Promise<number>;
}

/** What a source may need to know of the scan: which files not to read at all. */
export interface SourceContext {
  readonly isIgnoredPath: PathPredicate;
}

/** A file a diff showed as a rename, to be read whole: in the staged change or in `commit`. */
export interface WholeFileRequest {
  readonly file: string;
  readonly commit?: CommitInfo;
}
