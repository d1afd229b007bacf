import { resolve } from 'node:path';
import { LeakguardError } from '../model/errors';
import type { ScanReport } from '../model/finding';
import { redactQuoted } from '../model/redact-quoted';
import type { CommitSelection } from '../scan/sources/commits';
import type { ScanSource } from '../scan/sources/source';
import type { CliIo } from './io';
import {
  blockedHeadline,
  cleanCommitsSummary,
  cleanMessageSummary,
  cleanSummary,
  commitsHeadline,
  messageHeadline,
  readSummary,
  waysOut,
  waysOutOfMessage,
  type BlockedAction,
} from './messages/scan';
import { waysOutOfCommits, type AdviceFacts } from './messages/commit-advice';

/** What the command line gave the scan command. */
export interface SourceRequest {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly io: CliIo;
}

/** The headline, how much was read, the ways out and the clean summary that fit what was scanned. */
export interface SourceWords {
  readonly headline: string;
  readonly read: string;
  readonly waysOut: string;
  readonly clean: string;
}

/** One row of the table the scan command picks its source from. */
export interface SourceRow {
  /** How the command line names it, for usage errors. */
  readonly option: string;
  readonly isChosen: (request: SourceRequest) => boolean;
  /** Run by an installed hook: silent when clean, what a failure blocks, and what a skip names. */
  readonly hook?: { readonly blocks: BlockedAction | undefined; readonly checks: string };
  readonly words: (report: ScanReport, advice: AdviceFacts) => SourceWords;
  /** The source, its module loaded only now: the pre-commit hook never loads the commit scan. */
  readonly open: (request: SourceRequest) => Promise<ScanSource>;
  /** What the ways out of a blocked scan of commits name: the range read, a push's rewrite targets. */
  readonly advise?: (request: SourceRequest, report: ScanReport) => Promise<Pick<AdviceFacts, 'push' | 'range'>>;
}

const includeMerges = (request: SourceRequest) => ({ includeMerges: request.values['include-merges'] === true });
const openCommits = async (request: SourceRequest, selection: CommitSelection): Promise<ScanSource> =>
  (await import('../scan/sources/commits')).commitsSource(request.io.cwd, selection, includeMerges(request));
const isPush = (request: SourceRequest): boolean => request.values['pre-push'] === true;
/** The pre-commit framework runs its hooks with PRE_COMMIT=1 (pre_commit/commands/run.py); its module loads only then. */
const isRunByFramework = (env: NodeJS.ProcessEnv): boolean => env['PRE_COMMIT'] === '1';

/** Every source the scan command can read: a new source is a file in scan/sources/ and a row here. */
export const SCAN_SOURCES: readonly SourceRow[] = [
  {
    option: '--staged',
    isChosen: ({ values }) => values['staged'] === true,
    hook: { blocks: 'commit', checks: 'commit' },
    words: changeWords(true),
    open: async ({ io }) => {
      if (isRunByFramework(io.env)) await (await import('./pre-commit-framework')).refuseEmptyIndex(io.cwd);
      return (await import('../scan/sources/staged')).stagedSource(io.cwd);
    },
  },
  {
    option: '--commit-msg FILE',
    isChosen: ({ values }) => values['commit-msg'] !== undefined,
    hook: { blocks: undefined, checks: 'commit message' },
    words: (report, advice) => ({ headline: messageHeadline(report), read: '', waysOut: waysOutOfMessage(advice.launcher), clean: cleanMessageSummary() }),
    // git sets GIT_EDITOR=: for the hook when no editor ran (-m, -F; builtin/commit.c, run_commit_hook): then git keeps comment lines, and so does the scan.
    open: async ({ values, io }) =>
      (await import('../scan/sources/commit-message')).commitMessageSource(io.cwd, { path: resolve(io.cwd, values['commit-msg'] as string), isEdited: io.env['GIT_EDITOR'] !== ':' }),
  },
  {
    option: '--pre-push',
    isChosen: isPush,
    hook: { blocks: 'push', checks: 'push' },
    words: commitWords(true),
    open: async (request) => openCommits(request, await pushSelection(request)),
    advise: async (request, report) => {
      const selection = await pushSelection(request);
      // git's own refs name the remote branch; a push known only as a range names none.
      return { push: selection.kind === 'push' ? await (await import('./rewrite-targets')).rewriteTargets(request.io.cwd, selection.remote, selection.input, report) : [] };
    },
  },
  {
    option: '--range A..B',
    isChosen: ({ values }) => values['range'] !== undefined,
    words: commitWords(false),
    open: (request) => openCommits(request, { kind: 'range', range: request.values['range'] as string }),
    advise: async ({ values }) => ({ range: values['range'] as string }),
  },
  {
    option: '--since REF',
    isChosen: ({ values }) => values['since'] !== undefined,
    words: commitWords(false),
    open: (request) => openCommits(request, { kind: 'since', ref: request.values['since'] as string }),
    advise: async ({ values }) => ({ range: `${values['since'] as string}..HEAD` }),
  },
  { option: '--history', isChosen: ({ values }) => values['history'] === true, words: commitWords(false), open: (request) => openCommits(request, { kind: 'history' }) },
  {
    option: 'PATH…',
    isChosen: (request) => !isPush(request) && request.positionals.length > 0,
    words: changeWords(false),
    open: async ({ positionals, io }) => (await import('../scan/sources/files')).filesSource(io.cwd, positionals),
  },
  { option: '--stdin', isChosen: ({ values }) => values['stdin'] === true, words: changeWords(false), open: async ({ io }) => (await import('../scan/sources/stdin')).stdinSource(io.cwd, io.stdin ?? []) },
];

