import type { ScanReport } from '../../model/finding';
import { LeakguardError } from '../../model/errors';
import { SEVERITIES } from '../../model/severity';
import type { CommitScanOptions, CommitSource } from '../../scan/scan-commits';
import { scanStaged } from '../../scan/scan-staged';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo, type Command } from '../io';
import { blockedHeadline, cleanCommitsSummary, cleanSummary, commitsHeadline, suppressedNote, waysOut, waysOutOfCommits } from '../messages/scan';
import { SCAN_USAGE } from '../messages/usage';
import { oneOf, parseOptions } from '../parse-options';
import { shouldUseColor } from '../terminal';

const OPTIONS = {
  staged: { type: 'boolean' },
  'pre-push': { type: 'boolean' },
  range: { type: 'string' },
  since: { type: 'string' },
  history: { type: 'boolean' },
  'include-merges': { type: 'boolean' },
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
  const source = await selectSource(values, positionals, io);
  const format = oneOf(values.format, ['text', 'json'] as const, 'text', '--format');
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, 'low', '--min-severity');
  const common = { cwd: io.cwd, minSeverity, ...(values.config ? { configPath: values.config } : {}) };
  const report = source.kind === 'staged' ? await scanStaged(common) : await scanSelectedCommits(source, { ...common, includeMerges: values['include-merges'] === true }, io);
  if (format === 'json') {
    const { renderJson } = await import('../../report/render-json');
    io.stdout(renderJson(report));
  } else {
    await printText(report, io, { verbose: values.verbose === true, useColor: shouldUseColor(io, values['no-color'] === true), source: source.kind });
  }
  return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
};

type Source = { readonly kind: 'staged' } | CommitSource;
const SOURCE_OPTIONS = ['staged', 'pre-push', 'range', 'since', 'history'] as const;
type ScanValues = ReturnType<typeof parseOptions<typeof OPTIONS>>['values'];

/** Exactly one source: the staged change, or commits (a push, a range, the history). */
async function selectSource(values: ScanValues, positionals: readonly string[], io: CliIo): Promise<Source> {
  const chosen = SOURCE_OPTIONS.filter((name) => values[name] !== undefined && values[name] !== false).map((name) => `--${name}`);
  if (chosen.length !== 1) throw usage(chosen.length === 0 ? 'Say what to scan: --staged, --pre-push, --range A..B, --since REF or --history.' : `Choose one of ${chosen.join(', ')}.`);
  const isPush = values['pre-push'] === true;
  if (positionals.length > (isPush ? 2 : 0)) throw usage(`Unexpected arguments: ${positionals.join(' ')}`);
  // The remote's name says which remote-tracking refs the remote already has: without it, a guess.
  if (isPush && positionals[0] === undefined) throw usage('--pre-push needs the remote\'s name (or URL), as git passes it to the hook: leakguard scan --pre-push origin');
  if (values.staged && values['include-merges']) throw usage('--include-merges applies to scans of commits, not to --staged.');
  if (isPush) return { kind: 'push', remote: positionals[0] as string, input: await readAll(io.stdin) };
  if (values.range !== undefined) return { kind: 'range', range: values.range };
  if (values.since !== undefined) return { kind: 'since', ref: values.since };
  return values.history ? { kind: 'history' } : { kind: 'staged' };
}

function usage(message: string): LeakguardError {
  return new LeakguardError('USAGE', message, { hint: 'See `leakguard scan --help`.' });
}

/** The commit scan is loaded only for commit sources: the pre-commit hook never pays for it. */
async function scanSelectedCommits(
  source: CommitSource,
  options: Omit<CommitScanOptions, 'source'>,
  io: CliIo,
): Promise<ScanReport> {
  const { scanCommits } = await import('../../scan/scan-commits');
  const { createProgressLine } = await import('../progress-line');
  const progress = createProgressLine(io);
  try {
    return await scanCommits({ ...options, source, onProgress: progress.update });
  } finally {
    progress.clear();
  }
}

async function readAll(stream: AsyncIterable<Buffer | string> | undefined): Promise<string> {
  let text = '';
  if (stream !== undefined) for await (const chunk of stream) text += chunk.toString();
  return text;
}

async function printText(report: ScanReport, io: CliIo, options: { verbose: boolean; useColor: boolean; source: Source['kind'] }): Promise<void> {
  const hasFindings = report.findings.length > 0;
  // A clean commit prints nothing and does not even load the renderer.
  if (!hasFindings && !options.verbose) return;
  const { renderText } = await import('../../report/render-text');
  const body = renderText(report, options);
  const isStaged = options.source === 'staged';
  const isPush = options.source === 'push';
  if (!hasFindings) {
    io.stdout(body + suppressedNote(report) + (isStaged ? cleanSummary(report) : cleanCommitsSummary(report)));
    return;
  }
  const headline = isStaged ? blockedHeadline(report, true) : commitsHeadline(report, isPush);
  io.stdout(headline + '\n' + body + '\n' + suppressedNote(report) + (isStaged ? waysOut(true) : waysOutOfCommits(isPush)));
}
