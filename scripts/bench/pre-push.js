'use strict';
// The pre-push hook on a push of 100 commits to a bare remote that has the commit below them: the
// hook itself, the scan it runs (`scan --pre-push <remote> <url>`, the refs on stdin: hooks/shim.sh),
// and the bare script over the same git log.
const { join } = require('node:path');
const { parsePushInput, pushedCommits } = require('../../dist/git/pushed-commits');
const { command, leakguard, ownUsage, rounds, RUNS } = require('./measure');
const { bareLog } = require('./bare');
const { heading, printRounds } = require('./print');
const { git, historyInto, installHooks, makeRepo, once } = require('./repos');

const AHEAD = 100;

/** A repository 100 commits ahead of its bare remote `origin`, the hooks installed; git's pre-push input for pushing main. */
function pushRepo(root) {
  return once(root, 'push', (dir) => {
    historyInto(dir, AHEAD + 1);
    const url = makeRepo(root, 'push-remote.git');
    git(url, 'config', 'core.bare', 'true');
    git(dir, 'remote', 'add', 'origin', url);
    git(dir, 'push', '-q', 'origin', `main~${AHEAD}:refs/heads/main`);
    git(dir, 'fetch', '-q', 'origin');
    installHooks(dir);
    const [head, remote] = [git(dir, 'rev-parse', 'main').trim(), git(dir, 'rev-parse', 'origin/main').trim()];
    return { dir, url, input: `refs/heads/main ${head} refs/heads/main ${remote}\n` };
  });
}

async function benchPrePush(root) {
  const { dir, url, input } = pushRepo(root);
  // The log request leakguard's push source makes from this input.
  const request = await pushedCommits(dir, parsePushInput(input), 'origin');
  const results = rounds([
    bareLog(root, dir, request),
    leakguard('leakguard scan --pre-push', ['scan', '--pre-push', 'origin', url], dir, { input }),
    command('the installed pre-push hook', ['sh', join(dir, '.git', 'hooks', 'pre-push'), 'origin', url], dir, { input }),
  ]);
  const { status, stdout } = ownUsage(['scan', '--pre-push', 'origin', url, '--format', 'json'], dir, { input });
  heading(`push of ${AHEAD} commits to a bare remote (${RUNS} rounds; leakguard read ${JSON.parse(stdout).summary.commitsScanned} commits, exit ${status})`);
  printRounds(results, { 'leakguard scan --pre-push': '<= 1.2x' });
}

module.exports = { 'pre-push': benchPrePush };
