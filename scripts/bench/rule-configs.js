'use strict';
// Configs of custom rules for the bench, and the cost of their pattern check measured alone.
const { spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { median } = require('./measure');

/** `count` custom rules whose keyword (`zqj<n>x_`) no corpus here holds: they can never match. */
function neverMatchingRules(count) {
  return Array.from({ length: count }, (_, index) => ({
    id: `benchnever${index}-api-key`,
    description: `Bench rule ${index}, never matching`,
    pattern: `zqj${index}x_(?<secret>[a-z0-9]{32})`,
    keywords: [`zqj${index}x_`],
  }));
}

/** A config file holding `rules`, outside every repository: scans name it with --config. */
function writeConfig(root, name, rules) {
  const path = join(root, `${name}.json`);
  writeFileSync(path, JSON.stringify({ rules }));
  return path;
}

/**
 * The safety check of `sources`, each of `runs` times in a fresh node (as each scan is): the median
 * time (module loading excluded), the first run's (before any cache the check may keep), how many it
 * refused, the largest peak memory.
 */
function checkPatterns(root, name, sources, runs = 3) {
  const list = join(root, `${name}-patterns.json`);
  writeFileSync(list, JSON.stringify(sources));
  const checks = Array.from({ length: runs }, () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'check-patterns.js'), list], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`check-patterns.js exited ${result.status}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  });
  return { ms: median(checks.map((check) => check.ms)), firstMs: checks[0].ms, refused: checks[0].refused, peakMiB: Math.max(...checks.map((check) => check.peakMiB)) };
}

module.exports = { neverMatchingRules, writeConfig, checkPatterns };
