import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';

const BUG_REPORT = "This is a bug in leakguard: please report it, with the output above, on the issue tracker linked from leakguard's README.";

/**
 * A user error prints its message and the fix; anything else is a bug and prints the stack. Neither
 * prints an error's cause in full: git's or a parser's text could quote a line that holds a secret.
 * A user error's message redacts what it quotes where it is made; a bug's message was made by code that
 * did not expect to be printed, so the stack goes through the redactor whole.
 */
export function describeError(error: unknown): string {
  if (error instanceof LeakguardError) {
    return `leakguard: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `leakguard: unexpected error\n${redactQuoted(stack)}\n${BUG_REPORT}\n`;
}
