import type { AddedLine } from '../model/added-line';
import type { RawMatch } from '../model/raw-match';
import type { Detector } from './detector';
import { shannonEntropy } from './entropy';
import { KeywordPrefilter } from './keyword-prefilter';
import { looksLikePlaceholder } from './placeholders';

interface CompiledDetector {
  readonly detector: Detector;
  /** The rule's pattern with `g` (to find every match) and `d` (to locate the `secret` group). */
  readonly scanner: RegExp;
}

/** Finds raw secrets in added lines; built once per scan from the active detectors. */
export interface SecretFinder {
  /**
   * `lookahead` holds the lines that follow `lines` in the same file (the start of the next batch),
   * so that a multi-line secret that starts near the end of a batch is still seen whole.
   */
  findSecrets(lines: readonly AddedLine[], lookahead?: readonly AddedLine[]): RawMatch[];
}

export function createSecretFinder(detectors: readonly Detector[]): SecretFinder {
  // Compiled when a line first calls for the rule: a rule's pattern may not even be loaded yet.
  const compiled: (CompiledDetector | undefined)[] = [];
  const compiledAt = (ruleIndex: number): CompiledDetector => (compiled[ruleIndex] ??= compileDetector(detectors[ruleIndex] as Detector));
  const prefilter = new KeywordPrefilter(detectors.map((detector) => detector.keywords));
  const genericRuleIds = new Set(detectors.filter((detector) => detector.isGeneric).map((detector) => detector.id));
  return {
    findSecrets(lines, lookahead = []) {
      const matches: RawMatch[] = [];
      const candidatesByLine = prefilter.candidateRulesByLine(lines);
      for (const [index, candidates] of candidatesByLine) {
        const line = lines[index] as AddedLine;
        const found: RawMatch[] = [];
        for (const ruleIndex of candidates) {
          const rule = compiledAt(ruleIndex);
          // A loop, not push(...spread): a hostile line can hold more matches than the call stack takes arguments.
          for (const match of matchRule(rule, line, () => followingLines(lines, lookahead, index, rule.detector.spansLines ?? 1))) found.push(match);
        }
        for (const match of preferSpecificRules(found, genericRuleIds)) matches.push(match);
      }
      return matches;
    },
  };
}

function compileDetector(detector: Detector): CompiledDetector {
  const flags = new Set([...detector.pattern.flags, 'g', 'd']);
  return { detector, scanner: new RegExp(detector.pattern.source, [...flags].join('')) };
}

function matchRule(rule: CompiledDetector, line: AddedLine, window: () => string): RawMatch[] {
  const { detector, scanner } = rule;
  const text = (detector.spansLines ?? 1) > 1 ? window() : line.text;
  const matches: RawMatch[] = [];
  scanner.lastIndex = 0;
  for (let hit = scanner.exec(text); hit !== null; hit = scanner.exec(text)) {
    if (hit[0].length === 0) scanner.lastIndex++;
    const span = hit.indices?.groups?.['secret'];
    const secret = hit.groups?.['secret'];
    if (span === undefined || secret === undefined || span[0] >= (line.piece?.ownMatchesBefore ?? line.text.length)) continue;
    if (!isPlausibleSecret(detector, secret, hit[0])) continue;
    const end = Math.min(span[1], line.text.length);
    const place = line.piece === undefined ? {} : { lineColumn: line.piece.column };
    matches.push({ ruleId: detector.id, file: line.file, line: line.line, start: span[0], end, secret, lineText: line.text, ...place });
  }
  return matches;
}

function isPlausibleSecret(detector: Detector, secret: string, match: string): boolean {
  if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) return false;
  if (detector.validate !== undefined && !detector.validate(secret, match)) return false;
  return !looksLikePlaceholder(secret);
}

/** The line and the next contiguous added lines of the same file, joined with "\n". */
function followingLines(lines: readonly AddedLine[], lookahead: readonly AddedLine[], index: number, count: number): string {
  const first = lines[index] as AddedLine;
  const texts = [first.text];
  for (let offset = 1; offset < count; offset++) {
    const position = index + offset;
    const next = position < lines.length ? lines[position] : lookahead[position - lines.length];
    if (next === undefined || next.file !== first.file || next.line !== first.line + offset) break;
    texts.push(next.text);
  }
  return texts.join('\n');
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
  const isGeneric = (match: RawMatch): number => (genericRuleIds.has(match.ruleId) ? 1 : 0);
  const ranked = [...cluster].sort((a, b) => isGeneric(a) - isGeneric(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawMatch[] = [];
  for (const match of ranked) {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
