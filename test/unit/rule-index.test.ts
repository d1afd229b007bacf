import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Detector } from '../../src/detect/detector';
import type { FileDetector } from '../../src/detect/file-detector';
import { buildKeywordAutomaton } from '../../src/detect/keyword-automaton';
import { builtInDetectors, builtInFileDetectors } from '../../src/detect/registry';

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

test('the keyword automaton the build wrote is the one the registry’s keywords give, in the same order', () => {
  const { builtInKeywordAutomaton } = require(join(DIST_DETECT, 'built-in-rules.js')) as { builtInKeywordAutomaton: () => unknown };
  expect(builtInKeywordAutomaton()).toEqual(buildKeywordAutomaton(builtInDetectors.map((detector) => detector.keywords)));
});

const { builtInFileDetectorsForScan } = require(join(DIST_DETECT, 'built-in-file-detectors.js')) as { builtInFileDetectorsForScan: () => readonly FileDetector[] };

const fileSummary = (detector: FileDetector) => ({
  id: detector.id,
  severity: detector.severity,
  namePattern: detector.namePattern.source,
  flags: detector.namePattern.flags,
  description: detector.description,
  confidence: detector.confidence,
  label: detector.label,
  binaryIsSecret: detector.binaryIsSecret,
  hasSecretIn: detector.secretIn !== undefined,
  fix: detector.fix,
});

test('the lazily loaded file detectors are the registry’s, field for field, in the same order', () => {
  expect(builtInFileDetectorsForScan().map(fileSummary)).toEqual(builtInFileDetectors.map(fileSummary));
});

test('no file detector module is loaded until a path fits its name, then only that one’s', () => {
  const script = `
    const { builtInFileDetectorsForScan } = require(${JSON.stringify(join(DIST_DETECT, 'built-in-file-detectors.js'))});
    const { findSensitiveFile } = require(${JSON.stringify(join(DIST_DETECT, 'find-sensitive-file.js'))});
    const loaded = (folder) => Object.keys(require.cache).filter((path) => path.includes(folder)).length;
    const detectors = builtInFileDetectorsForScan();
    const batch = (file) => ({ file, isBinary: false, addedLines: [{ file, line: 1, text: 'x' }] });
    findSensitiveFile(detectors, batch('src/app.ts'));
    const before = loaded('/detect/file-detectors/');
    const found = findSensitiveFile(detectors, batch('infra/terraform.tfstate')).detector.id;
    console.log(JSON.stringify({ before, found, after: loaded('/detect/file-detectors/'), contentModules: loaded('/detectors/'), registry: loaded('/registry.js') }));
  `;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual({ before: 0, found: 'sensitive-file-terraform-state', after: 1, contentModules: 0, registry: 0 });
});
