'use strict';
// `leakguard redact` over a CI log and over code, beside node's own start-up and the scan of the
// same text with the same rules.
const { closeSync, openSync, readFileSync, statSync, writeSync } = require('node:fs');
const { join } = require('node:path');
const { CLI, command, FEW_RUNS: runs, median, ownUsage, rounds } = require('./measure');
const { generate, githubToken, nodeModulesCode } = require('./corpus');
const { heading, mib, ms, row, target } = require('./print');

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
  const lines = [];
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
  for (const file of nodeModulesCode()) {
    const content = readFileSync(file);
    writeSync(out, content);
    written += content.length;
    if (written >= megabytes << 20) break;
  }
  closeSync(out);
}

/** One `leakguard redact --fail`, `input` its stdin and `output` its stdout. */
function redactOnce(root, input, output) {
  const [stdin, stdout] = [openSync(input, 'r'), openSync(output, 'w')];
  try {
    return ownUsage(['redact', '--fail'], root, { stdin, stdout });
  } finally {
    closeSync(stdin);
    closeSync(stdout);
  }
}

/** `leakguard <args>` with `input` as its stdin and `output` as its stdout, through sh. */
function piped(label, args, input, output, root) {
  return command(label, ['sh', '-c', `"${process.execPath}" "${CLI}" ${args} < "${input}" > "${output}"`], root);
}

function benchRedact(root) {
  const log = join(root, 'ci.log');
  const tokens = writeCiLog(log, 100);
  const code = join(root, 'code.txt');
  writeCode(code, 20);
  const output = join(root, 'redacted.out');
  for (const [label, input] of [['a CI log', log], ['node_modules code', code]]) {
    const results = rounds([
      command('node -e 0', [process.execPath, '-e', '0'], root),
      piped('leakguard scan --stdin', 'scan --stdin --format json', input, '/dev/null', root),
      piped('leakguard redact', 'redact --fail', input, output, root),
    ], runs);
    const usage = redactOnce(root, input, output);
    const megabytes = statSync(input).size / (1 << 20);
    const leaked = tokens.filter((token) => readFileSync(output, 'utf8').includes(token)).length;
    const [scan, redact] = ['leakguard scan --stdin', 'leakguard redact'].map((name) => median(results.get(name).times));
    const rate = (timeMs) => `${(megabytes / (timeMs / 1000)).toFixed(0)} MiB/s`;
    heading(`${megabytes.toFixed(0)} MiB of ${label} piped through leakguard redact --fail (${runs} rounds; exit ${usage.status}, ${leaked} tokens left unmasked)`);
    row('node -e 0', ms(median(results.get('node -e 0').times)));
    row('leakguard scan --stdin', ms(scan), `${rate(scan)} (the same rules, for comparison)`);
    row('leakguard redact', ms(redact), `${rate(redact)}, ${target('>= 50 MB/s')}; ${(megabytes / (usage.cpuMs / 1000)).toFixed(0)} MiB per CPU second`);
    row('leakguard peak memory', mib(usage.peakMiB), 'its own process; must not grow with the input');
  }
}

module.exports = { redact: benchRedact };
