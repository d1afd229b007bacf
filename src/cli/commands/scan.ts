import { resolve } from 'node:path';
import { isBlocking, type ScanReport } from '../../model/finding';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { SEVERITIES } from '../../model/severity';
import type { BaselineChoice } from '../../baseline/read-baseline';
import { loadReporter, REPORT_FORMATS, type ReportFormat } from '../../report/formats';
import type { ReportOptions } from '../../report/reporter';
import type { CommitScanOptions, CommitSource } from '../../scan/scan-commits';
import { scanStaged } from '../../scan/scan-staged';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo, type Command } from '../io';
import { blockedHeadline, cleanCommitsSummary, cleanMessageSummary, cleanSummary, commitsHeadline, messageHeadline, notScannedHeadline, notScannedNote, readSummary, suppressedNote, waysOut, waysOutOfCommits, waysOutOfMessage } from '../messages/scan';
import { SCAN_USAGE } from '../messages/usage';
import { oneOf, parseOptions } from '../parse-options';
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
  const source = await selectSource(values, positionals, io);
  const format = oneOf(values.format, REPORT_FORMATS, 'text', '--format');
  const minSeverity = oneOf(values['min-severity'], SEVERITIES, 'low', '--min-severity');
  const common = { cwd: io.cwd, minSeverity, ...(values.config ? { configPath: values.config } : {}), ...baselineChoice(values, io) };
  const report = await scanSource(source, common, values, io);
  const textOptions = { verbose: values.verbose === true, useColor: shouldUseColor(io, values['no-color'] === true), source: source.kind };
  if (values.output !== undefined) await writeReport(report, format, resolve(io.cwd, values.output));
  // With --output the build log still says what failed: the text report goes to stdout.
  if (format === 'text' || values.output !== undefined) await printText(report, io, textOptions);
  else io.stdout(await renderReport(report, format));
  return isBlocking(report) ? EXIT_FINDINGS : EXIT_CLEAN;
};

type Source =
  | { readonly kind: 'staged' }
  | { readonly kind: 'commit-msg'; readonly messageFile: string }
  | CommitSource
  | { readonly kind: 'files'; readonly paths: readonly string[] }
  | { readonly kind: 'stdin' };
const SOURCE_OPTIONS = ['staged', 'commit-msg', 'pre-push', 'range', 'since', 'history', 'stdin'] as const;
type ScanValues = ReturnType<typeof parseOptions<typeof OPTIONS>>['values'];
type ScanOptions = Parameters<typeof scanStaged>[0];

async function scanSource(source: Source, common: ScanOptions, values: ScanValues, io: CliIo): Promise<ScanReport> {
  if (source.kind === 'staged') return scanStaged(common);
  if (source.kind === 'commit-msg') return scanMessageFile(source.messageFile, common, io);
  if (source.kind === 'files') return (await import('../../scan/scan-files')).scanFiles(source.paths, common);
  if (source.kind === 'stdin') return (await import('../../scan/scan-files')).scanText(io.stdin ?? [], common);
  return scanSelectedCommits(source, { ...common, includeMerges: values['include-merges'] === true }, io);
}

/** Exactly one source: the staged change, commits (a push, a range, the history), paths, or stdin. */
async function selectSource(values: ScanValues, positionals: readonly string[], io: CliIo): Promise<Source> {
  const isPush = values['pre-push'] === true;
  const paths = isPush ? [] : positionals;
  const chosen = [...SOURCE_OPTIONS.filter((name) => values[name] !== undefined && values[name] !== false).map((name) => `--${name}`), ...(paths.length > 0 ? ['PATH'] : [])];
  if (chosen.length !== 1) throw usage(chosen.length === 0 ? 'Say what to scan: --staged, --commit-msg FILE, --pre-push, --range A..B, --since REF, --history, PATH… or --stdin.' : `Choose one of ${chosen.join(', ')}.`);
  if (isPush && positionals.length > 2) throw usage(`Unexpected arguments: ${redactQuoted(positionals.join(' '))}`);
  // The remote's name says which remote-tracking refs the remote already has: without it, a guess.
  if (isPush && positionals[0] === undefined) throw usage('--pre-push needs the remote\'s name (or URL), as git passes it to the hook: leakguard scan --pre-push origin');
  if (values['include-merges'] && (values.staged || values['commit-msg'] !== undefined || values.stdin || paths.length > 0)) throw usage('--include-merges applies to scans of commits only.');
  if (isPush) return { kind: 'push', remote: positionals[0] as string, input: await readAll(io.stdin) };
  if (values['commit-msg'] !== undefined) return { kind: 'commit-msg', messageFile: resolve(io.cwd, values['commit-msg']) };
  if (values.range !== undefined) return { kind: 'range', range: values.range };
  if (values.since !== undefined) return { kind: 'since', ref: values.since };
  if (paths.length > 0) return { kind: 'files', paths };
  if (values.stdin) return { kind: 'stdin' };
  return values.history ? { kind: 'history' } : { kind: 'staged' };
}

