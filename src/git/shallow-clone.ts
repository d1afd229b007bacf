import { LeakguardError } from '../model/errors';
import { runGit } from './run-git';

/**
 * CI checks out one commit unless told otherwise (actions/checkout's `fetch-depth: 1`, GitLab's
 * `GIT_DEPTH`), so the base of a range is often not in the clone, and git says only "bad revision" or
 * "Invalid revision range". A log that fails in a shallow clone says so, and how to deepen it.
 */
export async function* explainingShallowClone(root: string, log: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    yield* log;
  } catch (error) {
    throw (await shallowCloneError(root, error)) ?? error;
  }
}

/** Undefined when the repository is not shallow, or git cannot say: the first error then stands. */
async function shallowCloneError(root: string, error: unknown): Promise<LeakguardError | undefined> {
  if (!(error instanceof LeakguardError)) return undefined;
  try {
    // git-rev-parse(1): --is-shallow-repository prints "true" or "false" (git 2.15 and later).
    if ((await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return undefined;
    const depth = (await runGit(root, ['rev-list', '--count', 'HEAD'])).trim();
    const present = depth === '1' ? 'only HEAD itself is here' : `only the last ${depth} commits of HEAD are here`;
    return new LeakguardError('GIT_FAILED', `${root} is a shallow clone (${present}), so the commits to scan are not all in it: ${error.message}`, {
      hint: 'Fetch the missing history: `git fetch --deepen=<commits>` (or `git fetch --unshallow` for all of it), or the base itself (`git fetch origin <base>`). In CI check out the whole history: `fetch-depth: 0` for actions/checkout, `GIT_DEPTH: 0` in GitLab CI.',
      cause: error,
    });
  } catch {
    return undefined;
  }
}
