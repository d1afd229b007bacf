#!/usr/bin/env node
'use strict';
// `npm run bench`: measures what a user waits for, in a scratch repository. Every number printed is
// measured in this run; nothing is compared against a constant here. The targets are quoted
// beside the figures for the reader.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, copyFileSync, readdirSync, statSync, openSync, writeSync, closeSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { basename, dirname, join } = require('node:path');
const { createSampleGenerator } = require('../dist/detect/sample-generator');
const { crc32, toBase62 } = require('../dist/detect/checksums');

const CLI = join(__dirname, '..', 'bin', 'leakguard.js');
const RUNS = Number(process.env.BENCH_RUNS || 15);
const generate = createSampleGenerator(2024);

const WORDS = ['value', 'result', 'config', 'options', 'request', 'response', 'user', 'items', 'index', 'count', 'handler', 'token', 'key', 'secret', 'password'];
function codeLine(index) {
  const word = () => WORDS[Number(generate.digits(3)) % WORDS.length];
  const forms = [
    () => `  const ${word()}${index} = await ${word()}Service.get(${word()}, { id: "${generate.hex(8)}" });`,
    () => `  if (${word()}.length > ${index % 100}) { return ${word()}.map((x) => x.${word()}); }`,
    () => `  // ${word()} the ${word()} before the ${word()} is sent to the ${word()} endpoint`,
    () => `  logger.info(\`loaded \${${word()}.size} ${word()}s from \${path}\`);`,
    () => `  export function ${word()}To${word()}(${word()}: string): string { return ${word()}.trim(); }`,
  ];
  return forms[index % forms.length]();
}

function git(dir, ...args) {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function makeRepo(name) {
  const dir = join(root, name);
  mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** 10 files with 60 added lines each, on top of a committed version of the same files. */
function typicalCommitRepo() {
  const dir = makeRepo('typical');
  const bases = Array.from({ length: 10 }, () => Array.from({ length: 200 }, (_, i) => codeLine(i)));
  bases.forEach((lines, file) => writeFileSync(join(dir, `module${file}.ts`), lines.join('\n') + '\n'));
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base', '--no-verify');
  bases.forEach((base, file) => {
    const lines = [...base];
    for (let added = 0; added < 60; added++) lines.splice(added * 3, 0, codeLine(1000 + added));
    writeFileSync(join(dir, `module${file}.ts`), lines.join('\n') + '\n');
  });
  git(dir, 'add', '.');
  return dir;
}

/**
 * `megabytes` of real JavaScript and TypeScript, copied from this project's node_modules: real code has
 * the short lines, comments and keyword density a synthetic corpus would have to guess.
 */
function largeChangeRepo(megabytes) {
  const dir = makeRepo(`large${megabytes}`);
  const files = [...sourceFiles(join(__dirname, '..', 'node_modules'))];
  if (files.length === 0) throw new Error('no JavaScript in node_modules to stage: run npm ci first');
  let copied = 0;
  // node_modules may hold less than asked for: its files are then copied again, under other names.
  for (let index = 0; copied < megabytes << 20; index++) {
    const file = files[index % files.length];
    const target = join(dir, 'vendor', String(copied), basename(file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    copied += statSync(file).size;
  }
  git(dir, 'add', '.');
  return dir;
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:js|cjs|mjs|ts)$/.test(entry.name) && statSync(path).size < 2 << 20) yield path;
  }
}

/** The yardstick: a bare Node script that streams the staged diff and runs one regex over added lines. */
function writeBareScript() {
  const path = join(root, 'bare.js');
  writeFileSync(path, `
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const child = spawn('git', ['diff', '--cached', '-U0', '--no-color']);
const pattern = /gh[pousr]_[A-Za-z0-9]{36}/;
let hits = 0;
readline.createInterface({ input: child.stdout }).on('line', (line) => { if (line[0] === '+' && pattern.test(line)) hits++; });
child.on('close', () => process.exit(hits > 0 ? 1 : 0));
`);
  return path;
}

function timeOnce(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // 1 means "secrets found": a measured outcome, not a failed run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median wall time of each command, the commands taking turns run by run: a machine that slows
 * down for a while then slows all of them alike, and their ratio stays fair.
 */
function medianTimes(commands, cwd, runs = RUNS) {
  for (const [command, ...args] of commands) timeOnce(command, args, cwd); // warm the page cache and git's index
  const times = commands.map(() => []);
  for (let run = 0; run < runs; run++) commands.forEach(([command, ...args], index) => times[index].push(timeOnce(command, args, cwd)));
  return times.map(median);
}

/** Peak resident memory of one run in MB, from GNU time when the machine has it. */
function peakMemoryMb(command, args, cwd) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const kilobytes = Number(result.stderr.trim().split('\n').pop());
  return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
}

function stagedMegabytes(dir) {
  const stats = git(dir, 'diff', '--cached', '--numstat');
  const files = stats.trim().split('\n').map((line) => line.split('\t')[2]);
  return files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) / (1 << 20);
}

