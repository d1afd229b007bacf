import { basename } from 'node:path';
import type { HooksLocation } from '../../git/hooks-location';
import type { InstallOutcome, InstallRefusal, UninstallOutcome } from '../../install/install-outcome';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { PRE_COMMIT_CONFIG_SNIPPET } from './pre-commit-framework';

export const INSTALL_USAGE = `Usage: leakguard install [--force]
       leakguard uninstall

install writes the pre-commit, commit-msg and pre-push hooks into the directory git runs hooks
from (core.hooksPath and linked worktrees honoured). A hook that was there is moved to
<hook>.pre-leakguard and still runs after the scan; with husky, a marked block is added near the top
of .husky/pre-commit, .husky/commit-msg and .husky/pre-push instead. Running it again changes
nothing. With lefthook or the pre-commit framework, install refuses and shows the lefthook.yml or
.pre-commit-config.yaml entries to add instead (once they are there, it says so and exits 0).
uninstall removes the hooks (or the blocks) and puts back exactly what was there before, also after
an install that was interrupted. \`leakguard status\` shows whether the hooks git runs still call leakguard.

pre-commit blocks a commit that adds a secret; commit-msg one whose message holds one; pre-push a
push whose new commits add one (made with --no-verify, on another machine, by a tool). To go on
anyway, deliberately (--no-verify skips commit-msg too):
  git commit --no-verify        or        LEAKGUARD_SKIP=1 git commit ...
  git push --no-verify          or        LEAKGUARD_SKIP=1 git push ...

Safe in package.json's "prepare" script: outside a git work tree (a Docker build) and where CI is
set, install prints one line, installs nothing and exits 0.

Options:
  --force    install even though lefthook or the pre-commit framework manages the hooks (theirs is chained), or CI is set
  -h, --help show this help
`;

/** What to do once the hooks are in: they see only new changes, not what the repository already holds. */
export const INSTALL_NEXT_STEPS =
  'leakguard: next: `npx leakguard scan .` scans the files you have now; `npx leakguard baseline create` records ' +
  'what is already there, so that only new secrets block.\n';

export function skippedInCi(ci: string): string {
  return `leakguard: CI is set (CI=${redactQuoted(ci)}): no hooks installed, a CI checkout makes no commits of its own; \`leakguard install --force\` installs them anyway.\n`;
}

export function lefthookRunsLeakguard(configPath: string): string {
  return `leakguard: lefthook runs leakguard for pre-commit, commit-msg and pre-push (${configPath}): nothing to install; \`npx lefthook install\` puts lefthook's hooks in.\n`;
}

export function notInWorkTree(cwd: string): string {
  return `leakguard: ${cwd} is not inside a git work tree (or git is missing): no hooks installed.\n`;
}

/**
 * lefthook 2's `jobs:` list (lefthook.dev, "jobs"); it passes the hook's arguments as {1} {2} (git's
 * message file for commit-msg, the remote for pre-push) and git's stdin only to a job with use_stdin
 * (lefthook.dev, "Capture ARGS from git", "use_stdin"). `npx --no` runs the project's own leakguard,
 * and when it is missing fails the job instead of installing a package of that name (npm-exec(1), --no).
 */
export const LEFTHOOK_SNIPPET = [
  'pre-commit:',
  '  jobs:',
  '    - name: leakguard',
  '      run: npx --no leakguard scan --staged',
  'commit-msg:',
  '  jobs:',
  '    - name: leakguard',
  '      run: npx --no leakguard scan --commit-msg {1}',
  'pre-push:',
  '  jobs:',
  '    - name: leakguard',
  '      run: npx --no leakguard scan --pre-push {1} {2}',
  '      use_stdin: true',
].join('\n');

export function describeInstall(outcome: InstallOutcome): string {
  switch (outcome.kind) {
    case 'installed':
      return `leakguard: installed the ${basename(outcome.path)} hook at ${outcome.path}\n` + describeChain(outcome.chainedPath);
    case 'updated':
      return `leakguard: updated the leakguard hook at ${outcome.path}\n` + describeChain(outcome.chainedPath);
    case 'unchanged':
      return `leakguard: already installed at ${outcome.path}; nothing to do.\n`;
    case 'husky-block-added':
      return `leakguard: husky manages the hooks; ${outcome.isFileCreated ? 'created' : 'added the leakguard block to'} ${outcome.path}\n` +
        'leakguard: commit that file so every clone runs the scan; the block runs leakguard from node_modules or PATH.\n';
    case 'husky-block-updated':
      return outcome.movedAbove === undefined
        ? `leakguard: husky manages the hooks; updated the leakguard block in ${outcome.path}\n`
        : `leakguard: husky manages the hooks; moved the leakguard block in ${outcome.path} to the top: after \`${outcome.movedAbove}\` it never ran.\n`;
  }
}

