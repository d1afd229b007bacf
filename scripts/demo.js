#!/usr/bin/env node
'use strict';
// `npm run demo`: a scratch repository, the hook installed, a generated token blocked, a clean commit
// passing. The token is made here at run time, so no file of this project holds one.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { crc32, toBase62 } = require('../dist/detect/checksums');
const { createSampleGenerator } = require('../dist/detect/sample-generator');

const CLI = join(__dirname, '..', 'bin', 'leakguard.js');
const scratch = mkdtempSync(join(tmpdir(), 'leakguard-demo-'));

function step(title) {
  process.stdout.write(`\n\x1b[1m== ${title}\x1b[0m\n`);
}

// A developer's machine: where CI is set, `leakguard install` installs nothing (it is safe in prepare).
const { CI: _ci, ...developerEnv } = process.env;

function run(command, args, { expectFailure = false } = {}) {
  process.stdout.write(`$ ${[command === process.execPath ? 'leakguard' : command, ...args.slice(command === process.execPath ? 1 : 0)].join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: scratch, stdio: 'inherit', env: { ...developerEnv, GIT_CONFIG_NOSYSTEM: '1' } });
  const failed = result.status !== 0;
  if (failed !== expectFailure) {
    process.stderr.write(`demo: expected ${expectFailure ? 'a failure' : 'success'} from the command above (exit ${result.status})\n`);
    process.exit(1);
  }
}

function demoToken() {
  const random = createSampleGenerator(Date.now() % 100000).alnum(30);
  return ['gh', 'p_'].join('') + random + toBase62(crc32(random), 6);
}

try {
  step(`A scratch repository in ${scratch}`);
  run('git', ['init', '-q']);
  run('git', ['config', 'user.name', 'Demo']);
  run('git', ['config', 'user.email', 'demo@example.com']);
  run('git', ['config', 'commit.gpgsign', 'false']);

  step('Install the hook');
  run(process.execPath, [CLI, 'install']);

  step('Commit a file that holds a GitHub token: blocked');
  writeFileSync(join(scratch, 'config.js'), `module.exports = {\n  githubToken: "${demoToken()}",\n};\n`);
  run('git', ['add', 'config.js']);
  run('git', ['commit', '-q', '-m', 'add config'], { expectFailure: true });

  step('Load it from the environment instead: the commit passes');
  writeFileSync(join(scratch, 'config.js'), 'module.exports = {\n  githubToken: process.env.GITHUB_TOKEN,\n};\n');
  run('git', ['add', 'config.js']);
  run('git', ['commit', '-q', '-m', 'add config']);
  run('git', ['log', '--oneline']);
  step('Done: the secret never entered the history.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
