import type { AddedLine, FileDiff } from '../model/added-line';
import type { RawMatch } from '../model/raw-match';
import { isAtLeast } from '../model/severity';
import type { FileDetector } from './file-detector';

/** A file reported as a whole; `line` is the added line that shows it holds a secret (1 for a binary file). */
export interface FileMatch {
  readonly detector: FileDetector;
  readonly file: string;
  readonly line: number;
  /**
   * The added lines that are credentials by themselves (the detector's secretIn), as matches of its
   * rule: what is still reported when the baseline accepts the file.
   */
  readonly secretLines: readonly RawMatch[];
}

/**
 * The file detector that reports the batch's file: of those whose name fits and whose content
 * condition one of its added lines meets, the most severe, so that a name two kinds claim (a
 * `.env.key` holding a key) is never reported as the milder one; of equals, the first listed.
 * Only what the change adds counts: a batch without added lines reports nothing unless git calls
 * the file binary and the detector's kind is a binary one (key stores, DER keys).
 */
export function findSensitiveFile(detectors: readonly FileDetector[], batch: FileDiff): FileMatch | undefined {
  const path = batch.file.toLowerCase();
  let found: FileMatch | undefined;
  for (const detector of detectors) {
    if (found !== undefined && isAtLeast(found.detector.severity, detector.severity)) continue;
    if (detector.namePattern.test(path)) found = matchOf(detector, batch, path) ?? found;
  }
  return found;
}

function matchOf(detector: FileDetector, batch: FileDiff, path: string): FileMatch | undefined {
  if (batch.isBinary) return detector.binaryIsSecret ? { detector, file: batch.file, line: 1, secretLines: [] } : undefined;
  const evidence = batch.addedLines.find((line) => detector.holdsSecret(line.text, path));
  if (evidence === undefined) return undefined;
  return { detector, file: batch.file, line: evidence.line, secretLines: secretLinesOf(detector, batch.addedLines) };
}

function secretLinesOf(detector: FileDetector, lines: readonly AddedLine[]): RawMatch[] {
  const secretIn = detector.secretIn;
  if (secretIn === undefined) return [];
  return lines.flatMap((line) => {
    const span = secretIn(line.text);
    if (span === undefined) return [];
    const before = line.lineBefore === undefined ? {} : { lineBefore: line.lineBefore };
    return [{ ruleId: detector.id, file: line.file, line: line.line, start: span.start, end: span.end, secret: line.text.slice(span.start, span.end), lineText: line.text, ...before }];
  });
}
