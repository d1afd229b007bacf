import { streamCommitFilesWhole, streamCommitLog, type CommitLogRequest } from '../git/commit-log';
import { parsePushInput, pushedCommits } from '../git/pushed-commits';
import { readRepoFacts } from '../git/repo-facts';
import type { CommitInfo, ScanReport } from '../model/finding';
import { scanDiffStream, type ScanProgress, type WholeFileRequest } from './scan-diff';
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

const EMPTY_REPORT: ScanReport = { findings: [], suppressed: {}, filesScanned: 0, linesScanned: 0, ignoredFiles: [], binaryFiles: [], commitsScanned: 0 };

/** Scans the lines the selected commits add, each commit against its parent. Reads only. */
export async function scanCommits(options: CommitScanOptions): Promise<ScanReport> {
  const { root } = await readRepoFacts(options.cwd);
  const context = await buildScanContext(root, options);
  const request = await logRequest(root, options.source);
  // git log with no revision would read HEAD: a push of deletions only has nothing to read.
  if (request === undefined) return EMPTY_REPORT;
  const chunks = streamCommitLog(root, { ...request, includeMerges: options.includeMerges === true });
  return scanDiffStream(chunks, { ...context, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }, (requests) => commitFilesWhole(root, requests));
}

/** Each commit's requested files, one `git log` per commit: renames out of ignored paths are rare. */
async function* commitFilesWhole(root: string, requests: readonly WholeFileRequest[]): AsyncGenerator<string> {
  const filesByCommit = new Map<string, string[]>();
  for (const { file, commit } of requests) {
    // Every batch of `git log -p` comes under its commit's line.
    const sha = (commit as CommitInfo).sha;
    filesByCommit.set(sha, [...(filesByCommit.get(sha) ?? []), file]);
  }
  for (const [sha, files] of filesByCommit) yield* streamCommitFilesWhole(root, sha, files);
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
