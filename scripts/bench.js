#!/usr/bin/env node
'use strict';
// `npm run bench`: measures what a user waits for, in scratch repositories, beside a bare script that
// runs the same git command (scripts/bench/bare.js) and `node -e 0`. Every figure printed is measured in
// this run; the targets are quoted beside them for the reader, never checked here.
// `node scripts/bench.js commit history` runs those sections; no argument runs them all.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { RUNS } = require('./bench/measure');

const SECTIONS = {
  ...require('./bench/commit'),
  ...require('./bench/staged-large'),
  ...require('./bench/history'),
  ...require('./bench/pre-push'),
  ...require('./bench/rules'),
  ...require('./bench/pattern-check'),
  ...require('./bench/long-lines'),
  ...require('./bench/redact'),
  ...require('./bench/binary'),
};
/** Names kept from before the sections were split: `staged` was the typical commit and the large changes. */
const GROUPS = { staged: ['commit', 'large', 'curve'] };

function chosenSections(names) {
  const expanded = (names.length > 0 ? names : Object.keys(SECTIONS)).flatMap((name) => GROUPS[name] ?? [name]);
  const unknown = expanded.filter((name) => SECTIONS[name] === undefined);
  if (unknown.length > 0) throw new Error(`unknown section "${unknown[0]}"; choose from ${[...Object.keys(SECTIONS), ...Object.keys(GROUPS)].join(', ')}`);
  return expanded;
}

async function main() {
  const sections = chosenSections(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'leakguard-bench-'));
  console.log(`leakguard bench: ${RUNS} rounds (BENCH_RUNS; the large workloads a third as many, at least 3), wall time with node's start-up;`);
  console.log('the commands take turns round by round, and a ratio is the median of each round\'s leakguard time / bare script time.');
  try {
    for (const name of sections) await SECTIONS[name](root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exitCode = 2;
});