function format(ms) {
  return `${ms.toFixed(1)} ms`;
}

/**
 * A history of `commits` commits made with git fast-import (git-fast-import(1)), which writes tens of
 * thousands of commits in seconds: each commit rewrites 3 lines of one of 200 files, and every 1000th
 * adds a generated token that a later commit removes again.
 */
function historyRepo(commits) {
  const dir = makeRepo(`history${commits}`);
  const streamPath = join(root, `history${commits}.fi`);
  const out = openSync(streamPath, 'w');
  const files = Array.from({ length: 200 }, (_, file) => Array.from({ length: 30 }, (_, line) => codeLine(file * 30 + line)));
  const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let index = 1; index <= commits; index++) {
    const file = index % files.length;
    const lines = files[file];
    for (let change = 0; change < 3; change++) lines[(index * 7 + change * 11) % lines.length] = codeLine(index + change);
    if (index % 1000 === 1) lines[0] = `  const token = "${githubToken()}";`;
    const message = `Change ${index} to module${file}`;
    writeSync(out, `commit refs/heads/main\nmark :${index}\ncommitter bench <bench@example.com> ${1700000000 + index} +0000\n${blob(message)}`);
    if (index > 1) writeSync(out, `from :${index - 1}\n`);
    writeSync(out, `M 100644 inline src/module${file}.ts\n${blob(lines.join('\n') + '\n')}\n`);
  }
  closeSync(out);
  const result = spawnSync('sh', ['-c', `git fast-import --quiet < '${streamPath}'`], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git fast-import: ${result.stderr}`);
  rmSync(streamPath);
  return dir;
}

/** A token with a valid checksum, built here so that no file of this repository holds one. */
function githubToken() {
  const random = generate.alnum(30);
  return ['gh', 'p_'].join('') + random + toBase62(crc32(random), 6);
}

/** leakguard's own peak memory (its process alone, git excluded), from inside the process. */
function ownPeakMemoryMb(args, cwd) {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}];` +
    `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));require(${JSON.stringify(CLI)});`;
  const result = spawnSync(process.execPath, ['-e', wrapper], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const kilobytes = Number(/maxrss (\d+)/.exec(result.stderr)?.[1]);
  return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
}

function benchHistory() {
  for (const commits of [5000, 50000]) {
    const start = process.hrtime.bigint();
    const dir = historyRepo(commits);
    const madeIn = Number(process.hrtime.bigint() - start) / 1e9;
    const scan = [CLI, 'scan', '--history', '--format', 'json'];
    const began = process.hrtime.bigint();
    const result = spawnSync(process.execPath, scan, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const summary = JSON.parse(result.stdout).summary;
    const ownMemory = ownPeakMemoryMb(scan.slice(1), dir);
    const withGit = peakMemoryMb(process.execPath, scan, dir);
    console.log(`\nhistory of ${commits} commits (generated with git fast-import in ${madeIn.toFixed(1)} s; ${summary.findings} findings)`);
    console.log(`  leakguard scan --history        ${seconds.toFixed(2)} s  ${Math.round(summary.commitsScanned / seconds)} commits/s`);
    if (ownMemory !== undefined) console.log(`  leakguard peak memory           ${ownMemory.toFixed(0)} MB (its own process; must not grow with the commits)`);
    if (withGit !== undefined) console.log(`  peak memory, git log included   ${withGit.toFixed(0)} MB (the larger of node and git)`);
  }
}

/**
 * Bytes that look like compressed data, the same every run (AES-128-CTR of zeros under a fixed key):
 * git calls them binary, and their printable runs are as rare as in a real PNG or zip.
 */
function binarySoup(seed, length) {
  const key = Buffer.alloc(16, seed);
  return require('node:crypto').createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

/** 50 binary files of 1 MB staged: new files, or each a new version of a committed one. */
function binaryCommitRepo(isModified) {
  const dir = makeRepo(isModified ? 'binary-modified' : 'binary-new');
  const write = (seed) => Array.from({ length: 50 }, (_, file) => writeFileSync(join(dir, `asset${file}.bin`), binarySoup(seed + file, 1 << 20)));
  writeFileSync(join(dir, 'README.md'), '# assets\n');
  if (isModified) write(1);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base', '--no-verify');
  write(101);
  git(dir, 'add', '.');
  return dir;
}

/** The cost of reading what git will not diff: one cat-file process, decoding, printable runs. */
function benchBinary() {
  const scan = [CLI, 'scan', '--staged'];
  const runs = Math.max(3, Math.floor(RUNS / 3));
  for (const isModified of [false, true]) {
    const dir = binaryCommitRepo(isModified);
    const [time] = medianTimes([[process.execPath, ...scan]], dir, runs);
    const memory = ownPeakMemoryMb(scan.slice(1), dir);
    console.log(`\n50 binary files of 1 MB staged, ${isModified ? 'each modified (old and new blob read)' : 'new'} (${runs} runs)`);
    console.log(`  leakguard scan --staged        ${format(time)}  ${(50 / (time / 1000)).toFixed(0)} MB/s of new blobs`);
    if (memory !== undefined) console.log(`  leakguard peak memory          ${memory.toFixed(0)} MB (its own process)`);
  }
}

/**
 * Lines no string can hold, and the worst custom pattern the config accepts on the worst line for it
 * (README, "Scanning files and piped text" and "Configuration"; issue 11, items 7 and 8).
 */
function benchLongLines() {
  const dir = join(root, 'long-lines');
  mkdirSync(dir);
  const generator = join(dir, 'generate.js');
  writeFileSync(generator, `const [size, tail] = [Number(process.argv[2]), process.argv[3]];
const chunk = Buffer.alloc(1 << 20, 'x ');
let left = size - tail.length - 1;
(function write() {
  while (left > 0) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    left -= part.length;
    if (!process.stdout.write(part)) return process.stdout.once('drain', write);
  }
  process.stdout.end(' ' + tail);
})();
`);
  const bytes = 600 * 1024 * 1024;
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'scan', '--stdin'];` +
    `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));require(${JSON.stringify(CLI)});`;
  const started = Date.now();
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${generator}" ${bytes} ${githubToken()} | "${process.execPath}" --max-old-space-size=256 -e "$WRAPPER"`], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, WRAPPER: wrapper }, maxBuffer: 1 << 24,
  });
  const kilobytes = Number(/maxrss (\d+)/.exec(piped.stderr)?.[1]);
  console.log(`\none line of 600 MB piped to scan --stdin, a token at its end (heap limit 256 MB)`);
  console.log(`  leakguard scan --stdin         ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${piped.status}, peak memory ${(kilobytes / 1024).toFixed(0)} MB`);

  const { patternSafetyProblems } = require('../dist/config/pattern-safety');
  for (const source of ['acme_(?<secret>[a-z_]{1,20000}X)', '(?<secret>[a-z_]{1,511}X)', 'acme_[a-z]{1,100}[a-z0-9]{1,100}X']) {
    const checkStarted = Date.now();
    const verdict = patternSafetyProblems(new RegExp(source)).length === 0 ? 'accepted' : 'refused';
    console.log(`  check of ${source.padEnd(36)} ${verdict} in ${Date.now() - checkStarted} ms`);
  }
  writeFileSync(join(dir, '.leakguardrc.json'), JSON.stringify({ rules: [{ id: 'acme-api-key', description: 'worst accepted', pattern: '(?<secret>[a-z_]{1,511}X)', keywords: ['a'] }] }));
  const line = 'a'.repeat(1 << 20);
  const scanTimes = [1, 2, 3].map(() => {
    const scanStarted = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [CLI, 'scan', '--stdin'], { cwd: dir, input: line, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`scan --stdin exited ${result.status}: ${result.stderr}`);
    return Number(process.hrtime.bigint() - scanStarted) / 1e6;
  });
  console.log(`  worst accepted custom pattern, 1 MB of its keyword: ${format(median(scanTimes))} (median of 3)`);
}