function describeChain(chainedPath: string | undefined): string {
  return chainedPath === undefined ? '' : `leakguard: the hook that was there is kept at ${chainedPath}; it still runs after the scan.\n`;
}

export function describeUninstall(outcome: UninstallOutcome): string {
  switch (outcome.kind) {
    case 'removed':
      return `leakguard: removed the hook at ${outcome.path}\n`;
    case 'restored':
      return `leakguard: removed the leakguard hook and restored the hook that was there before at ${outcome.path} (from ${outcome.restoredFrom})\n`;
    case 'husky-block-removed':
      return `leakguard: removed the leakguard block from ${outcome.path}${outcome.isFileDeleted ? ' and deleted the file, which leakguard had created' : ''}\n`;
    case 'restored-after-interrupted-install':
      return `leakguard: an interrupted install had left no hook at ${outcome.path}; restored the hook that was there before (from ${outcome.restoredFrom})\n`;
    case 'not-installed':
      return `leakguard: no leakguard hook at ${outcome.path}; nothing to do.\n`;
  }
}

export function describeLeftovers(paths: readonly string[]): string {
  return paths.length === 0 ? '' : `leakguard: removed what an interrupted install left: ${paths.join(', ')}\n`;
}

export function installRefused(refusal: InstallRefusal): LeakguardError {
  switch (refusal.kind) {
    case 'refused-lefthook':
      return new LeakguardError('HOOK_CONFLICT', `lefthook manages the hooks of this repository; \`lefthook install\` would overwrite ${refusal.path} and drop leakguard.`, {
        hint: `Add leakguard to lefthook.yml instead:\n\n${LEFTHOOK_SNIPPET}\n\nthen run \`npx lefthook install\`. Or run \`leakguard install --force\` to install anyway, with lefthook's hook chained after the scan.`,
      });
    case 'refused-pre-commit-framework':
      return new LeakguardError('HOOK_CONFLICT', `the pre-commit framework manages the hooks of this repository (${refusal.configPath}); \`pre-commit install\` would move leakguard's hook at ${refusal.path} aside.`, {
        hint: `Add leakguard to ${refusal.configPath} instead:\n\n${PRE_COMMIT_CONFIG_SNIPPET}\n\nthen run \`pre-commit install\`. Or run \`leakguard install --force\` to install anyway.`,
      });
    case 'refused-chain-occupied':
      return new LeakguardError('HOOK_CONFLICT', `${refusal.path} is not leakguard's, and ${refusal.chainedPath} already holds an earlier hook; installing would lose one of them.`, {
        hint: `Merge the two by hand (keep what ${refusal.path} must run), remove one of them, then run \`leakguard install\` again.`,
      });
  }
}

export function hooksPathIsMachineWide(location: HooksLocation): string {
  const origin = location.hooksPathOrigin;
  return `leakguard: warning: core.hooksPath is set in the ${origin?.scope ?? ''} git config (${origin?.file ?? ''}), so every repository on this machine ` +
    `runs the hooks in ${location.hooksDir}: leakguard now scans commits and pushes in all of them, and \`leakguard uninstall\` here removes it from all of them.\n` +
    'leakguard: to guard only this repository: git config --local core.hooksPath .git/hooks, then leakguard install again.\n';
}

export function hooksDirIsCommitted(hooksDir: string): string {
  return `leakguard: warning: git tracks files in ${hooksDir}, so the hooks there are shared with everyone who clones this repository, ` +
    "but the node and leakguard paths recorded in them are this machine's. On other machines the hooks look in node_modules, on PATH and " +
    "where the usual version managers put node instead; commit them only if every clone has leakguard in its node_modules.\n";
}

export function unexpectedArguments(command: string, args: readonly string[]): LeakguardError {
  return new LeakguardError('USAGE', `leakguard ${command} takes no arguments; got: ${redactQuoted(args.join(' '))}`, {
    hint: `See \`leakguard ${command} --help\`.`,
  });
}

export function cannotChangeHook(error: NodeJS.ErrnoException): LeakguardError {
  return new LeakguardError('IO_FAILED', `could not change ${error.path ?? 'the hook'}: ${error.code ?? error.message}`, {
    hint: 'Check that you may write to the hooks directory (its owner and permissions), then run the command again.',
    cause: error,
  });
}
