'use strict';
// The pre-commit hook on a typical commit, with a token planted and without.
const { join } = require('node:path');
const { command, leakguard, rounds, RUNS } = require('./measure');
const { bareStaged } = require('./bare');
const { heading, printRounds } = require('./print');
const { typicalCommitRepo, stagedSize, git } = require('./repos');

const TARGETS = {
  planted: { 'leakguard scan --staged': '<= 1.25x', 'the installed pre-commit hook': '<= 1.3x' },
  clean: { 'leakguard scan --staged': '<= 1.2x', 'the installed pre-commit hook': '<= 1.2x' },
};

function benchCommit(root) {
  for (const isPlanted of [true, false]) {
    const dir = typicalCommitRepo(root, isPlanted);
    const results = rounds([
      command('node -e 0', [process.execPath, '-e', '0'], dir),
      bareStaged(root, dir),
      leakguard('leakguard scan --staged', ['scan', '--staged'], dir),
      command('the installed pre-commit hook', ['sh', join(dir, '.git', 'hooks', 'pre-commit')], dir),
    ]);
    const added = git(dir, 'diff', '--cached', '--numstat').trim().split('\n').reduce((sum, line) => sum + Number(line.split('\t')[0]), 0);
    const status = results.get('leakguard scan --staged').status;
    heading(`${isPlanted ? 'typical commit' : 'clean commit'}: ${stagedSize(dir).files} files, ${added} added lines, ${isPlanted ? 'one planted token' : 'no secret'} (${RUNS} rounds; leakguard exit ${status})`);
    printRounds(results, TARGETS[isPlanted ? 'planted' : 'clean']);
  }
}

module.exports = { commit: benchCommit };
