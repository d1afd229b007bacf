import { longestMatch } from '../../src/config/longest-match';
import { CUSTOM_PATTERN_BUDGET, patternSafetyProblems } from '../../src/config/pattern-safety';
import { validateConfig } from '../../src/config/validate-config';
import { builtInDetectors } from '../../src/detect/registry';
import { createSecretFinder } from '../../src/detect/find-secrets';

const MEGABYTE = 1 << 20;

/** The custom rule as validateConfig compiles it, ready for the engine. */
function customDetector(pattern: string, keyword: string) {
  const config = validateConfig({ rules: [{ id: 'acme-api-key', description: 'd', pattern, keywords: [keyword] }] }, '/repo/.leakguardrc', new Set());
  const rule = config.customRules[0];
  if (rule === undefined) throw new Error('expected the rule to be accepted');
  return { id: rule.id, description: rule.description, keywords: rule.keywords, pattern: rule.pattern, fix: rule.fix, examples: { detects: () => [], ignores: () => [] } };
}

describe('longestMatch', () => {
  test.each([
    ['acme_[a-z]{32}', 37],
    ['a|bcd|ef', 3],
    ['(?:ab{1,3}){2}', 8],
    ['(?<secret>x{1,20000}X)', 20001],
    ['(?=abc)d', 4],
    ['(ab)\\1', 4],
    ['\\bA\\x41\\u0041\\d{2,4}$', 7],
    ['a{3}b?c{2,}', Infinity],
  ])('%s reads at most %d characters', (source, expected) => {
    expect(longestMatch(new RegExp(source))).toBe(expected);
  });
});

describe('custom patterns cost bounded work per line', () => {
  test('a bounded repetition too long for a long line is refused, with the figure and the fix', () => {
    const problems = patternSafetyProblems(/acme_(?<secret>[a-z_]{1,20000}X)/);
    expect(problems).toEqual([expect.stringContaining('one match attempt can read 20006 characters, more than 512')]);
    expect(patternSafetyProblems(/acme_(?:[a-z]{1,30}){1,30}/)[0]).toContain('can read 905 characters');
  });

  test('adjacent repetitions over overlapping classes are refused', () => {
    // redos-detector either finds the overlap or cannot finish exploring it: refused both ways.
    expect(patternSafetyProblems(/acme_[a-z]{1,100}[a-z0-9]{1,100}X/)).toEqual([expect.stringMatching(/super-linear/)]);
  });

  test('the check of a long pattern ends within its budget and refuses what it cannot decide', () => {
    // Built-in-sized patterns took seconds and gigabytes in redos-detector before it had a time limit.
    for (const detector of builtInDetectors.filter((candidate) => candidate.pattern.source.length > 150).slice(0, 5)) {
      const started = Date.now();
      const problems = patternSafetyProblems(detector.pattern);
      expect(Date.now() - started).toBeLessThan(CUSTOM_PATTERN_BUDGET.checkMilliseconds + 4000);
      for (const problem of problems) expect(problem).toMatch(/within the check's budget|can read|super-linearly/);
    }
  });

  test('the worst accepted pattern finishes on a megabyte line of its own keyword', () => {
    // No literal before the run: every position starts an attempt that reads 511 characters and fails.
    const detector = customDetector('(?<secret>[a-z_]{1,511}X)', 'a');
    const finder = createSecretFinder([detector]);
    const started = Date.now();
    expect(finder.findSecrets([{ file: 'big.txt', line: 1, text: 'a'.repeat(MEGABYTE) }])).toEqual([]);
    // A guard against a hang, not a measurement: the figure is in `npm run bench`.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
