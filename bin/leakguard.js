#!/usr/bin/env node
'use strict';
// First, in code every node runs: an older node than package.json's "engines" would fail somewhere
// inside with a message that names neither the version it is nor the one needed.
const MIN_NODE_MAJOR = 20;
if (Number(process.versions.node.split('.')[0]) < MIN_NODE_MAJOR) {
  process.stderr.write(`leakguard: needs Node.js ${MIN_NODE_MAJOR} or newer; the node at ${process.execPath} is ${process.version}.\n`);
  process.exit(2);
}
// Exit code 2 ("could not scan") for a broken installation too: exit 1 means "secrets found".
let run;
try {
  ({ run } = require('../dist/boot/bundle-loader.js').loadCli());
} catch (error) {
  process.stderr.write(`leakguard: cannot load its compiled code (${error.message}).\nhint: reinstall leakguard (npm ci), or in its own checkout run \`npm run build\`.\n`);
  process.exit(2);
}

// Node makes process.stdin and process.stdout on first use, and a hook's clean commit uses neither:
// making them cost 6-8 ms of each commit (measured), so they are made when a command asks.
const { isatty } = require('node:tty');
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isStdoutTty: isatty(1),
  isStderrTty: isatty(2),
  get stdin() {
    return process.stdin;
  },
  parentPid: process.ppid,
  get stdoutStream() {
    return process.stdout;
  },
}).then((code) => {
  process.exitCode = code;
});