/** Exactly one source: the staged change, a commit message, commits (a push, a range, the history), paths, or stdin. */
export function chooseSource(request: SourceRequest): SourceRow {
  const chosen = SCAN_SOURCES.filter((row) => row.isChosen(request));
  if (chosen.length === 1) return chosen[0] as SourceRow;
  const options = (chosen.length === 0 ? SCAN_SOURCES : chosen).map((row) => row.option);
  throw scanUsage(chosen.length === 0 ? `Say what to scan: ${options.slice(0, -1).join(', ')} or ${options.at(-1) as string}.` : `Choose one of ${options.join(', ')}.`);
}

/** The remote's name says which remote-tracking refs the remote already has: without it, a guess. */
function pushRemote(positionals: readonly string[]): string {
  if (positionals.length > 2) throw scanUsage(`Unexpected arguments: ${redactQuoted(positionals.join(' '))}`);
  if (positionals[0] === undefined) throw scanUsage('--pre-push needs the remote\'s name (or URL), as git passes it to the hook: leakguard scan --pre-push origin');
  return positionals[0];
}

export function scanUsage(message: string): LeakguardError {
  return new LeakguardError('USAGE', message, { hint: 'See `leakguard scan --help`.' });
}

function commitWords(isPush: boolean): SourceRow['words'] {
  return (report, advice) => ({ headline: commitsHeadline(report, isPush), read: readSummary(report, true, false), waysOut: waysOutOfCommits(report, advice), clean: cleanCommitsSummary(report) });
}

function changeWords(isStaged: boolean): SourceRow['words'] {
  return (report, advice) => ({ headline: blockedHeadline(report, isStaged), read: readSummary(report, false, isStaged), waysOut: waysOut(isStaged, advice.launcher), clean: cleanSummary(report, isStaged) });
}

/** What the push sends, read once: the scan reads it, and a blocked push's advice names its branches. */
const pushSelections = new WeakMap<SourceRequest, Promise<CommitSelection>>();
function pushSelection(request: SourceRequest): Promise<CommitSelection> {
  let selection = pushSelections.get(request);
  if (selection === undefined) pushSelections.set(request, (selection = readPushSelection(request)));
  return selection;
}

/** git's pre-push arguments and stdin; under the pre-commit framework, what it exports instead. */
async function readPushSelection({ io, positionals }: SourceRequest): Promise<CommitSelection> {
  if (positionals.length === 0 && isRunByFramework(io.env)) return (await import('./pre-commit-framework')).frameworkPush(io.cwd, io.env);
  return { kind: 'push', remote: pushRemote(positionals), input: await readAll(io.stdin) };
}

async function readAll(stream: AsyncIterable<Buffer | string> | undefined): Promise<string> {
  let text = '';
  if (stream !== undefined) for await (const chunk of stream) text += chunk.toString();
  return text;
}
