import type { AddedLine } from '../model/added-line';
import type { RawMatch } from '../model/raw-match';
import { ByteLineTriage } from './byte-line-triage';
import type { Detector, LineWindow } from './detector';
import { shannonEntropy } from './entropy';
import { isSignedWithDebuggerKey } from './debugger-tokens';
import { canHoldSecret, LineWindows, reachOf, type LineReach, type WindowText } from './line-window';
import { looksLikePlaceholder } from './placeholders';
import { isPublicByDesign } from './public-by-design';
import { isPublishedSample } from './public-samples';
import { prefilterFor, type AutomatonStore } from './rule-prefilter';
import { WindowCandidates, type CandidatesByLine } from './window-candidates';

interface CompiledDetector {
  readonly detector: Detector;
  /** The rule's pattern with `g` (to find every match) and `d` (to locate the `secret` group). */
  readonly scanner: RegExp;
  /** The lines around a line that the pattern sees; none for a rule that reads one line. */
  readonly reach: LineReach | undefined;
}

/** Finds raw secrets in added lines; built once per scan from the active detectors. */
export interface SecretFinder {
  /**
   * The secrets in `lines`, added lines of one file in order. `neighbours` are lines of the same file
   * that rule windows (Detector.window) may see but that are reported elsewhere or never: the start of
   * the next batch and the end of the previous one, so that a secret whose lines a batch boundary cuts
   * is found, once, in the batch that holds its first character; and unchanged lines around the added
   * ones, where a source has them. Those within `reach` of the batch are enough. `candidates`, where
   * the caller has them (ByteLineTriage), are the rules to run on each line, in line order, instead of
   * the prefilter's.
   */
  findSecrets(lines: readonly AddedLine[], neighbours?: readonly AddedLine[], candidates?: CandidatesByLine): RawMatch[];
  /** How many lines before and after a batch the rules' windows reach. */
  readonly reach: LineReach;
}

/**
 * What a stream has read so far, scanned: the matches of the lines before `complete`, the first line
 * where a rule reading lines below it (LineWindow `after`: a PEM BEGIN line) may match but not all of
 * those lines have arrived. From there on, every line must wait for more and be scanned again.
 */
export interface StreamMatches {
  readonly matches: RawMatch[];
  readonly complete: number;
}

/** A SecretFinder that also scans a stream that has not ended (leakguard redact). */
export interface StreamSecretFinder extends SecretFinder {
  /** As findSecrets, for `lines` the last of which is the last line read yet; `above` are the lines before them. */
  findSecretsSoFar(lines: readonly AddedLine[], above?: readonly AddedLine[]): StreamMatches;
  /** A new sorter of a stream's lines, in bytes, into those no rule may match and the others. */
  byteTriage(): ByteLineTriage;
}

export function createSecretFinder(detectors: readonly Detector[], automata?: AutomatonStore): StreamSecretFinder {
  // Compiled when a line first calls for the rule: a rule's pattern may not even be loaded yet.
  const compiled: (CompiledDetector | undefined)[] = [];
  const compiledAt = (ruleIndex: number): CompiledDetector => (compiled[ruleIndex] ??= compileDetector(detectors[ruleIndex] as Detector));
  const prefilter = prefilterFor(detectors, automata);
  const genericRuleIds = new Set(detectors.filter((detector) => detector.isGeneric).map((detector) => detector.id));
  // Read from the rule index, like the keywords: the prefilter needs them before any pattern loads.
  const windows = detectors.map((detector) => detector.window);
  const reaches = windows.map((window) => (window === undefined ? undefined : reachOf(window)));
  // Without a rule whose window reads lines above, add() gives the prefilter's lines back as they are.
  const windowCandidates = new WindowCandidates(prefilter, windows);
  const candidatesOf = (lines: readonly AddedLine[], neighbours: readonly AddedLine[]): CandidatesByLine => windowCandidates.add(prefilter.candidateRulesByLine(lines), lines, neighbours);
  /** The matches of the lines before `until`; the candidates come in line order. */
  const scanLines = (lines: readonly AddedLine[], neighbours: readonly AddedLine[], byLine: CandidatesByLine, until: number): RawMatch[] => {
    const matches: RawMatch[] = [];
    const lineWindows = new LineWindows(lines, neighbours);
    for (const [index, candidates] of byLine) {
      if (index >= until) break;
      const line = lines[index] as AddedLine;
      const found: RawMatch[] = [];
      for (const ruleIndex of candidates) {
        if (!canHoldSecret((detectors[ruleIndex] as Detector).window, line.text)) continue;
        // A loop, not push(...spread): a hostile line can hold more matches than the call stack takes arguments.
        for (const match of matchRule(compiledAt(ruleIndex), line, (reach) => lineWindows.around(index, reach))) found.push(match);
      }
      for (const match of preferSpecificRules(found, genericRuleIds)) matches.push(match);
    }
    return matches;
  };
  return {
    findSecrets: (lines, neighbours = [], candidates = candidatesOf(lines, neighbours)) => scanLines(lines, neighbours, candidates, lines.length),
    findSecretsSoFar(lines, above = []) {
      const byLine = candidatesOf(lines, above);
      const complete = firstAwaiting(lines, byLine, (rule) => (reaches[rule]?.after ?? 0), (rule) => (detectors[rule] as Detector).window);
      return { matches: scanLines(lines, above, byLine, complete), complete };
    },
    byteTriage: () => new ByteLineTriage(prefilter, windows),
    reach: widestReach(reaches),
  };
}