/** --baseline PATH, --no-baseline, or the repository root's .secretbaseline.jsonl when there is one. */
function baselineChoice(values: ScanValues, io: CliIo): BaselineChoice {
  if (values.baseline !== undefined && values['no-baseline']) throw usage('Choose one of --baseline PATH and --no-baseline.');
  const baseline = values['no-baseline'] ? false : values.baseline === undefined ? undefined : resolve(io.cwd, values.baseline);
  return { ...(baseline === undefined ? {} : { baseline }), matchAnyFile: values['match-any-file'] === true };
}

function usage(message: string): LeakguardError {
  return new LeakguardError('USAGE', message, { hint: 'See `leakguard scan --help`.' });
}

/**
 * The commit-msg hook's scan, loaded only for it. git sets GIT_EDITOR=: for the hook when no editor ran
 * (-m, -F; builtin/commit.c, run_commit_hook): then git keeps comment lines, and so does the scan.
 */
async function scanMessageFile(messageFile: string, options: ScanOptions, io: CliIo): Promise<ScanReport> {
  const { scanCommitMessage } = await import('../../scan/scan-messages');
  return scanCommitMessage({ ...options, messageFile, isEdited: io.env['GIT_EDITOR'] !== ':' });
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
  const hasNotScanned = report.notScanned.length > 0;
  // A hook's clean run prints nothing and does not even load the renderer. Every other clean scan says
  // how much it read: a scan that read nothing (a wrong path) must not look like a clean one.
  if (!hasFindings && !hasNotScanned && !options.verbose && HOOK_SOURCES.includes(options.source)) return;
  const body = await renderReport(report, 'text', options);
  const words = wordsOf(options.source, report);
  const notScanned = hasNotScanned ? notScannedNote(report, options.source, !hasFindings) : '';
  if (!hasFindings) {
    const headline = isBlocking(report) ? notScannedHeadline(report, options.source) + '\n' : '';
    io.stdout(headline + body + suppressedNote(report) + words.clean + notScanned);
    return;
  }
  io.stdout(words.headline + '\n' + body + '\n' + suppressedNote(report) + words.read + words.waysOut + notScanned);
}

/** What the installed hooks run: silent when clean. */
const HOOK_SOURCES: readonly Source['kind'][] = ['staged', 'push', 'commit-msg'];

/** The headline, how much was read, the ways out and the clean summary that fit what was scanned. */
function wordsOf(source: Source['kind'], report: ScanReport): { headline: string; read: string; waysOut: string; clean: string } {
  if (source === 'commit-msg') return { headline: messageHeadline(report), read: '', waysOut: waysOutOfMessage(), clean: cleanMessageSummary() };
  const isPush = source === 'push';
  if (isPush || source === 'range' || source === 'since' || source === 'history') {
    return { headline: commitsHeadline(report, isPush), read: readSummary(report, true, false), waysOut: waysOutOfCommits(isPush, report), clean: cleanCommitsSummary(report) };
  }
  const isStaged = source === 'staged';
  return { headline: blockedHeadline(report, isStaged), read: readSummary(report, false, isStaged), waysOut: waysOut(isStaged), clean: cleanSummary(report, isStaged) };
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
