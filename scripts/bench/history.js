'use strict';
// scan --history: 2,000 commits against the bare script over the same git log, then 5,000 and 50,000
// commits for time and leakguard's own peak memory, which must not grow with the history.
const { leakguard, median, ownUsage, rounds, RUNS } = require('./measure');
const { bareLog } = require('./bare');
const { heading, mib, printRounds, row, seconds } = require('./print');
const { historyInto, once } = require('./repos');

/** What commitsSource asks git log for under --history (src/scan/sources/commits.ts). */
const HISTORY_REQUEST = { revisions: [], selection: ['--all'] };
const SCAN = ['scan', '--history', '--format', 'json'];

const historyRepo = (root, commits) => once(root, `history${commits}`, (dir) => historyInto(dir, commits));

/** One JSON scan of the history, its own memory measured: wall time, peak, and what it says it read. */
function scanHistory(dir) {
  const usage = ownUsage(SCAN, dir);
  return { ...usage, summary: JSON.parse(usage.stdout).summary };
}

function benchHistory(root) {
  const dir = historyRepo(root, 2000);
  const results = rounds([bareLog(root, dir, HISTORY_REQUEST), leakguard('leakguard scan --history', SCAN, dir)]);
  const { summary } = scanHistory(dir);
  heading(`history of 2,000 commits (git fast-import; ${RUNS} rounds; leakguard read ${summary.commitsScanned} commits, ${summary.findings} findings)`);
  printRounds(results, { 'leakguard scan --history': '<= 1.25x' });
  heading('longer histories: leakguard scan --history, and its own peak memory (git excluded; target: flat, not growing with the commits)');
  for (const commits of [5000, 50000]) {
    const started = process.hrtime.bigint();
    const long = historyRepo(root, commits);
    const madeMs = Number(process.hrtime.bigint() - started) / 1e6;
    // 50,000 commits take seconds a run: one run, its memory measured in the same run.
    const scans = Array.from({ length: commits > 10000 ? 1 : 3 }, () => scanHistory(long));
    const ms = median(scans.map((scan) => scan.ms));
    const read = scans[0].summary.commitsScanned;
    row(`${commits} commits (made in ${seconds(madeMs)})`, seconds(ms), `${Math.round(read / (ms / 1000))} commits/s, ${read} read; median of ${scans.length}`);
    row('  leakguard peak memory', mib(Math.max(...scans.map((scan) => scan.peakMiB))), 'its own process');
  }
}

module.exports = { history: benchHistory };
