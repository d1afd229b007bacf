'use strict';
// The yardstick: node running the very git command leakguard runs (its arguments come from leakguard's
// own modules), its output streamed through readline and one regex on the added lines. What any
// scanner written in node must pay at least; leakguard's figures are read as ratios to it.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { stagedDiffArgs } = require('../../dist/git/staged-diff');
const { commitLogCommand } = require('../../dist/git/commit-log');
const { command } = require('./measure');

const BARE_SCRIPT = `'use strict';
const { spawn } = require('node:child_process');
const readline = require('node:readline');
// git reads this node's stdin: the revisions of a log given with --stdin.
const child = spawn('git', process.argv.slice(2), { stdio: ['inherit', 'pipe', 'inherit'] });
const pattern = /gh[pousr]_[A-Za-z0-9]{36}/;
let hits = 0;
readline.createInterface({ input: child.stdout }).on('line', (line) => { if (line[0] === '+' && pattern.test(line)) hits++; });
child.on('close', (status) => process.exit(status !== 0 ? 2 : hits > 0 ? 1 : 0));
`;

function writeBareScript(root) {
  const path = join(root, 'bare.js');
  writeFileSync(path, BARE_SCRIPT);
  return path;
}

/** The bare script over the staged diff, as `git diff --cached` with leakguard's options. */
function bareStaged(root, cwd) {
  return command('bare script', [process.execPath, writeBareScript(root), ...stagedDiffArgs()], cwd);
}

/** The bare script over the `git log -p` leakguard runs for `request` (a CommitLogRequest). */
function bareLog(root, cwd, request) {
  const { args, input } = commitLogCommand(request);
  return command('bare script', [process.execPath, writeBareScript(root), ...args], cwd, { input });
}

module.exports = { bareStaged, bareLog };
