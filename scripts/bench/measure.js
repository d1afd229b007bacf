'use strict';
// Timing and memory of whole processes, as a user waits for them. Nothing here compares a figure with
// a target: the sections print the targets beside the figures for the reader.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const CLI = join(__dirname, '..', '..', 'bin', 'leakguard.js');
const RUNS = Number(process.env.BENCH_RUNS || 15);
/** The large workloads get a third of the rounds, at least 3: one round of 40 MiB takes seconds. */
const LARGE_RUNS = Math.max(3, Math.floor(RUNS / 3));
/** The workloads of a second or more per run in fresh processes (redact, the pattern check): a fifth, at least 3. */
const FEW_RUNS = Math.max(3, Math.floor(RUNS / 5));

/**
 * A command to time: `argv` is run with `cwd`, `input` (if any) as its stdin. `statuses` are the exit
 * codes that mean it ran to the end (1 is "secrets found" for leakguard, a measured outcome).
 */
function command(label, argv, cwd, options = {}) {
  return { label, argv, cwd, input: options.input, statuses: options.statuses ?? [0, 1] };
}

/** leakguard's CLI run by this node, as the hook's `node bin/leakguard.js` does. */
function leakguard(label, args, cwd, options = {}) {
  return command(label, [process.execPath, ...(options.nodeFlags ?? []), CLI, ...args], cwd, options);
}

function timeOnce({ argv, cwd, input, statuses }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!statuses.includes(result.status)) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Every command once per round, `runs` rounds, after one warm-up run each (page cache, git's index,
 * any cache leakguard keeps). The order rotates round by round, so that no command always runs first
 * or right after the heaviest one. Returns each command's times and last exit status, by label.
 */
function rounds(commands, runs = RUNS) {
  for (const each of commands) timeOnce(each);
  const results = new Map(commands.map((each) => [each.label, { times: [], status: undefined }]));
  for (let round = 0; round < runs; round++) {
    for (let turn = 0; turn < commands.length; turn++) {
      const each = commands[(round + turn) % commands.length];
      const { ms, status } = timeOnce(each);
      const result = results.get(each.label);
      result.times.push(ms);
      result.status = status;
    }
  }
  return results;
}

/** The median of each round's ratio `one / other`: both ran in the same round, under the same load. */
function pairedRatio(one, other) {
  return median(one.times.map((ms, round) => ms / other.times[round]));
}

/** Each round's difference `one - other`, in ms, sorted: its median is the figure, its ends the spread. */
function pairedDifferences(one, other) {
  return one.times.map((ms, round) => ms - other.times[round]).sort((a, b) => a - b);
}

/**
 * One run of leakguard in a node that reports its own peak resident memory (process.resourceUsage,
 * git's processes excluded) and its CPU time on exit. Returns them with the wall time, the exit status
 * and stdout.
 */
function ownUsage(args, cwd, options = {}) {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}];` +
    "process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('\\nusage ' + usage.maxRSS + ' ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); });" +
    `require(${JSON.stringify(CLI)});`;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...(options.nodeFlags ?? []), '-e', wrapper], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: [options.stdin ?? (options.input === undefined ? 'ignore' : 'pipe'), options.stdout ?? 'pipe', 'pipe'], input: options.input,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [, kilobytes, microseconds] = /usage (\d+) (\d+)/.exec(result.stderr) ?? [];
  if (kilobytes === undefined) throw new Error(`leakguard ${args.join(' ')} exited ${result.status} without its usage: ${result.stderr}`);
  return { ms, status: result.status, stdout: result.stdout, peakMiB: Number(kilobytes) / 1024, cpuMs: Number(microseconds) / 1000 };
}

module.exports = { CLI, RUNS, LARGE_RUNS, FEW_RUNS, command, leakguard, rounds, median, pairedRatio, pairedDifferences, ownUsage };
