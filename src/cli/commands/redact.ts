import { LeakguardError } from '../../model/errors';
import { SEVERITIES } from '../../model/severity';
import { loadRedactRules } from '../../scan/redact/redact-rules';
import { ByteRedactor } from '../../scan/redact/byte-redactor';
import { locateRoot } from '../../scan/sources/locate-root';
import { EXIT_CLEAN, EXIT_FINDINGS, type Command } from '../io';
import { REDACT_USAGE } from '../messages/usage';
import { oneOf, parseOptions } from '../parse-options';
import { streamOutput, type StreamOutput } from '../stream-output';

const OPTIONS = {
  fail: { type: 'boolean' },
  config: { type: 'string' },
  'min-severity': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `… 2>&1 | leakguard redact`: standard input to standard output with every secret masked, line by
 * line as it arrives (scan/redact). The rules are those of the config at the repository of the current
 * directory, or the directory itself, as for `scan --stdin`.
 */
export const redactCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, 'redact');
  if (values.help) {
    io.stdout(REDACT_USAGE);
    return EXIT_CLEAN;
  }
  if (positionals.length > 0) throw readsStdinOnly();
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, 'low', '--min-severity');
  const { root } = await locateRoot(io.cwd);
  const rules = await loadRedactRules(root, { minSeverity, ...(values.config === undefined ? {} : { configPath: values.config }) });
  const redactor = new ByteRedactor(rules);
  await copyMasked(io.stdin ?? [], redactor, streamOutput(io));
  return values.fail === true && redactor.masked > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
};

/** Each chunk written as soon as it is masked; when the reader has gone, reading stops too. */
async function copyMasked(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, redactor: ByteRedactor, output: StreamOutput): Promise<void> {
  for await (const chunk of chunks) {
    if (!(await output.write(redactor.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)))) return;
  }
  await output.write(redactor.end());
}

function readsStdinOnly(): LeakguardError {
  return new LeakguardError('USAGE', 'leakguard redact reads standard input only; it takes no file names.', {
    hint: 'Pipe the text in: `npm test 2>&1 | npx leakguard redact`, or `npx leakguard redact < build.log`.',
  });
}
