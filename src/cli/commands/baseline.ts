import type { LockHolder } from '../../fs/lock-file';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { readRootBaseline } from '../baseline/read-root-baseline';
import { EXIT_CLEAN, type CliIo, type Command } from '../io';
import { BASELINE_USAGE, describeAdded, describeCreated, describeEntries, describeLockWait, describeSummary, describeUpdated } from '../messages/baseline';
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

type Subcommand = 'create' | 'add' | 'update' | 'list' | 'audit';

/** Which options each subcommand reads: any other is a usage error, never silently ignored. */
const SUBCOMMAND_OPTIONS: Readonly<Record<Subcommand, readonly (keyof BaselineValues)[]>> = {
  create: ['config', 'include-untracked', 'range'],
  add: ['config', 'range'],
  update: ['add-new', 'config', 'include-untracked'],
  list: [],
  audit: ['stats'],
};

export const baselineCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, OPTIONS, 'baseline');
  if (values.help) {
    io.stdout(BASELINE_USAGE);
    return EXIT_CLEAN;
  }
  const [subcommand, fingerprints] = checkedSubcommand(positionals, values);
  const scanOptions = {
    ...(values.config === undefined ? {} : { configPath: values.config }),
    includeUntracked: values['include-untracked'] === true,
    onWait: (lockPath: string, holder: LockHolder | undefined) => io.stderr(describeLockWait(lockPath, holder)),
  };
  switch (subcommand) {
    case 'create': {
      if (values.range !== undefined && values['include-untracked']) throw usage('--range records the findings of commits; --include-untracked is for the work tree.');
      const { createBaseline } = await import('../baseline/create-baseline');
      io.stdout(describeCreated(await createBaseline(io.cwd, { ...scanOptions, ...(values.range === undefined ? {} : { range: values.range }) })));
      return EXIT_CLEAN;
    }
    case 'add': {
      const { addToBaseline } = await import('../baseline/add-to-baseline');
      io.stdout(describeAdded(await addToBaseline(io.cwd, fingerprints, { ...scanOptions, ...(values.range === undefined ? {} : { range: values.range }) })));
      return EXIT_CLEAN;
    }
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
  }
};

/** The subcommand, and for `add` the fingerprints it names. */
function checkedSubcommand(positionals: readonly string[], values: BaselineValues): [Subcommand, string[]] {
  const [subcommand, ...rest] = positionals;
  const allowed = subcommand !== undefined && Object.hasOwn(SUBCOMMAND_OPTIONS, subcommand) ? SUBCOMMAND_OPTIONS[subcommand as Subcommand] : undefined;
  if (allowed === undefined || (rest.length > 0 && subcommand !== 'add')) {
    throw usage(subcommand === undefined ? `Say what to do: leakguard baseline ${SUBCOMMANDS}.` : `Unknown baseline command "${redactQuoted([subcommand, ...rest].join(' '))}"; expected ${SUBCOMMANDS}.`);
  }
  const misplaced = (Object.keys(values) as (keyof BaselineValues)[]).filter((option) => option !== 'help' && !allowed.includes(option));
  if (misplaced.length > 0) throw usage(`baseline ${subcommand} does not take ${misplaced.map((option) => `--${option}`).join(', ')}.`);
  return [subcommand as Subcommand, subcommand === 'add' ? checkedFingerprints(rest) : []];
}

const SUBCOMMANDS = 'create, add, update, list or audit';

/** What the report prints under a finding, or a prefix of it long enough to be unique. */
const FINGERPRINT = /^[0-9a-f]{8,32}$/;

/** An argument that is not a fingerprint is not quoted: someone may have pasted the secret itself. */
function checkedFingerprints(args: readonly string[]): string[] {
  if (args.length === 0) throw usage('Say which findings to record: leakguard baseline add FINGERPRINT… (the fingerprint printed under each finding).');
  const wrong = args.findIndex((arg) => !FINGERPRINT.test(arg.toLowerCase()));
  if (wrong >= 0) throw usage(`Argument ${wrong + 1} of baseline add is not a fingerprint: 8 to 32 hexadecimal digits, as printed under each finding.`);
  return args.map((arg) => arg.toLowerCase());
}

async function printStats(io: CliIo): Promise<number> {
  io.stdout(describeSummary((await readRootBaseline(io)).baseline));
  return EXIT_CLEAN;
}

function usage(message: string): LeakguardError {
  return new LeakguardError('USAGE', message, { hint: 'See `leakguard baseline --help`.' });
}
