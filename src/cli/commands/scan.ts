import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import type { BaselineChoice } from '../../baseline/read-baseline';
import { LeakguardError } from '../../model/errors';
import { isBlocking, type ScanReport } from '../../model/finding';
import { redactQuoted } from '../../model/redact-quoted';
import { SEVERITIES } from '../../model/severity';
import { loadReporter, REPORT_FORMATS, type ReportFormat } from '../../report/formats';
import type { ReportOptions } from '../../report/reporter';
import { scan } from '../../scan/scan';
import type { ScanOptions } from '../../scan/scan-context';
import type { ScanSource } from '../../scan/sources/source';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo, type Command } from '../io';
import { skipIgnoredNotice, skippedNotice } from '../messages/bypass';
import type { AdviceFacts } from '../messages/commit-advice';
import { notScannedHeadline, notScannedNote, suppressedNote } from '../messages/scan';
import { SCAN_USAGE } from '../messages/usage';
import { oneOf, parseOptions } from '../parse-options';
import { chooseSource, scanUsage, type SourceRequest, type SourceRow } from '../scan-sources';
import { shouldUseColor } from '../terminal';
import { readVersion } from '../version';

const OPTIONS = {
  staged: { type: 'boolean' },
  'commit-msg': { type: 'string' },
  'pre-push': { type: 'boolean' },
  range: { type: 'string' },
  since: { type: 'string' },
  history: { type: 'boolean' },
  'include-merges': { type: 'boolean' },
  stdin: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
  'min-severity': { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'match-any-file': { type: 'boolean' },
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
  const request = { values, positionals, io };
  const row = chooseSource(request);
  if (io.env['LEAKGUARD_SKIP'] === '1' && (await isSkipped(row, io))) return EXIT_CLEAN;
  const format = oneOf(values.format, REPORT_FORMATS, 'text', '--format');
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, 'low', '--min-severity');
  const source = await row.open(request);
  if (values['include-merges'] && !source.readsCommits) throw scanUsage('--include-merges applies to scans of commits only.');
  const options = { minSeverity, ...(values.config ? { configPath: values.config } : {}), ...baselineChoice(values, io) };
  const report = await scanWithProgress(source, options, io);
  if (values.output !== undefined) await writeReport(report, format, resolve(io.cwd, values.output));
  // With --output the build log still says what failed: the text report goes to stdout.
  const isWatched = source.readsCommits && io.isStdoutTty;
  if (format === 'text' || values.output !== undefined) await printText(report, { request, row, root: source.root }, { verbose: values.verbose === true, useColor: shouldUseColor(io, values['no-color'] === true), isWatched });
  else io.stdout(await renderReport(report, format));
  return isBlocking(report) ? EXIT_FINDINGS : EXIT_CLEAN;
};

type ScanValues = ReturnType<typeof parseOptions<typeof OPTIONS>>['values'];

/** --baseline PATH, --no-baseline, or the repository root's .secretbaseline.jsonl when there is one. */
function baselineChoice(values: ScanValues, io: CliIo): BaselineChoice {
  if (values.baseline !== undefined && values['no-baseline']) throw scanUsage('Choose one of --baseline PATH and --no-baseline.');
  const baseline = values['no-baseline'] ? false : values.baseline === undefined ? undefined : resolve(io.cwd, values.baseline);
  return { ...(baseline === undefined ? {} : { baseline }), matchAnyFile: values['match-any-file'] === true };
}

/** A scan of commits can take minutes: it shows how far it has got (the progress line is loaded only for it). */
async function scanWithProgress(source: ScanSource, options: ScanOptions, io: CliIo): Promise<ScanReport> {
  if (!source.readsCommits) return scan(source, options);
  const { createProgressLine } = await import('../progress-line');
  const progress = createProgressLine(io);
  // Counted beside the scan, never before it: the scan starts at once, and the line gains its total
  // when the count is in. A count that fails only leaves the total out; the scan reports git's error.
  if (progress.isOnTerminal && source.countCommits !== undefined) source.countCommits().then(progress.setTotal, () => undefined);
  try {
    return await scan(source, { ...options, onProgress: progress.update });
  } finally {
    progress.clear();
  }
}

