import type { InstallOutcome, UninstallOutcome } from '../../install/install-hook';

export const INSTALL_USAGE = `Usage: leakguard install [--force]
       leakguard uninstall

install writes the pre-commit hook into the directory git runs hooks from (core.hooksPath and
worktrees honoured). A hook that was there is kept and still runs after leakguard's; with husky, a
marked block is added to .husky/pre-commit instead. Running it again changes nothing.
uninstall removes the hook (or the block) and puts back what was there before.

Options:
  --force    install even though lefthook manages the hooks (its hook is chained)
`;

export function describeInstall(outcome: InstallOutcome): string {
  switch (outcome.kind) {
    case 'installed':
      return `leakguard: installed the pre-commit hook at ${outcome.path}\n` +
        (outcome.chainedPath ? `leakguard: the hook that was there moved to ${outcome.chainedPath}; it still runs after the scan.\n` : '');
    case 'updated':
      return `leakguard: updated the hook at ${outcome.path}\n`;
    case 'unchanged':
      return `leakguard: already installed at ${outcome.path}; nothing to do.\n`;
    case 'husky-block-added':
      return `leakguard: husky manages the hooks; added the leakguard block to ${outcome.path}\n`;
  }
}

export function describeUninstall(outcome: UninstallOutcome): string {
  switch (outcome.kind) {
    case 'removed':
      return `leakguard: removed the hook at ${outcome.path}\n` + (outcome.restoredPath ? `leakguard: restored the hook that was there before.\n` : '');
    case 'husky-block-removed':
      return `leakguard: removed the leakguard block from ${outcome.path}${outcome.isFileDeleted ? ' (and the file, which held nothing else)' : ''}\n`;
    case 'not-installed':
      return `leakguard: no leakguard hook at ${outcome.path}; nothing to do.\n`;
  }
}
