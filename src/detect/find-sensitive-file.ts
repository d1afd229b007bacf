import type { AddedLine, FileDiff } from '../model/added-line';
import type { RawMatch } from '../model/raw-match';
import type { SensitiveFileRule } from './sensitive-files';

/** A file reported as a whole; `line` is the added line that shows it holds a secret (1 for a binary file). */
export interface FileMatch {
  readonly rule: SensitiveFileRule;
  readonly file: string;
  readonly line: number;
  /**
   * The added lines that are credentials by themselves (the rule's secretIn), as matches of the rule:
   * what is still reported when the baseline accepts the file.
   */
  readonly secretLines: readonly RawMatch[];
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
      if (rule.binaryIsSecret) return { rule, file: batch.file, line: 1, secretLines: [] };
      continue;
    }
    const evidence = batch.addedLines.find((line) => rule.holdsSecret(line.text, path));
    if (evidence !== undefined) return { rule, file: batch.file, line: evidence.line, secretLines: secretLinesOf(rule, batch.addedLines) };
  }
  return undefined;
}

function secretLinesOf(rule: SensitiveFileRule, lines: readonly AddedLine[]): RawMatch[] {
  const secretIn = rule.secretIn;
  if (secretIn === undefined) return [];
  return lines.flatMap((line) => {
    const span = secretIn(line.text);
    if (span === undefined) return [];
    return [{ ruleId: rule.id, file: line.file, line: line.line, start: span.start, end: span.end, secret: line.text.slice(span.start, span.end), lineText: line.text }];
  });
}
