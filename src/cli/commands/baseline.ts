import type { LockHolder } from '../../fs/lock-file';
import { didYouMean } from '../../model/closest-name';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { readRootBaseline } from '../baseline/read-root-baseline';
import type { BaselineScanOptions } from '../baseline/scan-for-baseline';
import type { BaselineWriteOptions } from '../baseline/write-baseline';
import { EXIT_CLEAN, type CliIo, type Command } from '../io';
import { BASELINE_USAGE, describeCreated, describeEntries, describeLockWait, describeSummary, describeUpdated } from '../messages/baseline';
import { parseOptions } from '../parse-options';

const OPTIONS = {
  'add-new': { type: 'boolean' },
  'include-untracked': { type: 'boolean' },
  config: { type: 'string' },
  stats: { type: 'boolean' },
  range: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type BaselineValues = ReturnType<typeof parseOptions<typeof OPTIONS>>['values'];

type Subcommand = 'create' | 'update' | 'list' | 'audit' | 'check' | 'import';

/** Which options each subcommand reads: any other is a usage error, never silently ignored. */
const SUBCOMMAND_OPTIONS: Readonly<Record<Subcommand, readonly (keyof BaselineValues)[]>> = {
  create: ['config', 'include-untracked', 'range'],
  update: ['add-new', 'config', 'include-untracked'],
  list: [],
  audit: ['stats'],
  check: [],
  import: ['config', 'include-untracked'],
};

/** The subcommands that take one operand: the file to read. */
const TAKES_FILE: ReadonlySet<Subcommand> = new Set(['import']);

export const baselineCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, 'baseline');
  if (values.help) {
    io.stdout(BASELINE_USAGE);
    return EXIT_CLEAN;
  }
  // `add` takes fingerprints, and has a file of its own (commands/baseline-add.ts).
  if (positionals[0] === 'add') return (await import('./baseline-add')).baselineAddCommand(positionals.slice(1), values, io, usage);
  const { subcommand, file } = checkedSubcommand(positionals, values);
  const scanOptions = {
    ...(values.config === undefined ? {} : { configPath: values.config }),
    includeUntracked: values['include-untracked'] === true,
    onWait: (lockPath: string, holder: LockHolder | undefined) => io.stderr(describeLockWait(lockPath, holder)),
  };
  switch (subcommand) {
    case 'create':
      return createFromWorkTreeOrRange(io, values, scanOptions);
    case 'update': {
      const { updateBaseline } = await import('../baseline/create-baseline');
      io.stdout(describeUpdated(await updateBaseline(io.cwd, { ...scanOptions, addNew: values['add-new'] === true })));
      return EXIT_CLEAN;
    }
    case 'list':
      io.stdout(describeEntries((await readRootBaseline(io)).baseline));
      return EXIT_CLEAN;
    case 'audit':
      return values.stats ? printStats(io) : (await import('./baseline-audit')).auditBaseline(io);
    case 'check':
      return (await import('../baseline/check-baseline')).checkBaseline(io);
    case 'import': {
      const { importBaseline } = await import('../baseline/import-baseline');
      const { describeImported } = await import('../messages/baseline-import');
      io.stdout(describeImported(await importBaseline(io.cwd, file as string, scanOptions)));
      return EXIT_CLEAN;
    }
  }
};

/** `create`: the work tree's findings, or with --range those of the commits a push sends. */
async function createFromWorkTreeOrRange(io: CliIo, values: BaselineValues, scanOptions: BaselineScanOptions & BaselineWriteOptions): Promise<number> {
  if (values.range !== undefined && values['include-untracked']) throw usage('--range records the findings of commits; --include-untracked is for the work tree.');
  const { createBaseline } = await import('../baseline/create-baseline');
  io.stdout(describeCreated(await createBaseline(io.cwd, { ...scanOptions, ...(values.range === undefined ? {} : { range: values.range }) })));
  return EXIT_CLEAN;
}

function checkedSubcommand(positionals: readonly string[], values: BaselineValues): { subcommand: Subcommand; file: string | undefined } {
  const [subcommand, ...rest] = positionals;
  const allowed = subcommand !== undefined && Object.hasOwn(SUBCOMMAND_OPTIONS, subcommand) ? SUBCOMMAND_OPTIONS[subcommand as Subcommand] : undefined;
  const takesFile = TAKES_FILE.has(subcommand as Subcommand);
  if (takesFile && rest.length !== 1) throw usage('Say which file to import: leakguard baseline import .secrets.baseline (or a .gitleaksignore, or a gitleaks JSON report).');
  if (allowed === undefined || (!takesFile && rest.length > 0)) {
    const suggestion = allowed === undefined && subcommand !== undefined ? didYouMean(subcommand, [...Object.keys(SUBCOMMAND_OPTIONS), 'add'], (name) => `\`leakguard baseline ${name}\``) : '';
    throw usage(subcommand === undefined ? 'Say what to do: leakguard baseline create, add, update, list, audit, check or import FILE.' : `Unknown baseline command "${redactQuoted([subcommand, ...rest].join(' '))}"; expected create, add, update, list, audit, check or import.${suggestion}`);
  }
  const misplaced = (Object.keys(values) as (keyof BaselineValues)[]).filter((option) => option !== 'help' && !allowed.includes(option));
  if (misplaced.length > 0) throw usage(`baseline ${subcommand} does not take ${misplaced.map((option) => `--${option}`).join(', ')}.`);
  return { subcommand: subcommand as Subcommand, file: rest[0] };
}

async function printStats(io: CliIo): Promise<number> {
  io.stdout(describeSummary((await readRootBaseline(io)).baseline));
  return EXIT_CLEAN;
}

function usage(message: string): LeakguardError {
  return new LeakguardError('USAGE', message, { hint: 'See `leakguard baseline --help`.' });
}
