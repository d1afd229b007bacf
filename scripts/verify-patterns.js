#!/usr/bin/env node
// Checks every built-in rule's pattern for super-linear backtracking (src/config/pattern-safety.ts) and
// records the key of each one that passes in test/detectors/checked-patterns.json, which the detector
// test reads so that it checks only new or changed patterns. Run after `npm run build`:
//   node scripts/verify-patterns.js        (npm run check:patterns)
// The checks run in child processes, a few rules each, as many at once as the machine has cores:
// redos-detector keeps its search state alive until the process's task ends, and one process
// checking 500 patterns grows to gigabytes.
const { spawn } = require('node:child_process');
const { availableParallelism } = require('node:os');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const OUTPUT = join(__dirname, '..', 'test', 'detectors', 'checked-patterns.json');
const RULES_PER_PROCESS = 10;
/** The budget the detector test checks built-in rules with: room for a private key, no time limit. */
const BUDGET = { longestMatch: 32_768, checkMilliseconds: Infinity };

function builtInRules() {
  return require(join(DIST, 'detect', 'registry')).builtInDetectors;
}

/** In a child: check rules [start, end) and print one JSON line per rule. */
async function checkSlice(start, end) {
  const { patternSafetyProblems, patternCheckKey } = require(join(DIST, 'config', 'pattern-safety'));
  for (const rule of builtInRules().slice(start, end)) {
    const began = Date.now();
    const problems = patternSafetyProblems(rule.pattern, BUDGET);
    process.stdout.write(`${JSON.stringify({ id: rule.id, key: patternCheckKey(rule.pattern, BUDGET), problems, ms: Date.now() - began })}\n`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runSlice(start, end) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, '--slice', String(start), String(end)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.on('close', (code) => (code === 0 ? resolve(output.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line))) : reject(new Error(`rules ${start}–${end}: the check exited with ${code}`))));
  });
}

async function checkAll() {
  const count = builtInRules().length;
  const slices = [];
  for (let start = 0; start < count; start += RULES_PER_PROCESS) slices.push([start, Math.min(count, start + RULES_PER_PROCESS)]);
  const results = [];
  const began = Date.now();
  const worker = async () => { for (let slice = slices.shift(); slice; slice = slices.shift()) results.push(...(await runSlice(...slice))); };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  const unsafe = results.filter((result) => result.problems.length > 0);
  const keys = [...new Set(results.filter((result) => result.problems.length === 0).map((result) => result.key))].sort();
  writeFileSync(OUTPUT, `${JSON.stringify({ about: 'Keys (patternCheckKey) of built-in patterns that passed the backtracking check; written by scripts/verify-patterns.js', keys }, null, 2)}\n`);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5).map((result) => `${result.id} ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`${results.length} patterns checked in ${((Date.now() - began) / 1000).toFixed(0)} s on ${availableParallelism()} cores; slowest: ${slowest.join(', ')}`);
  for (const result of unsafe) console.log(`UNSAFE ${result.id}: ${result.problems.join('; ')}`);
  process.exitCode = unsafe.length > 0 ? 1 : 0;
}

if (process.argv[2] === '--slice') checkSlice(Number(process.argv[3]), Number(process.argv[4]));
else checkAll();
