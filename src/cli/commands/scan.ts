import type { ScanReport } from '../../model/finding';
import { LeakguardError } from '../../model/errors';
import { SEVERITIES } from '../../model/severity';
import { scanStaged } from '../../scan/scan-staged';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo, type Command } from '../io';
import { blockedHeadline, cleanSummary, suppressedNote, waysOut } from '../messages/scan';
import { SCAN_USAGE } from '../messages/usage';
import { oneOf, parseOptions } from '../parse-options';
import { shouldUseColor } from '../terminal';

const OPTIONS = {
  staged: { type: 'boolean' },
  format: { type: 'string' },
  config: { type: 'string' },
  'min-severity': { type: 'string' },
  verbose: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const scanCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, 'scan');
  if (values.help) {
    io.stdout(SCAN_USAGE);
    return EXIT_CLEAN;
  }
  if (!values.staged || positionals.length > 0) {
    throw new LeakguardError('USAGE', 'Say what to scan: `leakguard scan --staged` scans the staged change.', {
      hint: 'See `leakguard scan --help`.',
    });
  }
  const format = oneOf(values.format, ['text', 'json'] as const, 'text', '--format');
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, 'low', '--min-severity');
  const report = await scanStaged({ cwd: io.cwd, minSeverity, ...(values.config ? { configPath: values.config } : {}) });
  if (format === 'json') {
    const { renderJson } = await import('../../report/render-json');
    io.stdout(renderJson(report));
  } else {
    await printText(report, io, { verbose: values.verbose === true, useColor: shouldUseColor(io, values['no-color'] === true) });
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
};

async function printText(report: ScanReport, io: CliIo, options: { verbose: boolean; useColor: boolean }): Promise<void> {
  const hasFindings = report.findings.length > 0;
  // A clean commit prints nothing and does not even load the renderer.
  if (!hasFindings && !options.verbose) return;
  const { renderText } = await import('../../report/render-text');
  const body = renderText(report, options);
  if (!hasFindings) {
    io.stdout(body + suppressedNote(report) + cleanSummary(report));
    return;
  }
  io.stdout(blockedHeadline(report, true) + '\n' + body + '\n' + suppressedNote(report) + waysOut(true));
}