/** The nouns of an application's log lines; a line in 12 says "token" and one in 10,000 holds one. */
const LOG_WORDS = ['user', 'order', 'cart', 'session', 'build', 'cache', 'image', 'asset', 'module', 'route', 'worker', 'queue', 'report', 'invoice', 'payment', 'search'];
/** What a CI job prints: request logs, npm, a test runner, stack traces, build steps, echoed code. */
const LOG_FORMS = [
  (i, word) => `2026-12-02T03:${String(i % 60).padStart(2, '0')}:12.${i % 1000}Z [INFO] GET /api/v1/${word()}s/${i % 5000} 200 ${i % 300}ms`,
  (i, word) => `npm warn deprecated ${word()}-${word()}@${i % 10}.${i % 7}.0: This module is not supported, and leaks memory.`,
  (i, word) => `  ✓ ${word()}s the ${word()} when the ${word()} is empty (${i % 40} ms)`,
  (i, word) => `    at ${word()}Handler (/home/runner/work/app/app/src/${word()}/${word()}.ts:${i % 400}:${i % 60})`,
  (i, word) => `PASS src/${word()}/${word()}.test.ts (${(i % 90) / 10} s)`,
  (i) => `#${i % 40} [build ${i % 7}/7] RUN npm ci --omit=dev`,
  (i) => `2026-12-02T03:41:07.${i % 1000}Z [DEBUG] cache miss for ${generate.hex(16)}`,
  (i, word) => `  const ${word()}${i % 10} = await fetch(\`\${baseUrl}/${word()}\`, { headers: { accept: 'application/json' } });`,
  (i) => `Error: expected status 200, got 401 (invalid or expired token) on attempt ${i % 5}`,
  (i) => `added ${i % 2000} packages, and audited ${(i % 2000) + 1} packages in ${i % 30}s`,
  (i, word) => `webpack compiled ${word()}.js in ${i % 9000} ms`,
  (i, word) => `2026-12-02T03:41:08.${i % 1000}Z [WARN] retrying ${word()} request (${(i % 3) + 1}/3) after ECONNRESET`,
];

