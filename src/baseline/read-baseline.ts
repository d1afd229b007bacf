// fs.promises, not node:fs/promises: node loads it on first use, and most scans read no baseline.
import { existsSync, promises as fsPromises } from 'node:fs';
import { join } from 'node:path';
import type { BaselineFilter } from './baseline-filter';
import type { Baseline } from './baseline-format';
import { BASELINE_FILE } from './baseline-file';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

export interface BaselineChoice {
  /** An absolute path (--baseline PATH, which must exist), false for none (--no-baseline), or undefined for the root's file if there is one. */
  readonly baseline?: string | false;
  /** --match-any-file: a known secret is known in any file. */
  readonly matchAnyFile?: boolean;
}

/** The baseline path a command reads: the one given, or .secretbaseline.jsonl at the repository root. */
export const baselinePathOf = (root: string, explicitPath: string | undefined): string => explicitPath ?? join(root, BASELINE_FILE);

/**
 * The baseline stage of a scan, or undefined when there is nothing to match: no file (one existsSync
 * on every commit, and none of the baseline code loaded) or no entries. scrypt is not run here; the
 * filter runs it on a candidate match only.
 */
export async function loadBaselineFilter(root: string, choice: BaselineChoice): Promise<BaselineFilter | undefined> {
  if (choice.baseline === false) return undefined;
  const path = baselinePathOf(root, choice.baseline);
  if (choice.baseline === undefined && !existsSync(path)) return undefined;
  const baseline = await readBaseline(path);
  if (baseline.entries.length === 0) return undefined;
  const { createBaselineFilter } = await import('./baseline-filter');
  const { saltedFingerprint } = await import('./salted-fingerprint');
  return createBaselineFilter(baseline, {
    matchAnyFile: choice.matchAnyFile === true,
    fingerprintOf: (ruleId, secret) => saltedFingerprint(baseline, ruleId, secret),
  });
}

/** Reads and validates a baseline file; a missing file is an error that says how to create one. */
export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await fsPromises.readFile(path, 'utf8');
  } catch (error) {
    const isMissing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new LeakguardError(isMissing ? 'USAGE' : 'IO_FAILED', redactQuoted(isMissing ? `There is no baseline at ${path}.` : `Could not read the baseline ${path}: ${(error as Error).message}`), {
      hint: isMissing ? 'Create one with `leakguard baseline create`, or scan without it (--no-baseline).' : 'Check the file\'s permissions.',
      cause: error,
    });
  }
  const { parseBaseline } = await import('./baseline-format');
  return parseBaseline(text, path);
}
