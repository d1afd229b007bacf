'use strict';
// What the rules cost: the scan's time per MiB of the 40 MiB corpus at today's rule count, what rules
// whose keywords never occur add to it, and what 200 such custom rules add to a small commit. A
// config's rules get a pattern safety check at load: it is measured alone too, to tell the two apart.
const { spawnSync } = require('node:child_process');
const { CLI, LARGE_RUNS, leakguard, median, pairedDifferences, rounds, RUNS } = require('./measure');
const { bareStaged } = require('./bare');
const { heading, ms, printRounds, row, target } = require('./print');
const { checkPatterns, neverMatchingRules, writeConfig } = require('./rule-configs');
const { largeChangeRepo, stagedSize, typicalCommitRepo } = require('./repos');

const CUSTOM_RULES = 200;
const WITHOUT = 'leakguard scan --staged';
const WITH = `leakguard + ${CUSTOM_RULES} never-matching rules`;

/** The rule count `leakguard rules` prints on its last line. */
function ruleCount() {
  const listed = spawnSync(process.execPath, [CLI, 'rules'], { encoding: 'utf8' }).stdout;
  return Number(/(\d+) rules\.\s*$/.exec(listed)?.[1]);
}

/** The rounds of a scan without and with the never-matching rules, and the rules' own check. */
function withAndWithout(root, dir, runs, others = []) {
  const rules = neverMatchingRules(CUSTOM_RULES);
  const config = writeConfig(root, 'never-matching', rules);
  const results = rounds([...others, leakguard(WITHOUT, ['scan', '--staged'], dir), leakguard(WITH, ['scan', '--staged', '--config', config], dir)], runs);
  return { results, added: pairedDifferences(results.get(WITH), results.get(WITHOUT)), check: checkPatterns(root, 'never-matching', rules.map((rule) => rule.pattern)) };
}

function addedRow(added, check, targetText) {
  const spread = `rounds ${ms(added[0])} to ${ms(added.at(-1))}`;
  row(`added by ${CUSTOM_RULES} never-matching rules`, ms(median(added)), `median of paired differences (${spread}); ${target(targetText)}`);
  row('  their pattern check, alone', ms(check.ms), `median of 3 fresh nodes (the first ${ms(check.firstMs)}), at each scan's start`);
  row('  the rest: scanning with them', ms(median(added) - check.ms), 'the two medians\' difference');
}

function benchRules(root) {
  const dir = largeChangeRepo(root, 40);
  const { megabytes } = stagedSize(dir);
  const { results, added, check } = withAndWithout(root, dir, LARGE_RUNS, [bareStaged(root, dir)]);
  const [scan, bare] = [median(results.get(WITHOUT).times), median(results.get('bare script').times)];
  heading(`rules: scan --staged of ${megabytes.toFixed(1)} MiB of node_modules code at ${ruleCount()} rules (leakguard rules; ${LARGE_RUNS} rounds)`);
  printRounds(results);
  row('scan time / MiB', `${(scan / megabytes).toFixed(1)} ms/MiB`, target('<= 8.9 ms/MiB at 450+ rules'));
  row('(scan - bare script) / MiB', `${((scan - bare) / megabytes).toFixed(1)} ms/MiB`, 'what leakguard adds to reading the diff');
  addedRow(added, check, 'nothing measurable for rules whose keywords never occur');
}

function benchCustomRules(root) {
  const dir = typicalCommitRepo(root, false);
  const { results, added, check } = withAndWithout(root, dir, RUNS);
  heading(`custom rules: ${CUSTOM_RULES} never-matching custom rules (--config) on the clean commit (${RUNS} rounds)`);
  printRounds(results);
  addedRow(added, check, '<= 20 ms');
}

module.exports = { rules: benchRules, 'custom-rules': benchCustomRules };
