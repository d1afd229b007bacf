import { readRepoFacts } from '../../git/repo-facts';
import { LeakguardError } from '../../model/errors';

/** The repository root `cwd` is in; outside a repository, `cwd` itself, whose files are then walked. */
export async function locateRoot(cwd: string): Promise<{ root: string; isRepository: boolean }> {
  try {
    return { root: (await readRepoFacts(cwd)).root, isRepository: true };
  } catch (error) {
    // Only the plain absence of a repository means "walk the directories"; a repository git refuses
    // (dubious ownership) is reported, or .gitignore would silently stop counting.
    if (error instanceof LeakguardError && error.code === 'NOT_A_REPOSITORY') return { root: cwd, isRepository: false };
    throw error;
  }
}
