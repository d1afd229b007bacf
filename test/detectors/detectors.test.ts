import { patternCheckKey, patternSafetyProblems, type PatternBudget } from '../../src/config/pattern-safety';
import { crc32 } from '../../src/detect/checksums';
import type { Detector } from '../../src/detect/detector';
import type { FileSample } from '../../src/detect/file-detector';
import { createSecretFinder } from '../../src/detect/find-secrets';
import { findSensitiveFile } from '../../src/detect/find-sensitive-file';
import { builtInDetectors, builtInFileDetectors, detectorsByProvider, fileDetectorsByKind } from '../../src/detect/registry';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import type { AddedLine } from '../../src/model/added-line';
import type { RawMatch } from '../../src/model/raw-match';
import { redactLine, redactSecret } from '../../src/model/redact';
import { fileSampleAsBatch } from '../support/file-sample';

/** The whole registry, as a scan runs it: a positive must also survive the other rules. */
const finder = createSecretFinder(builtInDetectors);

/** The usual places a secret gets pasted into. */
const CONTEXTS: readonly (readonly [string, (value: string) => string])[] = [
  ['alone', (value) => value],
  ['KEY=…', (value) => `KEY=${value}`],
  ['key: "…"', (value) => `key: "${value}"`],
  ['"key": "…"', (value) => `"key": "${value}",`],
  ["const key = '…'", (value) => `const key = '${value}';`],
  ['export KEY=…', (value) => `export KEY=${value}`],
  ['URL query', (value) => `https://example.com/cb?key=${value}&x=1`],
];

/** Reviewed once and checked here, not on every commit: room for a private key, no time limit. */
const BUILT_IN_PATTERN_BUDGET: PatternBudget = { longestMatch: 32_768, checkMilliseconds: Infinity };
/**
 * Patterns that passed the backtracking check with this budget (scripts/verify-patterns.js, `npm run
 * check:patterns`): checking 500 rules takes minutes, so a run checks only the new or changed ones.
 */
const CHECKED_PATTERNS: ReadonlySet<string> = new Set((require('./checked-patterns.json') as { keys: string[] }).keys);
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALL_IDS = builtInDetectors.map((detector) => detector.id);

function toAddedLines(text: string): AddedLine[] {
  return text.split('\n').map((line, index) => ({ file: 'sample.txt', line: index + 1, text: line }));
}

function matchesOf(detector: Detector, text: string): RawMatch[] {
  return finder.findSecrets(toAddedLines(text)).filter((match) => match.ruleId === detector.id);
}

function hasSecretGroup(pattern: RegExp): boolean {
  const groups = new RegExp(`${pattern.source}|`, pattern.flags).exec('')?.groups ?? {};
  return 'secret' in groups;
}

/** Neither the redacted secret nor the redacted line may hold the secret. */
function leaksSecret(match: RawMatch): boolean {
  const span = { start: match.start, end: match.end };
  return [redactSecret(match.secret), redactLine(match.lineText, [span], span)].some((output) => output.includes(match.secret));
}

const cases = Object.entries(detectorsByProvider).flatMap(([provider, detectors]) => detectors.map((detector) => ({ provider, detector })));

test('the registry holds the expected number of rules, each id once', () => {
  expect(new Set(ALL_IDS).size).toBe(ALL_IDS.length);
  expect(ALL_IDS.length).toBeGreaterThanOrEqual(150);
});

describe.each(cases)('$detector.id', ({ provider, detector }) => {
  // A fixed seed per rule: a failing sample is the same sample on every run.
  const seed = crc32(detector.id);
  const positives = detector.examples.detects(createSampleGenerator(seed));
  const negatives = detector.examples.ignores(createSampleGenerator(seed + 1));

  test('is well-formed', () => {
    expect(detector.id).toMatch(KEBAB_CASE);
    expect(detector.id.startsWith(`${provider}-`)).toBe(true);
    expect(ALL_IDS.filter((id) => id === detector.id)).toHaveLength(1);
    expect(hasSecretGroup(detector.pattern)).toBe(true);
    expect(detector.pattern.flags).toMatch(/^[imsu]*$/);
    expect(detector.keywords.length).toBeGreaterThan(0);
    for (const keyword of detector.keywords) expect(keyword).toMatch(/^[^A-Z]+$/);
    expect(detector.description.trim()).not.toBe('');
    expect(detector.fix.trim()).not.toBe('');
    expect(positives.length).toBeGreaterThanOrEqual(1);
    expect(negatives.length).toBeGreaterThanOrEqual(2);
  });

  test('has only bounded quantifiers and no super-linear backtracking', async () => {
    // The same check a custom rule passes when the config loads, with a budget of their own: a private
    // key is thousands of characters long, and these run once here, not on every commit.
    if (CHECKED_PATTERNS.has(patternCheckKey(detector.pattern, BUILT_IN_PATTERN_BUDGET))) return;
    expect(patternSafetyProblems(detector.pattern, BUILT_IN_PATTERN_BUDGET)).toEqual([]);
    // redos-detector's trails sit behind WeakRefs, which V8 keeps alive until the current task ends;
    // jest chains tests in one task, so without yielding here a few hundred checks run out of memory.
    await new Promise((resolve) => setImmediate(resolve));
  });

  test.each(positives.map((text, index) => [index, text] as const))('finds positive #%i alone and in context', (_index, text) => {
    expect(detector.keywords.some((keyword) => text.toLowerCase().includes(keyword))).toBe(true);
    for (const [context, wrap] of CONTEXTS) {
      const matches = matchesOf(detector, wrap(text));
      expect({ context, isFound: matches.length > 0 }).toEqual({ context, isFound: true });
      expect({ context, leaks: matches.some(leaksSecret) }).toEqual({ context, leaks: false });
    }
  });

  test.each(negatives.map((text, index) => [index, text] as const))('ignores negative #%i', (_index, text) => {
    expect(matchesOf(detector, text).length).toBe(0);
  });
});

