'use strict';
// How every section prints: a heading per workload, then one row per figure, its label, the figure
// and a note (the issue's target, quoted, or what the figure is made of).
const { median, pairedRatio } = require('./measure');

const LABEL_WIDTH = 38;

function heading(text) {
  console.log(`\n${text}`);
}

function row(label, figure, note = '') {
  console.log(`  ${label.padEnd(LABEL_WIDTH)} ${figure.padStart(11)}${note ? `   ${note}` : ''}`);
}

const ms = (value) => `${value.toFixed(1)} ms`;
const seconds = (valueMs) => `${(valueMs / 1000).toFixed(2)} s`;
const mib = (value) => `${value.toFixed(0)} MiB`;
const times = (ratio) => `${ratio.toFixed(2)}x`;
/** The issue's target for a figure: quoted for the reader, never checked here. */
const target = (text) => `target ${text}`;

/**
 * The rows of one set of rounds: each command's median time and, beside each leakguard command, the
 * median of its paired ratios to the yardstick (the bare script) and the issue's target for it.
 */
function printRounds(results, targets = {}, yardstick = 'bare script') {
  const base = results.get(yardstick);
  for (const [label, result] of results) {
    const isCompared = base !== undefined && /^(?:leakguard|the installed)/.test(label);
    const ratio = isCompared ? `${times(pairedRatio(result, base))} the bare script` : '';
    row(label, ms(median(result.times)), [ratio, targets[label] && target(targets[label])].filter(Boolean).join(', '));
  }
}

module.exports = { heading, row, ms, seconds, mib, times, target, printRounds };
