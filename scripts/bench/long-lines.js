'use strict';
// Lines no string can hold, and the worst custom pattern the config accepts on the worst line for it
// (README, "Scanning files and piped text" and "Configuration").
const { spawnSync } = require('node:child_process');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { CLI, leakguard, median, rounds } = require('./measure');
const { githubToken } = require('./corpus');
const { heading, mib, ms, row, seconds } = require('./print');
const { writeConfig } = require('./rule-configs');

/** Writes argv[2] bytes of "x " to stdout, then a space and argv[3]: one line, never held whole. */
const GENERATOR = `const [size, tail] = [Number(process.argv[2]), process.argv[3]];
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
`;

/** One line of 600 MB piped to scan --stdin under a 256 MB heap, a token at its end. */
function pipeHugeLine(dir) {
  const generator = join(dir, 'generate.js');
  writeFileSync(generator, GENERATOR);
  const wrapper = `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, 'scan', '--stdin'];` +
    `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));require(${JSON.stringify(CLI)});`;
  const started = process.hrtime.bigint();
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${generator}" ${600 << 20} ${githubToken()} | "${process.execPath}" --max-old-space-size=256 -e "$WRAPPER"`], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, WRAPPER: wrapper }, maxBuffer: 1 << 24,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  return { wall, status: piped.status, peakMiB: Number(/maxrss (\d+)/.exec(piped.stderr)?.[1]) / 1024 };
}

function benchLongLines(root) {
  const dir = join(root, 'long-lines');
  mkdirSync(dir);
  const huge = pipeHugeLine(dir);
  heading('one line of 600 MiB piped to scan --stdin, a token at its end (heap limit 256 MB)');
  row('leakguard scan --stdin', seconds(huge.wall), `exit ${huge.status}; peak memory ${mib(huge.peakMiB)}, its own process`);
  const config = writeConfig(root, 'worst-accepted', [{ id: 'acme-api-key', description: 'worst accepted', pattern: '(?<secret>[a-z_]{1,511}X)', keywords: ['a'] }]);
  const scan = leakguard('worst', ['scan', '--stdin', '--config', config], dir, { input: 'a'.repeat(1 << 20), statuses: [0] });
  const results = rounds([scan], 3);
  row('worst accepted custom pattern', ms(median(results.get('worst').times)), '(?<secret>[a-z_]{1,511}X), keyword a, on 1 MiB of a; median of 3');
}

module.exports = { 'long-lines': benchLongLines };
