import { streamCommitFilesWhole, streamCommitLog, type CommitLogRequest } from '../git/commit-log';
import { parsePushInput, pushedCommits, pushedTags } from '../git/pushed-commits';
import { readRepoFacts } from '../git/repo-facts';
import { readTagObjects, tagsOfAllRefs, type TagObject } from '../git/tag-objects';
import { parseCommitLog } from '../diff/parse-commit-log';
import type { FileDiff } from '../model/added-line';
import type { CommitInfo, ScanReport } from '../model/finding';
import type { ScanProgress, WholeFileRequest } from './scan-diff';
import { scanFileBatches } from './scan-diff';
import { concat } from './scan-files';
import { tagMessageBatches } from './scan-messages';
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

/** What a source reads: commits (none for a push of deletions only) and annotated tags. */
interface Selection {
  readonly commits: CommitLogRequest | undefined;
  readonly tags: () => Promise<readonly TagObject[]>;
}

/**
 * Scans the lines the selected commits add, each commit against its parent, and their messages; then
 * the messages of the annotated tags the source reads. Reads only.
 */
export async function scanCommits(options: CommitScanOptions): Promise<ScanReport> {
  const { root } = await readRepoFacts(options.cwd);
  const context = await buildScanContext(root, options);
  const selection = await select(root, options.source);
  // git log with no revision would read HEAD: a push of deletions only has no commit to read.
  const commits = selection.commits === undefined ? [] : parseCommitLog(streamCommitLog(root, { ...selection.commits, includeMerges: options.includeMerges === true }));
  const batches = concat(commits, tagMessageBatches(eachOf(selection.tags)));
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  const report = await scanFileBatches(batches, { ...context, ...progress }, (requests) => commitFilesWhole(root, requests));
  return { ...report, commitsScanned: report.commitsScanned ?? 0 };
}

/** Each commit's requested files, one `git log` per commit: renames out of ignored paths are rare. */
async function* commitFilesWhole(root: string, requests: readonly WholeFileRequest[]): AsyncGenerator<readonly FileDiff[]> {
  const filesByCommit = new Map<string, string[]>();
  for (const { file, commit } of requests) {
    // Every batch of `git log -p` comes under its commit's line.
    const sha = (commit as CommitInfo).sha;
    filesByCommit.set(sha, [...(filesByCommit.get(sha) ?? []), file]);
  }
  for (const [sha, files] of filesByCommit) yield* parseCommitLog(streamCommitFilesWhole(root, sha, files));
}

/**
 * A range names commits, not tags: --range and --since read no tag. A push reads the tags it sends,
 * the history every annotated tag a ref points at (and the tags those tag).
 */
async function select(root: string, source: CommitSource): Promise<Selection> {
  switch (source.kind) {
    case 'range':
      return { commits: { revisions: [source.range] }, tags: noTags };
    case 'since':
      return { commits: { revisions: [`${source.ref}..HEAD`] }, tags: noTags };
    case 'history':
      return { commits: { revisions: [], selection: ['--all'] }, tags: async () => readTagObjects(root, await tagsOfAllRefs(root)) };
    case 'push': {
      const refs = parsePushInput(source.input);
      return { commits: await pushedCommits(root, refs, source.remote), tags: () => pushedTags(root, refs) };
    }
  }
}

const noTags = async (): Promise<readonly TagObject[]> => [];

/** The tags are looked up only once the commits are read: git log starts at once. */
async function* eachOf(tags: () => Promise<readonly TagObject[]>): AsyncGenerator<TagObject> {
  yield* await tags();
}
