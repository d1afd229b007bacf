import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Detector } from '../../src/detect/detector';
import { builtInDetectors } from '../../src/detect/registry';

/**
 * The built CLI reads the built-in rules through dist/detect/rule-index.json (written by
 * `npm run build`, which `npm test` runs first) and loads a rule's module only when a line calls for
 * it. These tests hold the compiled, lazily loaded rules to the registry they were indexed from.
 */
const DIST_DETECT = join(__dirname, '..', '..', 'dist', 'detect');
const { builtInRulesForScan } = require(join(DIST_DETECT, 'built-in-rules.js')) as { builtInRulesForScan: () => readonly Detector[] };

const summary = (detector: Detector) => ({
  id: detector.id,
  keywords: detector.keywords,
  severity: detector.severity ?? (detector.isGeneric ? 'medium' : 'high'),
  isGeneric: detector.isGeneric === true,
  description: detector.description,
  pattern: detector.pattern.source,
  flags: detector.pattern.flags,
  minEntropy: detector.minEntropy,
  window: detector.window,
  hasValidator: detector.validate !== undefined,
  fix: detector.fix,
});

test('the lazily loaded rules are the registry’s rules, field for field, in the same order', () => {
  expect(builtInRulesForScan().map(summary)).toEqual(builtInDetectors.map(summary));
});

test('no detector module is loaded until a rule’s pattern is needed, then only that rule’s', () => {
  const script = `
    const { builtInRulesForScan } = require(${JSON.stringify(join(DIST_DETECT, 'built-in-rules.js'))});
    const loaded = () => Object.keys(require.cache).filter((path) => path.includes('/detectors/')).length;
    const rules = builtInRulesForScan();
    const before = loaded();
    rules.find((rule) => rule.id === 'github-classic-token').pattern;
    console.log(JSON.stringify({ rules: rules.length, before, after: loaded() }));
  `;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  const counts = JSON.parse(result.stdout) as { rules: number; before: number; after: number };
  expect(counts.rules).toBe(builtInDetectors.length);
  expect(counts.before).toBe(0);
  expect(counts.after).toBeGreaterThanOrEqual(1);
  expect(counts.after).toBeLessThanOrEqual(3);
});
