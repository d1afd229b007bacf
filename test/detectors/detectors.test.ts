import { isSafePattern } from 'redos-detector';
import { crc32 } from '../../src/detect/checksums';
import type { Detector } from '../../src/detect/detector';
import { createSecretFinder } from '../../src/detect/find-secrets';
import { builtInDetectors, detectorsByProvider } from '../../src/detect/registry';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import type { AddedLine } from '../../src/model/added-line';
import type { RawMatch } from '../../src/model/raw-match';
import { redactLine, redactSecret } from '../../src/model/redact';

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

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALL_IDS = builtInDetectors.map((detector) => detector.id);

/**
 * redos-detector's default budget (20 000 steps) is too small to finish exploring the rules that
 * recognise a secret by its name (the AWS secret and session rules, the generic rule); a check that
 * runs out of steps still fails. A step budget rather than a timeout keeps the result independent of
 * the machine's speed.
 */
const REDOS_STEPS = 200_000;

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

/** `*`, `+` and `{n,}` outside character classes: quantifiers that repeat without bound. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let isInClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (isInClass) isInClass = char !== ']';
    else if (char === '[') isInClass = true;
    else if (char === '*' || char === '+' || /^\{\d+,\}/.test(source.slice(index))) found.push(`${char} at ${index}`);
  }
  return found;
}

/** redos-detector's parser predates named groups; a named group backtracks exactly like a plain one. */
function withoutGroupNames(source: string): string {
  return source.replace(/(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/g, '(');
}

/**
 * Backtracking within one match attempt. redos-detector models an unanchored search by putting `[^]*?`
 * in front of the pattern and then counts every overlap between a long token and the next start
 * position as a backtrack (so `ab[a-z]{30}` is "unsafe"). With bounded quantifiers, each start
 * position costs at most one bounded attempt and the scan stays linear; what can still explode is
 * the attempt itself, which is what the anchored pattern measures.
 */
function checkBacktracking(pattern: RegExp): { safe: boolean; error: string | null } {
  const result = isSafePattern(`^(?:${withoutGroupNames(pattern.source)})`, {
    caseInsensitive: pattern.flags.includes('i'),
    dotAll: pattern.flags.includes('s'),
    multiLine: pattern.flags.includes('m'),
    unicode: pattern.flags.includes('u'),
    maxSteps: REDOS_STEPS,
  });
  return { safe: result.safe, error: result.error };
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
    expect(unboundedQuantifiers(detector.pattern.source)).toEqual([]);
    expect(checkBacktracking(detector.pattern)).toEqual({ safe: true, error: null });
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
