'use strict';
// The safety check a custom pattern gets when the config loads, on the hardest patterns we know of:
// one refused for its bound, the worst accepted, and patterns that make redos-detector work to its
// budget. Each runs alone in fresh nodes, its time and peak memory measured (README, "Configuration").
const { FEW_RUNS: runs } = require('./measure');
const { heading, mib, ms, row, target } = require('./print');
const { checkPatterns } = require('./rule-configs');

const HARD_PATTERNS = [
  'acme_(?<secret>[a-z_]{1,20000}X)',
  '(?<secret>[a-z_]{1,511}X)',
  'acme_[a-z]{1,100}[a-z0-9]{1,100}X',
  `${'(?:a|ab)?'.repeat(14)}X`,
  'acme_(?:[a-z0-9]{1,8}[._-]?){1,8}X',
  `${'[a-z]?'.repeat(30)}X`,
];

function benchPatternCheck(root) {
  heading(`custom pattern check at config load, each pattern alone in ${runs} fresh nodes (median time, largest peak memory)`);
  const empty = checkPatterns(root, 'no-pattern', [], runs);
  row('node with the check loaded, no pattern', mib(empty.peakMiB), 'the floor of the memory figures below');
  HARD_PATTERNS.forEach((source, index) => {
    const check = checkPatterns(root, `hard${index}`, [source], runs);
    const shown = source.length > 36 ? `${source.slice(0, 33)}...` : source;
    row(shown, ms(check.ms), `${check.refused ? 'refused' : 'accepted'}, ${target('<= 100 ms')}; peak ${mib(check.peakMiB)}, ${target('<= 200 MB')}`);
  });
}

module.exports = { 'pattern-check': benchPatternCheck };
