import { LeakguardError } from '../model/errors';

/**
 * Asks git a question whose answer is small (rev-parse, config, ls-files) through simple-git. It is
 * loaded on first use, not at start-up: most runs of the hook need only one or two answers.
 */
export async function queryGit(cwd: string, args: readonly string[]): Promise<string> {
  const { simpleGit } = await import('simple-git');
  try {
    return await simpleGit({ baseDir: cwd }).raw([...args]);
  } catch (error) {
    throw new LeakguardError('GIT_FAILED', `git ${args.join(' ')} failed in ${cwd}: ${(error as Error).message.trim()}`, {
      hint: 'Check that git works in this directory (`git status`).',
      cause: error,
    });
  }
}
