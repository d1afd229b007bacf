import type { BaselineEntry } from '../../baseline/baseline-format';
import { EXIT_CLEAN, EXIT_FINDINGS, type CliIo } from '../io';
import { describeCheckPassed, describeCheckProblem, describeCheckSummary } from '../messages/baseline-check';
import { readRootBaseline } from './read-root-baseline';

/** Verdicts that still need someone: not yet looked at, or looked at and found real. */
const NEEDS_ATTENTION = new Set<BaselineEntry['verdict']>(['unreviewed', 'must-fix']);

/**
 * `baseline check`, for CI: one line per entry that is unreviewed or marked must-fix (file, rule, the
 * start of its fingerprint, never a secret) and exit 1 while there is one, 0 when every entry has a
 * verdict that lets it pass. A missing or malformed baseline is an error (exit 2), never a pass.
 */
export async function checkBaseline(io: CliIo): Promise<number> {
  const { path, baseline } = await readRootBaseline(io);
  const problems = baseline.entries.filter((entry) => NEEDS_ATTENTION.has(entry.verdict));
  if (problems.length === 0) {
    io.stdout(describeCheckPassed(path, baseline.entries));
    return EXIT_CLEAN;
  }
  io.stdout(problems.map(describeCheckProblem).join(''));
  io.stdout(describeCheckSummary(path, problems, baseline.entries.length));
  return EXIT_FINDINGS;
}
