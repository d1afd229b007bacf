import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * Node's own strict parser: an unknown or malformed option is a usage error that names the option and
 * points at the command's help, never something silently ignored. Node's message quotes what was typed
 * (`scan --<a pasted token>`), so it is redacted.
 */
export function parseOptions<T extends OptionSpec>(args: readonly string[], options: T, command: string) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new LeakguardError('USAGE', redactQuoted((error as Error).message), { hint: `See \`leakguard ${command} --help\`.`, cause: error });
  }
}

/** Checks a string option against its allowed values. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LeakguardError('USAGE', `${option} must be one of ${allowed.join(', ')}; got "${redactQuoted(value)}".`, {
    hint: `For example: ${option} ${allowed[0]}`,
  });
}
