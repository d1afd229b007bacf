import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { memoized } from '../../baseline/baseline-filter';
import type { Baseline, BaselineEntry } from '../../baseline/baseline-format';
import { createSecretFinder, type SecretFinder } from '../../detect/find-secrets';
import type { AddedLine } from '../../model/added-line';
import type { RawMatch } from '../../model/raw-match';
import { mergeSpans, type Span } from '../../model/redact';
import { saltedFingerprint } from '../../baseline/salted-fingerprint';
import { buildScanContext } from '../../scan/scan-context';

const CONTEXT_LINES = 3;

export interface ContextLine {
  readonly line: number;
  readonly text: string;
  /**
   * Every secret on the line, merged: shown masked. Offsets are in this line; the part of a multi-line
   * secret that began on an earlier line starts before 0, so that redactLine masks it without the
   * visible prefix it shows of a secret's start (those characters would be key material).
   */
  readonly spans: readonly Span[];
  /** The part of the entry's own secret on this line (what r reveals), if any. */
  readonly focus?: Span;
}

/** Where an entry's secret is in the work tree now, with the lines around it; undefined when it is not there. */
export interface EntryLocation {
  readonly match: RawMatch;
  readonly context: readonly ContextLine[];
}

export interface LocatedEntry {
  readonly entry: BaselineEntry;
  readonly location: EntryLocation | undefined;
}

/**
 * Finds each entry's secret in its file as it is in the work tree, for the audit to show: the file is
 * scanned with the same rules as a scan, and a match belongs to the entry when its salted fingerprint
 * is the entry's. The first place wins when the secret is on several lines.
 */
export async function locateEntries(root: string, baseline: Baseline, entries: readonly BaselineEntry[]): Promise<LocatedEntry[]> {
  const { detectors } = await buildScanContext(root, { baseline: false });
  const finder = createSecretFinder(detectors);
  const fingerprintOf = memoized((ruleId, secret) => saltedFingerprint(baseline, ruleId, secret));
  const locationsByFile = new Map<string, Map<string, EntryLocation>>();
  const located: LocatedEntry[] = [];
  for (const entry of entries) {
    let locations = locationsByFile.get(entry.file);
    if (locations === undefined) {
      locations = await locateInFile(root, entry.file, finder, entries, fingerprintOf);
      locationsByFile.set(entry.file, locations);
    }
    located.push({ entry, location: locations.get(entry.fingerprint) });
  }
  return located;
}

async function locateInFile(
  root: string,
  file: string,
  finder: SecretFinder,
  entries: readonly BaselineEntry[],
  fingerprintOf: (ruleId: string, secret: string) => string,
): Promise<Map<string, EntryLocation>> {
  const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
  if (text === undefined) return new Map();
  const texts = text.split('\n');
  if (texts[texts.length - 1] === '') texts.pop();
  const lines: AddedLine[] = texts.map((lineText, index) => ({ file, line: index + 1, text: lineText }));
  const matches = finder.findSecrets(lines);
  const rules = new Set(entries.filter((entry) => entry.file === file).map((entry) => entry.rule));
  const locations = new Map<string, EntryLocation>();
  for (const match of matches) {
    if (!rules.has(match.ruleId)) continue;
    const fingerprint = fingerprintOf(match.ruleId, match.secret);
    if (!locations.has(fingerprint)) locations.set(fingerprint, { match, context: contextAround(match, lines, matches) });
  }
  return locations;
}

function contextAround(focus: RawMatch, lines: readonly AddedLine[], matches: readonly RawMatch[]): ContextLine[] {
  const first = Math.max(1, focus.line - CONTEXT_LINES);
  const last = Math.min(lines.length, focus.line + CONTEXT_LINES);
  return lines.slice(first - 1, last).map((added) => {
    const own = spanOnLine(focus, added.line);
    return {
      line: added.line,
      text: added.text,
      spans: mergeSpans(matches.flatMap((match) => spanOnLine(match, added.line) ?? [])),
      ...(own === undefined ? {} : { focus: own }),
    };
  });
}

/**
 * The part of a match on one line. A multi-line secret (a PEM block: the pattern reads the next lines
 * joined with "\n", see find-secrets) covers, on each following line, the start of that line up to
 * the length of its next "\n"-separated piece.
 */
function spanOnLine(match: RawMatch, line: number): Span | undefined {
  if (line === match.line) return { start: match.start, end: match.end };
  const pieces = match.secret.split('\n');
  const piece = pieces[line - match.line];
  if (line < match.line || piece === undefined) return undefined;
  return { start: -1, end: piece.length };
}
