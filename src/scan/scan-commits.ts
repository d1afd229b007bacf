import { streamCommitLog, type CommitLogRequest } from '../git/commit-log';
import { parsePushInput, pushedCommits } from '../git/pushed-commits';
import { readRepoFacts } from '../git/repo-facts';
import type { ScanReport, UnscannablePolicy } from '../model/finding';
import { scanDiffStream, type ScanProgress } from './scan-diff';
import { buildScanContext, type StagedScanOptions } from './scan-staged';

/** Which commits to read. */
export type CommitSource =
  /** `--range A..B`, or any revision range git understands. */
  | { readonly kind: 'range'; readonly range: string }
  /** `--since REF`: the commits on HEAD that REF does not have. */
  | { readonly kind: 'since'; readonly ref: string }
  /** `--history`: every commit reachable from any ref. */
  | { readonly kind: 'history' }
  /** `--pre-push`: git's pre-push input and the remote's name (or URL). */
  | { readonly kind: 'push'; readonly input: string; readonly remote: string };

export interface CommitScanOptions extends StagedScanOptions {
  readonly source: CommitSource;
  readonly includeMerges?: boolean;
  readonly onProgress?: (progress: ScanProgress) => void;
}


/** Scans the lines the selected commits add, each commit against its parent. Reads only. */
export async function scanCommits(options: CommitScanOptions): Promise<ScanReport> {
  const { root } = await readRepoFacts(options.cwd);
  const context = await buildScanContext(root, options);
  const request = await logRequest(root, options.source);
  // git log with no revision would read HEAD: a push of deletions only has nothing to read.
  if (request === undefined) return emptyReport(context.unscannable);
  const chunks = streamCommitLog(root, { ...request, includeMerges: options.includeMerges === true });
  return scanDiffStream(chunks, { ...context, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

function emptyReport(unscannable: UnscannablePolicy): ScanReport {
  return { findings: [], suppressed: {}, filesScanned: 0, linesScanned: 0, ignoredFiles: [], binaryFiles: [], notScanned: [], unscannable, commitsScanned: 0 };
}

async function logRequest(root: string, source: CommitSource): Promise<CommitLogRequest | undefined> {
  switch (source.kind) {
    case 'range':
      return { revisions: [source.range] };
    case 'since':
      return { revisions: [`${source.ref}..HEAD`] };
    case 'history':
      return { revisions: [], selection: ['--all'] };
    case 'push':
      return pushedCommits(root, parsePushInput(source.input), source.remote);
  }
}
