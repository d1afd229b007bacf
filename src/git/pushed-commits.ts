import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';
import type { CommitLogRequest } from './commit-log';
import { runGit } from './run-git';
import { readTagObjects, tagsAmong, type TagObject } from './tag-objects';

/** One line of what git gives the pre-push hook on stdin (githooks(5), "pre-push"). */
export interface PushedRef {
  readonly localRef: string;
  readonly localSha: string;
  readonly remoteRef: string;
  readonly remoteSha: string;
}

/** A full object name: 40 hex digits, or 64 in a SHA-256 repository. */
const OBJECT_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** `<local ref> SP <local sha> SP <remote ref> SP <remote sha> LF` per ref being pushed. */
export function parsePushInput(text: string): PushedRef[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [localRef = '', localSha = '', remoteRef = '', remoteSha = '', ...rest] = line.split(' ');
      if (rest.length > 0 || !OBJECT_NAME.test(localSha) || !OBJECT_NAME.test(remoteSha)) {
        // Quoted redacted: whatever was piped in may be anything, a token included.
        throw new LeakguardError('USAGE', `this is not a line of git's pre-push input: "${redactQuoted(line)}"`, {
          hint: 'scan --pre-push reads what git gives the pre-push hook: "<local ref> <local sha> <remote ref> <remote sha>" per line.',
        });
      }
      return { localRef, localSha, remoteRef, remoteSha };
    });
}

/** The all-zero name git uses for "no object": a deleted ref (local side) or a new one (remote side). */
const isZero = (sha: string): boolean => /^0+$/.test(sha);

/**
 * The commits a push sends that the remote does not have yet, as a `git log` request; undefined when
 * there are none to read (only deletions). Included: every commit reachable from a pushed sha. Left
 * out: what the remote has — every sha it has for the pushed refs (when this repository has it: after
 * someone else's push it may not) and everything under refs/remotes/<remote>/. A new branch is thus
 * compared with all the remote's branches, a fast-forward with its old tip, a force push with both;
 * a remote this repository knows no refs of (a first push, a URL) gets every reachable commit.
 */
export async function pushedCommits(root: string, refs: readonly PushedRef[], remote: string): Promise<CommitLogRequest | undefined> {
  const updates = refs.filter((ref) => !isZero(ref.localSha));
  if (updates.length === 0) return undefined;
  const remoteShas = refs.map((ref) => ref.remoteSha).filter((sha) => !isZero(sha));
  const commits = await peelToCommits(root, [...updates.map((ref) => ref.localSha), ...remoteShas]);
  const pushed = updates.map((ref) => commits.get(ref.localSha)).filter((sha): sha is string => sha !== undefined);
  // A tag of a tree or a blob has no commits to read.
  if (pushed.length === 0) return undefined;
  const known = remoteShas.map((sha) => commits.get(sha)).filter((sha): sha is string => sha !== undefined);
  return { revisions: [...pushed, ...known.map((sha) => `^${sha}`)], selection: ['--not', `--remotes=${remote}`] };
}

/**
 * The annotated tags a push sends: each pushed sha that is a tag object (a tag pushed by name, with
 * --tags or --follow-tags), and the tags it points at for a tag of a tag. A tag the remote already has
 * at a pushed ref's old sha is left out; one it has under another name is read again (this repository
 * does not know the remote's tags).
 */
export async function pushedTags(root: string, refs: readonly PushedRef[]): Promise<TagObject[]> {
  const remoteShas = new Set(refs.map((ref) => ref.remoteSha));
  const updates = refs.filter((ref) => !isZero(ref.localSha) && !remoteShas.has(ref.localSha));
  const tags = await readTagObjects(root, await tagsAmong(root, updates.map((ref) => ref.localSha)));
  return tags.filter((tag) => !remoteShas.has(tag.sha));
}

/**
 * Each name's commit, peeling annotated tags, for the names this repository has; one git call for all
 * (git-cat-file(1), --batch-check: "<name> missing" for an unknown or unpeelable name).
 */
async function peelToCommits(root: string, shas: readonly string[]): Promise<Map<string, string>> {
  const input = shas.map((sha) => `${sha}^{commit}\n`).join('');
  const answers = (await runGit(root, ['cat-file', '--batch-check=%(objectname)'], input)).split('\n');
  const commits = new Map<string, string>();
  shas.forEach((sha, index) => {
    const answer = answers[index] ?? '';
    if (OBJECT_NAME.test(answer)) commits.set(sha, answer);
  });
  return commits;
}
