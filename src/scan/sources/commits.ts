import { parseCommitLog } from '../../diff/parse-commit-log';
import { countCommits, streamCommitFilesWhole, streamCommitLog, type CommitLogRequest } from '../../git/commit-log';
import { parsePushInput, pushedCommits, pushedTags } from '../../git/pushed-commits';
import { readRepoFacts } from '../../git/repo-facts';
import { assertWholeHistory } from '../../git/shallow-clone';
import { readTagObjects, tagsOfAllRefs, type TagObject } from '../../git/tag-objects';
import type { FileDiff } from '../../model/added-line';
import type { CommitInfo } from '../../model/finding';
import { withBlobContent } from '../blob-stage';
import { concat, later } from './batch-streams';
import type { ScanSource, SourceContext, WholeFileRequest } from './source';
import { tagMessageBatches } from './tag-messages';

/** Which commits to read. */
export type CommitSelection =
  /** `--range A..B`, or any revision range git understands. */
  | { readonly kind: 'range'; readonly range: string }
  /** `--since REF`: the commits on HEAD that REF does not have. */
  | { readonly kind: 'since'; readonly ref: string }
  /** `--history`: every commit reachable from any ref. */
  | { readonly kind: 'history' }
  /** What a push would send: the commits of HEAD and every branch that no remote-tracking ref has. */
  | { readonly kind: 'unpushed' }
  /** `--pre-push`: git's pre-push input and the remote's name (or URL). */
  | { readonly kind: 'push'; readonly input: string; readonly remote: string };

/** What a selection reads: commits (none for a push of deletions only) and annotated tags. */
interface CommitsAndTags {
  readonly commits: CommitLogRequest | undefined;
  readonly tags: () => Promise<readonly TagObject[]>;
}

/**
 * The lines the selected commits add, each commit against its parent, and their messages; then the
 * messages of the annotated tags the selection reads. What the pre-push hook, --range, --since and
 * --history scan.
 */
export async function commitsSource(cwd: string, selection: CommitSelection, options: { readonly includeMerges: boolean }): Promise<ScanSource> {
  const { root } = await readRepoFacts(cwd);
  const read = await select(root, selection);
  const blobContext = (context: SourceContext) => ({ root, isIgnoredPath: context.isIgnoredPath });
  // git log with no revision would read HEAD: a push of deletions only has no commit to read.
  const commits = (context: SourceContext) =>
    read.commits === undefined ? [] : withBlobContent(parseCommitLog(streamCommitLog(root, { ...read.commits, includeMerges: options.includeMerges })), blobContext(context));
  return {
    root,
    readsCommits: true,
    // The tags are looked up only once the commits are read: git log starts at once.
    batches: (context) => concat(commits(context), tagMessageBatches(later(read.tags))),
    readWhole: (requests, context) => withBlobContent(commitFilesWhole(root, requests), blobContext(context)),
    countCommits: async () => (read.commits === undefined ? 0 : countCommits(root, read.commits)),
  };
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
async function select(root: string, selection: CommitSelection): Promise<CommitsAndTags> {
  switch (selection.kind) {
    case 'range':
      return { commits: { revisions: [selection.range] }, tags: noTags };
    case 'since':
      return { commits: { revisions: [`${selection.ref}..HEAD`] }, tags: noTags };
    case 'history':
      await assertWholeHistory(root);
      return { commits: { revisions: [], selection: ['--all'] }, tags: async () => readTagObjects(root, await tagsOfAllRefs(root)) };
    case 'unpushed':
      return { commits: { revisions: ['HEAD'], selection: ['--branches', '--not', '--remotes'] }, tags: noTags };
    case 'push': {
      const refs = parsePushInput(selection.input);
      return { commits: await pushedCommits(root, refs, selection.remote), tags: () => pushedTags(root, refs) };
    }
  }
}

const noTags = async (): Promise<readonly TagObject[]> => [];