/** The first line a rule may match on whose window reaches past the last line; lines.length if none. */
function firstAwaiting(lines: readonly AddedLine[], byLine: CandidatesByLine, afterOf: (rule: number) => number, windowOf: (rule: number) => LineWindow | undefined): number {
  const last = lines[lines.length - 1];
  if (last === undefined) return 0;
  for (const [index, candidates] of byLine) {
    const line = lines[index] as AddedLine;
    for (const rule of candidates) {
      const after = afterOf(rule);
      if (after > 0 && line.piece === undefined && line.line + after > last.line && canHoldSecret(windowOf(rule), line.text)) return index;
    }
  }
  return lines.length;
}

function compileDetector(detector: Detector): CompiledDetector {
  const flags = new Set([...detector.pattern.flags, 'g', 'd']);
  const reach = detector.window === undefined ? undefined : reachOf(detector.window);
  return { detector, scanner: new RegExp(detector.pattern.source, [...flags].join('')), reach };
}

function widestReach(reaches: readonly (LineReach | undefined)[]): LineReach {
  const sides = reaches.filter((reach) => reach !== undefined);
  return { before: Math.max(0, ...sides.map((reach) => reach.before)), after: Math.max(0, ...sides.map((reach) => reach.after)) };
}

/** The rule's matches whose secret starts on `line`, placed on it (see LineWindow). */
function matchRule(rule: CompiledDetector, line: AddedLine, windowAround: (reach: LineReach) => WindowText): RawMatch[] {
  const { detector, scanner, reach } = rule;
  const window = reach === undefined ? undefined : windowAround(reach);
  const text = window?.text ?? line.text;
  const lineStart = window?.lineStart ?? 0;
  const ownMatchesBefore = line.piece?.ownMatchesBefore ?? line.text.length;
  const matches: RawMatch[] = [];
  scanner.lastIndex = 0;
  for (let hit = scanner.exec(text); hit !== null; hit = scanner.exec(text)) {
    if (hit[0].length === 0) scanner.lastIndex++;
    const span = hit.indices?.groups?.['secret'];
    const secret = hit.groups?.['secret'];
    if (span === undefined || secret === undefined) continue;
    const start = span[0] - lineStart;
    if (start < 0 || start >= ownMatchesBefore || !isPlausibleSecret(detector, secret, hit[0])) continue;
    const end = Math.min(span[1] - lineStart, line.text.length);
    const place = line.piece === undefined ? {} : { lineColumn: line.piece.column };
    const before = line.lineBefore === undefined ? {} : { lineBefore: line.lineBefore };
    matches.push({ ruleId: detector.id, file: line.file, line: line.line, start, end, secret, lineText: line.text, ...place, ...before });
  }
  return matches;
}

/**
 * A public-by-design format is kept from the generic rules only: a provider rule knows its own format,
 * and another provider may share a public one's prefix (Courier's secret auth tokens start `pk_test_`,
 * like Stripe's publishable keys).
 */
function isPlausibleSecret(detector: Detector, secret: string, match: string): boolean {
  if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) return false;
  if (detector.validate !== undefined && !detector.validate(secret, match)) return false;
  if (detector.isGeneric === true && isPublicByDesign(secret)) return false;
  return !looksLikePlaceholder(secret) && !isPublishedSample(secret) && !isSignedWithDebuggerKey(secret);
}

/**
 * One secret, one finding: where a generic rule and a provider rule cover the same characters, the
 * provider rule (which knows the fix) wins; between two rules of the same kind the longer match wins.
 * Only matches that overlap compete, so the line is cut into clusters of overlapping matches first:
 * a hostile line with hundreds of thousands of matches stays linear.
 */
function preferSpecificRules(found: readonly RawMatch[], genericRuleIds: ReadonlySet<string>): RawMatch[] {
  if (found.length < 2) return [...found];
  const kept: RawMatch[] = [];
  let cluster: RawMatch[] = [];
  let clusterEnd = -1;
  for (const match of [...found].sort((a, b) => a.start - b.start)) {
    if (match.start >= clusterEnd) {
      for (const winner of resolveCluster(cluster, genericRuleIds)) kept.push(winner);
      cluster = [];
    }
    cluster.push(match);
    clusterEnd = Math.max(clusterEnd, match.end);
  }
  for (const winner of resolveCluster(cluster, genericRuleIds)) kept.push(winner);
  return kept;
}

function resolveCluster(cluster: readonly RawMatch[], genericRuleIds: ReadonlySet<string>): RawMatch[] {
  if (cluster.length < 2) return [...cluster];
  const isGeneric = (match: RawMatch): boolean => genericRuleIds.has(match.ruleId);
  const specificFirst = (a: RawMatch, b: RawMatch): number => (isGeneric(a) === isGeneric(b) ? 0 : isGeneric(a) ? 1 : -1);
  const ranked = [...cluster].sort((a, b) => specificFirst(a, b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMatch[] = [];
  for (const match of ranked) {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
