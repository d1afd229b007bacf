import { COMMIT_LINE_FORMAT } from '../model/commit-line';
import { STABLE_DIFF_CONFIG, STABLE_DIFF_OPTIONS } from './staged-diff';
import { streamGit } from './stream-git';

export interface CommitLogRequest {
  /** Revisions as `git rev-list` takes them (`A..B`, `sha`, `^sha`), given on stdin so none is read as an option. */
  readonly revisions: readonly string[];
  /** Options that select commits too (`--all`, `--not --remotes=origin`). */
  readonly selection?: readonly string[];
  /** Read merges' combined diffs (only lines no parent had); by default a merge adds nothing. */
  readonly includeMerges?: boolean;
  /** Only these files' changes, named literally. */
  readonly paths?: readonly string[];
}

/**
 * Options that fix `git log`'s output whatever the user's config says, on top of the diff's own:
 * log.showRoot=false would hide the first commit's diff, log.showSignature adds gpg lines, and
 * i18n.logOutputEncoding would re-encode subjects.
 */
const STABLE_LOG_OPTIONS = ['--root', '--no-show-signature', '--encoding=UTF-8', `--format=${COMMIT_LINE_FORMAT}`];

/**
 * The commits' changes as one `git log -p` stream, parents before children (`--topo-order --reverse`),
 * so the first commit that adds a line is read first. git computes each diff as it prints it: the
 * stream is as long as the history, and memory here stays as small as one chunk.
 */
export function streamCommitLog(root: string, request: CommitLogRequest): AsyncGenerator<string> {
  const merges = request.includeMerges ? ['--cc'] : ['--diff-merges=off'];
  const args = [...STABLE_DIFF_CONFIG, '--literal-pathspecs', 'log', '-p', ...STABLE_DIFF_OPTIONS, ...STABLE_LOG_OPTIONS, ...merges, '--topo-order', '--reverse'];
  return streamGit(root, [...args, '--stdin', ...(request.selection ?? []), '--', ...(request.paths ?? [])], request.revisions.map((revision) => `${revision}\n`).join(''));
}

/**
 * `files` as `commit` has them, each as a new file with every line added (renames off: the rename is
 * a deletion, filtered out, and an addition), under the commit's own line. For files a commit moved
 * out of a path the scan ignores.
 */
export function streamCommitFilesWhole(root: string, commit: string, files: readonly string[]): AsyncGenerator<string> {
  return streamCommitLog(root, { revisions: [commit], selection: ['--no-walk', '--no-renames'], paths: files });
}
