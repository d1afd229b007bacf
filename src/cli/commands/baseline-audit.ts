import { entryKey, type Baseline, type BaselineEntry, type Verdict } from '../../baseline/baseline-format';
import { locateEntries, type LocatedEntry } from '../baseline/locate-entries';
import { writeBaseline, type BaselineWriteOptions } from '../baseline/write-baseline';
import { LeakguardError } from '../../model/errors';
import { EXIT_CLEAN, type CliIo } from '../io';
import { withKeyPresses } from '../key-reader';
import {
  AUDIT_KEYS,
  AUDIT_NEEDS_TERMINAL,
  AUDIT_NEEDS_TERMINAL_HINT,
  describeAnswer,
  describeAuditEnd,
  describeAuditItem,
  NOTHING_TO_AUDIT,
  VERDICT_OF_KEY,
} from '../messages/baseline-audit';
import { describeLockWait, describeSummary } from '../messages/baseline';
import { readRootBaseline } from '../baseline/read-root-baseline';

const QUIT_KEYS = new Set(['q', '\u0003', '\u0004']);

/**
 * The interactive review: one unreviewed entry at a time, each verdict written to the baseline as soon
 * as it is given (atomically), so quitting or a crash loses nothing already answered. It reads keys
 * from the process's own stdin: raw mode needs the terminal itself, not a stream standing in for it.
 */
export async function auditBaseline(io: CliIo): Promise<number> {
  if (process.stdin.isTTY !== true || !io.isStdoutTty) throw new LeakguardError('USAGE', AUDIT_NEEDS_TERMINAL, { hint: AUDIT_NEEDS_TERMINAL_HINT });
  const { root, path, baseline } = await readRootBaseline(io);
  const unreviewed = baseline.entries.filter((entry) => entry.verdict === 'unreviewed');
  if (unreviewed.length === 0) {
    io.stdout(NOTHING_TO_AUDIT + describeSummary(baseline));
    return EXIT_CLEAN;
  }
  const located = await locateEntries(root, baseline, unreviewed);
  const session = new AuditSession(path, baseline, { onWait: (lockPath, holder) => io.stdout(describeLockWait(lockPath, holder)) });
  await withKeyPresses(process.stdin, async (nextKey) => {
    for (const [index, item] of located.entries()) {
      const answer = await ask(item, index + 1, located.length, nextKey, io);
      if (answer === 'quit') break;
      await session.answer(item.entry, answer);
      io.stdout(describeAnswer(item.entry, answer));
    }
  });
  io.stdout(describeAuditEnd(session.answered, session.skipped, unreviewed.length - session.answered, session.answered + session.skipped < located.length));
  io.stdout(describeSummary(session.baseline));
  return EXIT_CLEAN;
}

/** Shows one entry and reads keys until one is an answer; r toggles the secret, other keys repeat the choices. */
async function ask(item: LocatedEntry, position: number, total: number, nextKey: () => Promise<string>, io: CliIo): Promise<Verdict | 'skipped' | 'quit'> {
  let isRevealed = false;
  io.stdout(describeAuditItem(item, position, total, isRevealed));
  for (;;) {
    const key = (await nextKey()).toLowerCase();
    if (QUIT_KEYS.has(key)) return 'quit';
    if (key === 's') return 'skipped';
    const verdict = VERDICT_OF_KEY[key];
    if (verdict !== undefined) return verdict;
    if (key === 'r' && item.location !== undefined) {
      isRevealed = !isRevealed;
      io.stdout(describeAuditItem(item, position, total, isRevealed));
    } else {
      io.stdout(`${AUDIT_KEYS}\n`);
    }
  }
}

/** The baseline as answered so far; every answer is written before the next question. */
class AuditSession {
  answered = 0;
  skipped = 0;

  constructor(
    private readonly path: string,
    public baseline: Baseline,
    private readonly writeOptions: BaselineWriteOptions,
  ) {}

  /** Writes the answer merged with the file as it is now: verdicts written meanwhile by hand or by another command stay. */
  async answer(entry: BaselineEntry, answer: Verdict | 'skipped'): Promise<void> {
    if (answer === 'skipped') {
      this.skipped++;
      return;
    }
    const entries = this.baseline.entries.map((known) => (entryKey(known) === entryKey(entry) ? { ...known, verdict: answer } : known));
    this.baseline = (await writeBaseline(this.path, this.baseline, { ...this.baseline, entries }, this.writeOptions)).baseline;
    this.answered++;
  }
}