/** What printText needs of the command line: the row chosen, what it was asked, and the source's root. */
interface Scanned {
  readonly request: SourceRequest;
  readonly row: SourceRow;
  readonly root: string;
}

/** `isWatched`: a scan of commits on a terminal, a push someone waits for (git gives the hook the terminal). */
async function printText(report: ScanReport, { request, row, root }: Scanned, options: { verbose: boolean; useColor: boolean; isWatched: boolean }): Promise<void> {
  const io = request.io;
  const hasFindings = report.findings.length > 0;
  const hasNotScanned = report.notScanned.length > 0;
  // A hook's clean run prints nothing and does not even load the renderer, but for a push on a
  // terminal, which took long enough to wait for: one line says what it read. Every other clean scan
  // says how much it read: a scan that read nothing (a wrong path) must not look like a clean one.
  if (!hasFindings && !hasNotScanned && !options.verbose && row.hook !== undefined && !options.isWatched) return;
  const body = await renderReport(report, 'text', options);
  const advice = await adviceFor(report, { request, row, root });
  const words = row.words(report, advice);
  const blocks = row.hook?.blocks;
  const notScanned = hasNotScanned ? notScannedNote(report, blocks, !hasFindings, advice.launcher) : '';
  if (!hasFindings) {
    const headline = isBlocking(report) ? notScannedHeadline(report, blocks) + '\n' : '';
    io.stdout(headline + body + suppressedNote(report) + words.clean + notScanned);
    return;
  }
  io.stdout(words.headline + '\n' + body + '\n' + suppressedNote(report) + words.read + words.waysOut + notScanned);
}

/**
 * LEAKGUARD_SKIP=1 skips a hook's scan, as the shim does, and says so: under the pre-commit framework
 * or lefthook the CLI is the hook. A scan asked for by name (CI, `scan .`) runs anyway.
 */
async function isSkipped(row: SourceRow, io: CliIo): Promise<boolean> {
  const launcher = row.hook === undefined ? (await import('../launcher')).detectLauncher(io) : undefined;
  if (row.hook === undefined && launcher === 'unknown') {
    io.stderr(skipIgnoredNotice());
    return false;
  }
  io.stderr(skippedNotice(row.hook === undefined ? `the files ${launcher as string} passed` : `this ${row.hook.checks}`));
  return true;
}

/** What the ways out name: the bypass for what started the scan, the baseline commands, a push's branches. */
async function adviceFor(report: ScanReport, { request, row, root }: Scanned): Promise<AdviceFacts> {
  const isBlocked = isBlocking(report);
  const extra = isBlocked && row.advise !== undefined ? await row.advise(request, report) : {};
  // The launcher is looked for only now (it may walk the processes above): a clean hook run never does.
  return { launcher: isBlocked ? (await import('../launcher')).detectLauncher(request.io) : 'unknown', hasBaseline: existsSync(join(root, BASELINE_FILE)), ...extra };
}

/** Who wrote a SARIF log: GitHub shows it beside every alert. */
const SARIF_TOOL = { name: 'leakguard', informationUri: 'https://www.npmjs.com/package/leakguard' };
/** A report for a file or a pipe: no terminal to colour, and nothing left out. */
const PLAIN = { useColor: false, verbose: true };

/** The format's Reporter, loaded only now (report/formats): the hook's clean run loads none. */
async function renderReport(report: ScanReport, format: ReportFormat, look: Pick<ReportOptions, 'useColor' | 'verbose'> = PLAIN): Promise<string> {
  const reporter = await loadReporter(format);
  return reporter(report, { tool: { ...SARIF_TOOL, version: readVersion() }, useColor: look.useColor, verbose: look.verbose });
}

/** `--output FILE`: the whole report or nothing, never half a file for an uploader to choke on. */
async function writeReport(report: ScanReport, format: ReportFormat, path: string): Promise<void> {
  const content = await renderReport(report, format);
  const { writeFileAtomic } = await import('../../fs/atomic-write');
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw new LeakguardError('IO_FAILED', redactQuoted(`Could not write the report to ${path}: ${(error as Error).message}`), {
      hint: 'Check that the directory exists and is writable, or choose another --output path.',
      cause: error,
    });
  }
}
