import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { joinDuplicates, type Baseline } from '../../baseline/baseline-format';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import type { ForeignBaseline } from '../../baseline/imported-entry';
import { parseForeignBaseline } from '../../baseline/parse-foreign-baseline';
import { readBaseline } from '../../baseline/read-baseline';
import { readIfExists } from '../../fs/read-if-exists';
import { readRepoFacts } from '../../git/repo-facts';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { newBaselineKey } from './create-baseline';
import { matchAtHead, type MatchedAtHead } from './match-at-head';
import type { BaselineScanOptions } from './scan-for-baseline';
import { ensureUnionMerge } from './union-merge-attribute';
import { writeBaseline, type BaselineWriteOptions } from './write-baseline';

export interface BaselineImported extends MatchedAtHead {
  readonly from: string;
  readonly foreign: ForeignBaseline;
  readonly path: string;
  readonly baseline: Baseline;
  readonly isWritten: boolean;
  readonly isAttributeAdded: boolean;
}

/**
 * `baseline import FILE`: another scanner's triage (detect-secrets, gitleaks) into the baseline, created
 * if there is none. Each imported entry is matched against what leakguard finds at HEAD (matchAtHead)
 * and recorded as leakguard's own entry with its verdict; what matches nothing is returned to be
 * reported. An entry already in the baseline keeps its verdict unless the import's is more cautious
 * (a secret detect-secrets' audit called real stays must-fix).
 */
export async function importBaseline(cwd: string, file: string, options: BaselineScanOptions & BaselineWriteOptions): Promise<BaselineImported> {
  const from = resolve(cwd, file);
  const text = readIfExists(from);
  if (text === undefined) throw new LeakguardError('USAGE', redactQuoted(`There is no file ${from} to import.`), { hint: 'Name a detect-secrets .secrets.baseline, a .gitleaksignore or a gitleaks JSON report.' });
  const foreign = parseForeignBaseline(text, from);
  const { root } = await readRepoFacts(cwd);
  const path = join(root, BASELINE_FILE);
  const old = existsSync(path) ? await readBaseline(path) : undefined;
  const key = old ?? newBaselineKey();
  // The scan finishes before anything is written: a failed scan leaves the baseline as it was.
  const matched = await matchAtHead(root, key, foreign.entries, foreign.format, options);
  const wanted = { salt: key.salt, cost: key.cost, entries: joinDuplicates([...(old?.entries ?? []), ...matched.entries]) };
  // Nothing matched and no baseline yet: an empty file would record nothing.
  if (old === undefined && matched.entries.length === 0) return { ...matched, from, foreign, path, baseline: wanted, isWritten: false, isAttributeAdded: false };
  const { baseline, isWritten } = await writeBaseline(path, old, wanted, options);
  return { ...matched, from, foreign, path, baseline, isWritten, isAttributeAdded: old === undefined && ensureUnionMerge(root) };
}
