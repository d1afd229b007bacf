'use strict';
// The pre-commit hook on large staged changes of node_modules code: 40 MB with peak memory, then the
// curve of the scan's time against the staged size.
const { join } = require('node:path');
const { command, LARGE_RUNS, leakguard, median, ownUsage, pairedRatio, rounds } = require('./measure');
const { bareStaged } = require('./bare');
const { heading, mib, ms, printRounds, row, target, times } = require('./print');
const { largeChangeRepo, stagedSize } = require('./repos');

function benchLarge(root) {
  const dir = largeChangeRepo(root, 40);
  const { files, megabytes } = stagedSize(dir);
  const results = rounds([
    bareStaged(root, dir),
    leakguard('leakguard scan --staged', ['scan', '--staged'], dir),
    command('the installed pre-commit hook', ['sh', join(dir, '.git', 'hooks', 'pre-commit')], dir),
  ], LARGE_RUNS);
  const scan = ownUsage(['scan', '--staged', '--format', 'json'], dir);
  const findings = JSON.parse(scan.stdout).findings.length;
  heading(`staged change of ${megabytes.toFixed(1)} MiB of node_modules code, ${files} files (${LARGE_RUNS} rounds; ${findings} findings)`);
  printRounds(results, { 'leakguard scan --staged': '<= 1.5x', 'the installed pre-commit hook': '<= 1.5x' });
  row('leakguard peak memory', mib(scan.peakMiB), `its own process, git excluded; ${target('<= 80 MiB')}`);
}

function benchCurve(root) {
  heading(`scan --staged against the staged size, node_modules code (${LARGE_RUNS} rounds each): leakguard, then the bare script`);
  for (const size of [1, 5, 10, 20, 40]) {
    const dir = largeChangeRepo(root, size);
    const { files, megabytes } = stagedSize(dir);
    const results = rounds([bareStaged(root, dir), leakguard('leakguard', ['scan', '--staged'], dir)], LARGE_RUNS);
    const [bare, scan] = [results.get('bare script'), results.get('leakguard')];
    const perMb = (result) => `${(median(result.times) / megabytes).toFixed(1)} ms/MiB`;
    row(`${megabytes.toFixed(1)} MiB, ${files} files`, ms(median(scan.times)), `${perMb(scan)}; bare ${ms(median(bare.times))}, ${perMb(bare)}; ${times(pairedRatio(scan, bare))} bare`);
  }
}

module.exports = { large: benchLarge, curve: benchCurve };
