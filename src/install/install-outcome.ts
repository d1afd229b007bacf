/** What install and uninstall did to one hook: the CLI turns each into a sentence. */
export type InstallOutcome =
  | { readonly kind: 'installed'; readonly path: string; readonly chainedPath?: string }
  | { readonly kind: 'updated'; readonly path: string; readonly chainedPath?: string }
  | { readonly kind: 'unchanged'; readonly path: string }
  | { readonly kind: 'husky-block-added'; readonly path: string; readonly isFileCreated: boolean }
  | { readonly kind: 'husky-block-updated'; readonly path: string; readonly movedAbove?: string };

/** Why install wrote nothing: the command turns these into errors that say what to do. */
export type InstallRefusal =
  /** lefthook manages the hooks; `configured` is its config when that already runs leakguard for every hook. */
  | { readonly kind: 'refused-lefthook'; readonly path: string; readonly configured?: string }
  | { readonly kind: 'refused-chain-occupied'; readonly path: string; readonly chainedPath: string };

export function isRefusal(outcome: InstallOutcome | InstallRefusal): outcome is InstallRefusal {
  return outcome.kind === 'refused-lefthook' || outcome.kind === 'refused-chain-occupied';
}

export type UninstallOutcome =
  | { readonly kind: 'removed'; readonly path: string }
  | { readonly kind: 'restored'; readonly path: string; readonly restoredFrom: string }
  | { readonly kind: 'restored-after-interrupted-install'; readonly path: string; readonly restoredFrom: string }
  | { readonly kind: 'husky-block-removed'; readonly path: string; readonly isFileDeleted: boolean }
  | { readonly kind: 'not-installed'; readonly path: string };