/** `megabytes` of CI log, a token echoed every 10,000 lines; returns the tokens. */
function writeCiLog(path, megabytes) {
  const word = () => LOG_WORDS[Number(generate.digits(3)) % LOG_WORDS.length];
  const out = openSync(path, 'w');
  const tokens = [];
  let lines = [];
  for (let index = 0, size = 0; size < megabytes << 20; index++) {
    const line = index % 10000 === 5000 ? `+ curl -H "Authorization: token ${tokens[tokens.push(githubToken()) - 1]}" https://api.github.com/user` : LOG_FORMS[index % LOG_FORMS.length](index, word);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
    if (lines.length === 10000) writeSync(out, lines.splice(0).join('\n') + '\n');
  }
  writeSync(out, lines.join('\n') + '\n');
  closeSync(out);
  return tokens;
}

/** `megabytes` of this project's node_modules code in one file: denser in rule keywords than any log. */
function writeCode(path, megabytes) {
  const out = openSync(path, 'w');
  let written = 0;
  for (const file of sourceFiles(join(__dirname, '..', 'node_modules'))) {
    const content = require('node:fs').readFileSync(file);
    writeSync(out, content);
    written += content.length;
    if (written >= megabytes << 20) break;
  }
  closeSync(out);
}

/** One `leakguard redact` with `input` as its stdin and `output` as its stdout: wall time, exit code and peak memory. */
function redactOnce(input, output) {
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'redact', '--fail'];` +
    `process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('maxrss ' + usage.maxRSS + ' cpu ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); });require(${JSON.stringify(CLI)});`;
  const [stdin, stdout] = [openSync(input, 'r'), openSync(output, 'w')];
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-e', wrapper], { cwd: root, stdio: [stdin, stdout, 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(stdin);
  closeSync(stdout);
  if (result.status !== 0 && result.status !== 1) throw new Error(`leakguard redact exited ${result.status}: ${result.stderr}`);
  const [, kilobytes, microseconds] = /maxrss (\d+) cpu (\d+)/.exec(result.stderr) ?? [];
  return { ms, status: result.status, memory: Number(kilobytes) / 1024, cpuMs: Number(microseconds) / 1000 };
}

