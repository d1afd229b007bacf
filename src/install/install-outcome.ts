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
  /** The pre-commit framework manages the hooks; its config may already run leakguard. */
  | { readonly kind: 'refused-pre-commit-framework'; readonly path: string; readonly configPath: string; readonly isConfigured: boolean }
  | { readonly kind: 'refused-chain-occupied'; readonly path: string; readonly chainedPath: string };

export function isRefusal(outcome: InstallOutcome | InstallRefusal): outcome is InstallRefusal {
  return outcome.kind === 'refused-lefthook' || outcome.kind === 'refused-pre-commit-framework' || outcome.kind === 'refused-chain-occupied';
}

export type UninstallOutcome =
  | { readonly kind: 'removed'; readonly path: string }
  | { readonly kind: 'restored'; readonly path: string; readonly restoredFrom: string }
  | { readonly kind: 'restored-after-interrupted-install'; readonly path: string; readonly restoredFrom: string }
  | { readonly kind: 'husky-block-removed'; readonly path: string; readonly isFileDeleted: boolean }
  | { readonly kind: 'not-installed'; readonly path: string };