// File detectors (file-detectors/<kind>.ts): the same loop over the registry's second table.
const fileCases = Object.entries(fileDetectorsByKind).map(([kind, detector]) => ({ kind, detector }));

test('a rule id, content or file, is in the registry once', () => {
  const ids = [...ALL_IDS, ...builtInFileDetectors.map((detector) => detector.id)];
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});

describe.each(fileCases)('$detector.id', ({ kind, detector }) => {
  const seed = crc32(detector.id);
  const reports = detector.examples.reports(createSampleGenerator(seed));
  const ignores = detector.examples.ignores(createSampleGenerator(seed + 1));
  /** As a scan runs them: a file must be reported by its own kind with every other kind listed too. */
  const matchOf = (index: number) => findSensitiveFile(builtInFileDetectors, fileSampleAsBatch(reports[index] as FileSample));

  test('is well-formed, in the file named after its kind', () => {
    expect(kind).toMatch(KEBAB_CASE);
    expect(detector.id).toBe(`sensitive-file-${kind}`);
    expect(Object.values(require(`../../src/detect/file-detectors/${kind}`) as object)).toContain(detector);
    // Tested once per path, and copied into the build's index as source and flags: no state, no lastIndex.
    expect(detector.namePattern.flags).toMatch(/^[imsu]*$/);
    for (const text of [detector.description, detector.label, detector.fix]) expect(text.trim()).not.toBe('');
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(ignores.length).toBeGreaterThanOrEqual(2);
  });

  test.each(reports.map((sample, index) => [index, sample.path] as const))('reports example #%i (%s); no credential line leaks', (index) => {
    const match = matchOf(index);
    expect(match?.detector.id).toBe(detector.id);
    for (const secretLine of match?.secretLines ?? []) {
      expect(secretLine.ruleId).toBe(detector.id);
      expect(leaksSecret(secretLine)).toBe(false);
    }
  });

  test('finds a credential line in its examples when its kind has them (the leak check above is not empty)', () => {
    const secretLines = reports.flatMap((_sample, index) => matchOf(index)?.secretLines ?? []);
    expect(secretLines.length > 0).toBe(detector.secretIn !== undefined);
  });

  test.each(ignores.map((sample, index) => [index, sample.path] as const))('ignores example #%i (%s)', (index) => {
    expect(findSensitiveFile([detector], fileSampleAsBatch(ignores[index] as FileSample))).toBeUndefined();
  });
});

// Rules that read several lines (Detector.window). A multi-line sample is fed as consecutive lines of
// one file, as a diff or a file gives them. The wrapped contexts above apply to these samples too:
// wrapping puts `KEY=` before the first line and `&x=1` after the last, which is how a key block or a
// manifest snippet lands in a string; a window must find the secret there as well.
describe('secrets over several lines', () => {
  const multiLine = cases.flatMap(({ detector }) =>
    detector.examples
      .detects(createSampleGenerator(crc32(detector.id)))
      .filter((text) => text.includes('\n'))
      .map((text, index) => ({ id: detector.id, index, detector, text })),
  );
  const placeOf = (match: RawMatch) => ({ line: match.line, start: match.start, end: match.end, secret: match.secret });

  test.each(multiLine)('$id positive #$index is found once, at the line of its first character', ({ detector, text }) => {
    const lines = toAddedLines(text);
    const matches = matchesOf(detector, text);
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches.map((match) => match.secret)).size).toBe(matches.length);
    const before = detector.window?.before ?? 0;
    for (const match of matches) {
      const line = lines[match.line - 1] as AddedLine;
      expect(line.text.slice(match.start, match.end)).toBe(match.secret.split('\n')[0]);
      // The prefilter runs a rule on a line only when it, or a line of its window above it, holds one of its keywords.
      const window = lines.slice(Math.max(0, match.line - 1 - before), match.line).map((added) => added.text.toLowerCase()).join('\n');
      expect(detector.keywords.some((keyword) => window.includes(keyword))).toBe(true);
    }
  });

  test.each(multiLine)('$id positive #$index is found once when a batch boundary cuts it anywhere', ({ detector, text }) => {
    const lines = toAddedLines(text);
    const whole = matchesOf(detector, text).map(placeOf);
    const { before, after } = finder.reach;
    for (let cut = 1; cut < lines.length; cut++) {
      const [first, second] = [lines.slice(0, cut), lines.slice(cut)];
      // Each batch is scanned with what the scan passes as neighbours: the lines within reach on either side.
      const found = [...finder.findSecrets(first, second.slice(0, after)), ...finder.findSecrets(second, first.slice(Math.max(0, cut - before)))];
      expect({ cut, found: found.filter((match) => match.ruleId === detector.id).map(placeOf) }).toEqual({ cut, found: whole });
    }
  });
});
