import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../model/closest-name';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';
import { unknownOption } from './messages/usage';

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
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? typedUnknownOption(args, options) : undefined;
    const message = unknown === undefined ? redactQuoted((error as Error).message) : unknownOption(unknown, command, Object.keys(options).map((name) => `--${name}`));
    throw new LeakguardError('USAGE', message, { hint: `See \`leakguard ${command} --help\`.`, cause: error });
  }
}

/**
 * The option as typed (`--histroy`, `-x`), from the parser's own tokens rather than its message:
 * node's text ("Unknown option '--histroy'. To specify a positional argument starting with a '-',
 * place it at the end of the command after '--', as in '-- "--histroy"') is for node's users.
 */
function typedUnknownOption(args: readonly string[], options: OptionSpec): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) if (token.kind === 'option' && !Object.hasOwn(options, token.name)) return token.rawName;
  return undefined;
}

/** Checks a string option against its allowed values. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LeakguardError('USAGE', `${option} must be one of ${allowed.join(', ')}; got "${redactQuoted(value)}".${didYouMean(value, allowed)}`, {
    hint: `For example: ${option} ${allowed[0]}`,
  });
}
