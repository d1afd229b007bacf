import { COMMIT_LINE_FORMAT, COMMIT_LINE_ONLY_FORMAT } from '../model/commit-line';
import { STABLE_DIFF_CONFIG, STABLE_DIFF_OPTIONS } from './staged-diff';
import { runGit, streamGit } from './run-git';
import { explainingShallowClone } from './shallow-clone';

export interface CommitLogRequest {
  /** Revisions as `git rev-list` takes them (`A..B`, `sha`, `^sha`), given on stdin so none is read as an option. */
  readonly revisions: readonly string[];
  /** Options that select commits too (`--all`, `--not --remotes=origin`). */
  readonly selection?: readonly string[];
  /** Read merges' combined diffs (only lines no parent had); by default a merge adds nothing. */
  readonly includeMerges?: boolean;
  /** Only these files' changes, named literally. */
  readonly paths?: readonly string[];
  /** Leave the messages out (COMMIT_LINE_ONLY_FORMAT): they were read already. */
  readonly isWithoutMessages?: boolean;
}

/**
 * Options that fix `git log`'s output whatever the user's config says, on top of the diff's own:
 * log.showRoot=false would hide the first commit's diff, log.showSignature adds gpg lines, and
 * i18n.logOutputEncoding would re-encode subjects.
 */
const STABLE_LOG_OPTIONS = ['--root', '--no-show-signature', '--encoding=UTF-8'];

/**
 * `git log --diff-filter` also drops every commit none of whose files pass the filter — an empty
 * commit, a merge read without its diff, a commit that only deletes — and its message with it. The
 * log keeps every commit; --irreversible-delete keeps a deletion as cheap as the filter did (its
 * header, none of the removed lines), and the diff parser adds nothing for a deleted file.
 */
const LOG_DIFF_OPTIONS = [...STABLE_DIFF_OPTIONS.filter((option) => !option.startsWith('--diff-filter=')), '--irreversible-delete'];

/**
 * The commits' changes as one `git log -p` stream, parents before children (`--topo-order --reverse`),
 * so the first commit that adds a line is read first; each commit's message opens its part (see
 * COMMIT_LINE_FORMAT). git computes each diff as it prints it: the stream is as long as the history,
 * and memory here stays as small as one chunk.
 */
export function streamCommitLog(root: string, request: CommitLogRequest): AsyncGenerator<string> {
  const { args, input } = commitLogCommand(request);
  return explainingShallowClone(root, streamGit(root, args, input));
}

/** The `git log` that streamCommitLog runs, and its stdin; exported so that npm run bench's yardstick runs the same git. */
export function commitLogCommand(request: CommitLogRequest): { readonly args: string[]; readonly input: string } {
  const merges = request.includeMerges ? ['--cc'] : ['--diff-merges=off'];
  const format = request.isWithoutMessages ? COMMIT_LINE_ONLY_FORMAT : COMMIT_LINE_FORMAT;
  const args = [...STABLE_DIFF_CONFIG, '--literal-pathspecs', 'log', '-p', ...LOG_DIFF_OPTIONS, ...STABLE_LOG_OPTIONS, `--format=${format}`, ...merges, '--topo-order', '--reverse'];
  return { args: [...args, '--stdin', ...(request.selection ?? []), '--', ...(request.paths ?? [])], input: request.revisions.map((revision) => `${revision}\n`).join('') };
}

/**
 * `files` as `commit` has them, each as a new file with every line added (renames off: the rename is
 * a deletion, filtered out, and an addition), under the commit's line without its message, which the
 * first read had. For files a commit moved out of a path the scan ignores.
 */
export function streamCommitFilesWhole(root: string, commit: string, files: readonly string[]): AsyncGenerator<string> {
  return streamCommitLog(root, { revisions: [commit], selection: ['--no-walk', '--no-renames'], paths: files, isWithoutMessages: true });
}

/**
 * How many commits the request's log will show, for the progress line's total: `git rev-list
 * --count` walks the same commits without computing a single diff (on 5,000 commits about 20 ms,
 * against about 800 ms for the scan), merges included, as the log shows them (their messages are read).
 */
export async function countCommits(root: string, request: CommitLogRequest): Promise<number> {
  const input = request.revisions.map((revision) => `${revision}\n`).join('');
  return Number((await runGit(root, ['rev-list', '--count', '--stdin', ...(request.selection ?? []), '--'], input)).trim());
}
