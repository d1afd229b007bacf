import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

/**
 * simple-git by default also arms a 50 ms timer when git exits, which keeps node alive 50 ms after the
 * scan is done: a third of the hook's time. The questions asked here close their pipes on exit.
 */
const ANSWER_ON_CLOSE = { onClose: true, onExit: false } as const;

/**
 * Asks git a question whose answer is small (rev-parse, config, ls-files) through simple-git. It is
 * loaded on first use, not at start-up: most runs of the hook need only one or two answers.
 */
export async function queryGit(cwd: string, args: readonly string[]): Promise<string> {
  const { simpleGit } = await import('simple-git');
  try {
    return await simpleGit({ baseDir: cwd, completion: ANSWER_ON_CLOSE }).raw([...args]);
  } catch (error) {
    // git echoes the revisions it was given (see streamGit's gitError): what it says is redacted.
    throw new LeakguardError('GIT_FAILED', `${redactQuoted(`git ${args.join(' ')}`)} failed in ${cwd}: ${redactQuoted((error as Error).message.trim())}`, {
      hint: 'Check that git works in this directory (`git status`).',
      cause: error,
    });
  }
}