/** `leakguard redact` over a CI log and over code, against node's own start-up (issue 14, item 9). */
function benchRedact() {
  const runs = Math.max(3, Math.floor(RUNS / 5));
  const [nodeAlone] = medianTimes([[process.execPath, '-e', '0']], root, runs);
  const log = join(root, 'ci.log');
  const tokens = writeCiLog(log, 100);
  const code = join(root, 'code.txt');
  writeCode(code, 20);
  for (const [label, input] of [['a CI log', log], ['node_modules code', code]]) {
    const output = join(root, 'redacted.out');
    const results = Array.from({ length: runs }, () => redactOnce(input, output));
    const time = median(results.map((result) => result.ms));
    const megabytes = statSync(input).size / (1 << 20);
    const leaked = tokens.filter((token) => require('node:fs').readFileSync(output, 'utf8').includes(token)).length;
    console.log(`\n${megabytes.toFixed(0)} MB of ${label} piped through leakguard redact (${runs} runs; exit ${results[0].status}, ${leaked} tokens left unmasked)`);
    console.log(`  node -e 0                      ${format(nodeAlone)}`);
    const [scanTime] = medianTimes([['sh', '-c', `"${process.execPath}" "${CLI}" scan --stdin --format json < "${input}" > /dev/null`]], root, runs);
    console.log(`  leakguard scan --stdin         ${format(scanTime)}  ${(megabytes / (scanTime / 1000)).toFixed(0)} MB/s (the same rules, for comparison)`);
    const cpu = median(results.map((result) => result.cpuMs));
    console.log(`  leakguard redact               ${format(time)}  ${(megabytes / (time / 1000)).toFixed(0)} MB/s (target >= 50 MB/s); ${(megabytes / (cpu / 1000)).toFixed(0)} MB per CPU second`);
    console.log(`  leakguard peak memory          ${Math.max(...results.map((result) => result.memory)).toFixed(0)} MB (its own process; must not grow with the input)`);
  }
}

