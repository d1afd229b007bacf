import type { LockHolder } from '../../fs/lock-file';
import type { LeakguardError } from '../../model/errors';
import { EXIT_CLEAN, type CliIo } from '../io';
import { describeAdded, describeLockWait } from '../messages/baseline';

/** The baseline command's options as parsed (commands/baseline.ts), of which add reads two. */
type BaselineValues = Readonly<Record<string, string | boolean | undefined>> & { readonly config?: string; readonly range?: string };

/** What the report prints under a finding, or a prefix of it long enough to be unique. */
const FINGERPRINT = /^[0-9a-f]{8,32}$/;
const OPTIONS_OF_ADD: readonly string[] = ['config', 'range', 'help'];

/** `leakguard baseline add FINGERPRINT… [--range A..B] [--config PATH]`; `usage` makes the baseline command's usage error. */
export async function baselineAddCommand(args: readonly string[], values: BaselineValues, io: CliIo, usage: (message: string) => LeakguardError): Promise<number> {
  const misplaced = Object.keys(values).filter((option) => !OPTIONS_OF_ADD.includes(option));
  if (misplaced.length > 0) throw usage(`baseline add does not take ${misplaced.map((option) => `--${option}`).join(', ')}.`);
  const { addToBaseline } = await import('../baseline/add-to-baseline');
  const added = await addToBaseline(io.cwd, checkedFingerprints(args, usage), {
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.range === undefined ? {} : { range: values.range }),
    onWait: (lockPath: string, holder: LockHolder | undefined) => io.stderr(describeLockWait(lockPath, holder)),
  });
  io.stdout(describeAdded(added));
  return EXIT_CLEAN;
}

/** An argument that is not a fingerprint is not quoted: someone may have pasted the secret itself. */
function checkedFingerprints(args: readonly string[], usage: (message: string) => LeakguardError): string[] {
  if (args.length === 0) throw usage('Say which findings to record: leakguard baseline add FINGERPRINT… (the fingerprint printed under each finding).');
  const wrong = args.findIndex((arg) => !FINGERPRINT.test(arg.toLowerCase()));
  if (wrong >= 0) throw usage(`Argument ${wrong + 1} of baseline add is not a fingerprint: 8 to 32 hexadecimal digits, as printed under each finding.`);
  return args.map((arg) => arg.toLowerCase());
}
