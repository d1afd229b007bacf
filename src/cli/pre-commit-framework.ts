import { runGit } from '../git/run-git';
import type { CommitSelection } from '../scan/sources/commits';
import { emptyIndexUnderFramework, frameworkPushWithoutRefs } from './messages/pre-commit-framework';

/* What leakguard's hooks in the pre-commit framework's manifest (.pre-commit-hooks.yaml) need. */

/**
 * The staged scan when the framework runs it: its hooks run with the files pre-commit chose, and for
 * `pre-commit run --all-files` or `--files` that is not the staged change. A commit always has one
 * (pre-commit skips a hook that has no files), so nothing staged means files were given that the staged
 * scan would not read: say so rather than pass having read nothing.
 */
export async function refuseEmptyIndex(cwd: string): Promise<void> {
  const staged = await runGit(cwd, ['diff', '--cached', '--name-only', '--no-renames']);
  if (staged.trim() === '') throw emptyIndexUnderFramework();
}

/**
 * The push the framework's pre-push stage hands its hooks. Its hook-impl has read git's refs from
 * stdin (nothing is left there) and exports one pushed ref (pre_commit/commands/hook_impl.py,
 * _pre_push_ns): PRE_COMMIT_FROM_REF..PRE_COMMIT_TO_REF, the commits the remote lacks; or, for a
 * branch whose history reaches a root commit the remote does not have, no range but the local ref and
 * the remote's name: then every commit of it the remote's branches do not have.
 */
export async function frameworkPush(cwd: string, env: NodeJS.ProcessEnv): Promise<CommitSelection> {
  const from = env['PRE_COMMIT_FROM_REF'];
  const to = env['PRE_COMMIT_TO_REF'];
  if (from && to) return { kind: 'range', range: `${from}..${to}` };
  const localRef = env['PRE_COMMIT_LOCAL_BRANCH'];
  const remote = env['PRE_COMMIT_REMOTE_NAME'];
  if (!localRef || !remote || localRef.startsWith('-')) throw frameworkPushWithoutRefs();
  const localSha = (await runGit(cwd, ['rev-parse', '--verify', '--quiet', localRef])).trim();
  // git's own pre-push line for a new remote branch: its remote sha is all zeros (githooks(5)).
  const input = `${localRef} ${localSha} ${env['PRE_COMMIT_REMOTE_BRANCH'] ?? localRef} ${'0'.repeat(localSha.length)}\n`;
  return { kind: 'push', input, remote };
}