const SECTIONS = { staged: benchStaged, binary: benchBinary, history: benchHistory, 'long-lines': benchLongLines, redact: benchRedact };
const root = mkdtempSync(join(tmpdir(), 'leakguard-bench-'));
try {
  // `node scripts/bench.js history` (or staged, binary) runs one section; no argument runs them all.
  const chosen = process.argv.slice(2);
  for (const name of chosen.length > 0 ? chosen : Object.keys(SECTIONS)) {
    if (!SECTIONS[name]) throw new Error(`unknown section "${name}"; choose from ${Object.keys(SECTIONS).join(', ')}`);
    SECTIONS[name]();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

/** The pre-commit hook: a typical commit, then large staged changes. */
function benchStaged() {
  const bare = writeBareScript();
  const typical = typicalCommitRepo();
  const addedLines = git(typical, 'diff', '--cached', '--numstat').trim().split('\n').reduce((sum, line) => sum + Number(line.split('\t')[0]), 0);
  const scan = [CLI, 'scan', '--staged'];

  console.log(`leakguard bench — ${RUNS} runs each, median wall time, node start-up included\n`);
  const hook = join(typical, '.git', 'hooks', 'pre-commit');
  // --force: the hook is measured wherever this runs, CI included (where install otherwise installs nothing).
  spawnSync(process.execPath, [CLI, 'install', '--force'], { cwd: typical });
  if (!existsSync(hook)) throw new Error(`leakguard install wrote no hook at ${hook}`);
  const [nodeAlone, bareTypical, leakguardTypical, hookTypical] = medianTimes(
    [[process.execPath, '-e', '0'], [process.execPath, bare], [process.execPath, ...scan], ['sh', hook]],
    typical,
  );
  console.log(`typical commit (10 files, ${addedLines} added lines)`);
  console.log(`  node -e 0                      ${format(nodeAlone)}`);
  console.log(`  bare script (stream + 1 regex) ${format(bareTypical)}`);
  console.log(`  leakguard scan --staged        ${format(leakguardTypical)}   ratio to bare: ${(leakguardTypical / bareTypical).toFixed(2)}x (target <= 1.6x)`);
  console.log(`  the installed pre-commit hook  ${format(hookTypical)}`);

  for (const megabytes of [20, 40]) {
    const large = largeChangeRepo(megabytes);
    const size = stagedMegabytes(large);
    const runs = Math.max(3, Math.floor(RUNS / 3));
    // What a user runs: the hook starts node with a small nursery (hooks/shim.sh).
    spawnSync(process.execPath, [CLI, 'install', '--force'], { cwd: large });
    const largeHook = join(large, '.git', 'hooks', 'pre-commit');
    const [bareLarge, leakguardLarge, hookLarge] = medianTimes([[process.execPath, bare], [process.execPath, ...scan], ['sh', largeHook]], large, runs);
    const memory = peakMemoryMb(process.execPath, scan, large);
    const findings = spawnSync(process.execPath, [...scan, '--format', 'json'], { cwd: large, encoding: 'utf8', maxBuffer: 1 << 30 });
    const count = JSON.parse(findings.stdout).findings.length;
    console.log(`\nstaged change of ${size.toFixed(1)} MB of node_modules code (${runs} runs; ${count} findings, ${(count / size).toFixed(2)} per MB)`);
    console.log(`  bare script                    ${format(bareLarge)}  ${(size / (bareLarge / 1000)).toFixed(0)} MB/s`);
    console.log(`  leakguard scan --staged        ${format(leakguardLarge)}  ${(size / (leakguardLarge / 1000)).toFixed(0)} MB/s (target >= 80 MB/s)`);
    if (memory !== undefined) console.log(`  leakguard peak memory          ${memory.toFixed(0)} MB (target < 100 MB)`);
    const hookMemory = peakMemoryMb('sh', [largeHook], large);
    console.log(`  the installed pre-commit hook  ${format(hookLarge)}  ${(size / (hookLarge / 1000)).toFixed(0)} MB/s`);
    if (hookMemory !== undefined) console.log(`  the hook's peak memory         ${hookMemory.toFixed(0)} MB (target < 100 MB)`);
  }
}
