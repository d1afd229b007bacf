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

/**
 * `scan --history` reads every commit: in a shallow clone the commits before its boundary are not
 * there, and a secret added and removed in them would go unseen. It fails (exit 2) instead.
 */
export async function assertWholeHistory(root: string): Promise<void> {
  const depth = await shallowDepth(root);
  if (depth === undefined) return;
  throw new LeakguardError('GIT_FAILED', `${root} is a shallow clone (${present(depth)}): the history before it is not here, so --history cannot scan it.`, { hint: DEEPEN_HINT });
}

const DEEPEN_HINT =
  'Fetch the missing history: `git fetch --deepen=<commits>` (or `git fetch --unshallow` for all of it), or the base itself (`git fetch origin <base>`). In CI check out the whole history: `fetch-depth: 0` for actions/checkout, `GIT_DEPTH: 0` in GitLab CI.';

/** Undefined when the repository is not shallow, or git cannot say: the first error then stands. */
async function shallowCloneError(root: string, error: unknown): Promise<LeakguardError | undefined> {
  if (!(error instanceof LeakguardError)) return undefined;
  const depth = await shallowDepth(root).catch(() => undefined);
  if (depth === undefined) return undefined;
  return new LeakguardError('GIT_FAILED', `${root} is a shallow clone (${present(depth)}), so the commits to scan are not all in it: ${error.message}`, { hint: DEEPEN_HINT, cause: error });
}

/** How many of HEAD's commits a shallow clone holds; undefined for a whole one. */
async function shallowDepth(root: string): Promise<string | undefined> {
  // git-rev-parse(1): --is-shallow-repository prints "true" or "false" (git 2.15 and later).
  if ((await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return undefined;
  return (await runGit(root, ['rev-list', '--count', 'HEAD'])).trim();
}

function present(depth: string): string {
  return depth === '1' ? 'only HEAD itself is here' : `only the last ${depth} commits of HEAD are here`;
}
