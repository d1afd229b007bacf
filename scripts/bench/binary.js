'use strict';
// The cost of reading what git will not diff: one cat-file process, decoding, printable runs.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { LARGE_RUNS, leakguard, median, ownUsage, rounds } = require('./measure');
const { binarySoup } = require('./corpus');
const { heading, mib, ms, row } = require('./print');
const { git, once } = require('./repos');

/** 50 binary files of 1 MiB staged: new files, or each a new version of a committed one. */
function binaryCommitRepo(root, isModified) {
  return once(root, isModified ? 'binary-modified' : 'binary-new', (dir) => {
    const write = (seed) => Array.from({ length: 50 }, (_, file) => writeFileSync(join(dir, `asset${file}.bin`), binarySoup(seed + file, 1 << 20)));
    writeFileSync(join(dir, 'README.md'), '# assets\n');
    if (isModified) write(1);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base', '--no-verify');
    write(101);
    git(dir, 'add', '.');
    return dir;
  });
}

function benchBinary(root) {
  for (const isModified of [false, true]) {
    const dir = binaryCommitRepo(root, isModified);
    const results = rounds([leakguard('scan', ['scan', '--staged'], dir)], LARGE_RUNS);
    const time = median(results.get('scan').times);
    heading(`50 binary files of 1 MiB staged, ${isModified ? 'each modified (old and new blob read)' : 'new'} (${LARGE_RUNS} rounds)`);
    row('leakguard scan --staged', ms(time), `${(50 / (time / 1000)).toFixed(0)} MiB/s of new blobs`);
    row('leakguard peak memory', mib(ownUsage(['scan', '--staged'], dir).peakMiB), 'its own process');
  }
}

module.exports = { binary: benchBinary };
