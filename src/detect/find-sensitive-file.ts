import type { FileDiff } from '../model/added-line';
import type { SensitiveFileRule } from './sensitive-files';

/** A file reported as a whole; `line` is the added line that shows it holds a secret (1 for a binary file). */
export interface FileMatch {
  readonly rule: SensitiveFileRule;
  readonly file: string;
  readonly line: number;
}

/**
 * The first rule whose name fits the batch's file and whose content condition one of its added lines
 * meets. Only what the change adds counts: a batch without added lines reports nothing unless git
 * calls the file binary and the rule's kind is a binary one (key stores, DER keys).
 */
export function findSensitiveFile(rules: readonly SensitiveFileRule[], batch: FileDiff): FileMatch | undefined {
  const path = batch.file.toLowerCase();
  for (const rule of rules) {
    if (!rule.isNamed(path)) continue;
    if (batch.isBinary) {
      if (rule.binaryIsSecret) return { rule, file: batch.file, line: 1 };
      continue;
    }
    const evidence = batch.addedLines.find((line) => rule.holdsSecret(line.text, path));
    if (evidence !== undefined) return { rule, file: batch.file, line: evidence.line };
  }
  return undefined;
}
