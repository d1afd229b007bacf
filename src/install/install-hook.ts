import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { readIfExists } from '../fs/read-if-exists';
import type { HooksLocation } from '../git/hooks-location';
import { EXECUTABLE, isPresent } from './hook-files';
import { huskyUserDir, usesLefthook } from './hook-manager';
import { CHAINED_SUFFIX, MANAGED_MARKER, renderHook, scanningBlock, type CliLocation, type HookName } from './hook-template';
import { addHuskyBlock, removeHuskyBlock } from './husky-block';

export type InstallOutcome =
  | { readonly kind: 'installed'; readonly path: string; readonly chainedPath?: string }
  | { readonly kind: 'updated'; readonly path: string; readonly chainedPath?: string }
  | { readonly kind: 'unchanged'; readonly path: string }
  | { readonly kind: 'husky-block-added'; readonly path: string; readonly isFileCreated: boolean }
  | { readonly kind: 'husky-block-updated'; readonly path: string; readonly movedAbove?: string };

/** Why install wrote nothing: the command turns these into errors that say what to do. */
export type InstallRefusal =
  | { readonly kind: 'refused-lefthook'; readonly path: string }
  | { readonly kind: 'refused-chain-occupied'; readonly path: string; readonly chainedPath: string };

export function isRefusal(outcome: InstallOutcome | InstallRefusal): outcome is InstallRefusal {
  return outcome.kind === 'refused-lefthook' || outcome.kind === 'refused-chain-occupied';
}

export type UninstallOutcome =
  | { readonly kind: 'removed'; readonly path: string }
  | { readonly kind: 'restored'; readonly path: string; readonly restoredFrom: string }
  | { readonly kind: 'husky-block-removed'; readonly path: string; readonly isFileDeleted: boolean }
  | { readonly kind: 'not-installed'; readonly path: string };

export interface InstallRequest {
  readonly location: HooksLocation;
  readonly hookName: HookName;
  readonly cli: CliLocation;
  /** Install next to lefthook anyway. */
  readonly isForced: boolean;
}

/**
 * What install would refuse for this hook, without writing anything: the command asks this for every
 * hook first, so a refusal of the second leaves the first untouched too.
 */
export function refusalOf(request: InstallRequest): InstallRefusal | undefined {
  if (huskyUserDir(request.location) !== undefined) return undefined;
  const path = join(request.location.hooksDir, request.hookName);
  const existing = isPresent(path) ? (readIfExists(path) ?? '') : undefined;
  if (existing?.includes(MANAGED_MARKER)) return undefined;
  if (!request.isForced && usesLefthook(request.location.root, existing)) return { kind: 'refused-lefthook', path };
  const chainedPath = path + CHAINED_SUFFIX;
  return existing !== undefined && isPresent(chainedPath) ? { kind: 'refused-chain-occupied', path, chainedPath } : undefined;
}

export function installHook(request: InstallRequest): InstallOutcome | InstallRefusal {
  const refusal = refusalOf(request);
  if (refusal !== undefined) return refusal;
  const huskyDir = huskyUserDir(request.location);
  // husky regenerates its hooks directory; the user's own file in .husky/ is the one that lasts. It is
  // committed and shared, so its block records no machine's paths (renderHook without a location).
  if (huskyDir !== undefined) return addHuskyBlock(join(huskyDir, request.hookName), scanningBlock(renderHook(request.hookName)));
  const path = join(request.location.hooksDir, request.hookName);
  const hook = renderHook(request.hookName, request.cli);
  const existing = isPresent(path) ? (readIfExists(path) ?? '') : undefined;
  if (existing === hook) return { kind: 'unchanged', path };
  if (existing?.includes(MANAGED_MARKER)) {
    writeFileAtomic(path, hook, EXECUTABLE);
    return { kind: 'updated', path, ...chainOf(path) };
  }
  if (existing !== undefined) return chainAndInstall(path, hook);
  mkdirSync(request.location.hooksDir, { recursive: true });
  writeFileAtomic(path, hook, EXECUTABLE);
  // A hook left aside by an earlier install still runs: say so.
  return { kind: 'installed', path, ...chainOf(path) };
}

export function uninstallHook(location: HooksLocation, hookName: HookName): UninstallOutcome {
  const huskyDir = huskyUserDir(location);
  if (huskyDir !== undefined) return removeHuskyBlock(join(huskyDir, hookName));
  const path = join(location.hooksDir, hookName);
  if (!readIfExists(path)?.includes(MANAGED_MARKER)) return { kind: 'not-installed', path };
  const chainedPath = path + CHAINED_SUFFIX;
  if (!isPresent(chainedPath)) {
    rmSync(path);
    return { kind: 'removed', path };
  }
  // rename keeps the original's bytes and mode (a symlink stays a symlink), and replaces the shim in one step.
  renameSync(chainedPath, path);
  return { kind: 'restored', path, restoredFrom: chainedPath };
}

/** Moves the user's hook aside, byte for byte and with its mode, where the shim will run it. */
function chainAndInstall(path: string, hook: string): InstallOutcome {
  const chainedPath = path + CHAINED_SUFFIX;
  renameSync(path, chainedPath);
  try {
    writeFileAtomic(path, hook, EXECUTABLE);
  } catch (error) {
    // Never leave the user's hook parked where nothing runs it.
    renameSync(chainedPath, path);
    throw error;
  }
  return { kind: 'installed', path, chainedPath };
}

function chainOf(path: string): { chainedPath?: string } {
  const chainedPath = path + CHAINED_SUFFIX;
  return isPresent(chainedPath) ? { chainedPath } : {};
}
