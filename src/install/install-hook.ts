import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { leftoverTempsOf, writeFileAtomic } from '../fs/atomic-write';
import { readIfExists } from '../fs/read-if-exists';
import type { HooksLocation } from '../git/hooks-location';
import { linkedFileOf } from '../fs/linked-file';
import { EXECUTABLE, copyOf, isPresent, isSameCopy, writeCopyAtomic, type HookCopy } from './hook-files';
import { FRAMEWORK_LEGACY_SUFFIX, PRE_COMMIT_CONFIG, huskyUserDir, lefthookConfig, mentionsLeakguard, usesLefthook, usesPreCommitFramework } from './hook-manager';
import { configCallsLeakguard } from './hook-status';
import { CHAINED_SUFFIX, HOOK_NAMES, MANAGED_MARKER, renderHook, scanningBlock, type CliLocation, type HookName } from './hook-template';
import { addHuskyBlock, removeHuskyBlock } from './husky-block';
import type { InstallOutcome, InstallRefusal, UninstallOutcome } from './install-outcome';

export interface UninstallResult {
  readonly outcome: UninstallOutcome;
  /** What an install killed half way left: temp files, a copy of the user's hook beside it. */
  readonly removedLeftovers: readonly string[];
}

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
  if (!request.isForced && usesLefthook(request.location.root, existing)) return lefthookRefusal(request.location.root, path);
  if (!request.isForced && usesPreCommitFramework(request.location.root, existing)) return frameworkRefusal(request.location.root, path);
  const chainedPath = path + CHAINED_SUFFIX;
  // Read once, before the chained copy: an install running alongside writes the copy first and its shim
  // last, so the hook read here is either the user's (and a chained copy is then the same) or the shim.
  const hookNow = copyOf(path);
  // A copy of the hook itself is what an install killed (or still running) before its last rename left.
  const isChainTaken = existing !== undefined && !isShimCopy(hookNow) && isPresent(chainedPath) && !isSameCopy(hookNow, copyOf(chainedPath));
  return isChainTaken ? { kind: 'refused-chain-occupied', path, chainedPath } : undefined;
}

/** Whether the framework's config already runs leakguard (any mention: its stages are not parsed). */
function frameworkRefusal(root: string, path: string): InstallRefusal {
  const configPath = join(root, PRE_COMMIT_CONFIG);
  return { kind: 'refused-pre-commit-framework', path, configPath, isConfigured: mentionsLeakguard(readIfExists(configPath) ?? '') };
}

/** Whether lefthook's config already runs leakguard for every hook (each hook's section of lefthook.yml). */
function lefthookRefusal(root: string, path: string): InstallRefusal {
  const configPath = lefthookConfig(root);
  const isConfigured = configPath !== undefined && HOOK_NAMES.every((hookName) => configCallsLeakguard(configPath, hookName));
  return { kind: 'refused-lefthook', path, ...(isConfigured ? { configured: configPath } : {}) };
}

/** leakguard's own shim: never a hook in the way of another install. */
const isShimCopy = (copy: HookCopy | undefined): boolean => copy?.kind === 'file' && copy.bytes.includes(MANAGED_MARKER);

export function installHook(request: InstallRequest): InstallOutcome | InstallRefusal {
  const refusal = refusalOf(request);
  if (refusal !== undefined) return refusal;
  const huskyDir = huskyUserDir(request.location);
  // husky regenerates its hooks directory; the user's own file in .husky/ is the one that lasts. It is
  // committed and shared, so its block records no machine's paths (renderHook without a location).
  // A symlinked .husky file is edited where it points: the link stays.
  if (huskyDir !== undefined) return addHuskyBlock(linkedFileOf(join(huskyDir, request.hookName)), scanningBlock(renderHook(request.hookName)));
  const path = join(request.location.hooksDir, request.hookName);
  const hook = renderHook(request.hookName, request.cli);
  const existing = isPresent(path) ? (readIfExists(path) ?? '') : undefined;
  if (existing === hook) return { kind: 'unchanged', path };
  if (existing?.includes(MANAGED_MARKER)) {
    writeFileAtomic(linkedFileOf(path), hook, EXECUTABLE);
    return { kind: 'updated', path, ...chainOf(path) };
  }
  if (existing !== undefined) return chainAndInstall(path, hook);
  mkdirSync(request.location.hooksDir, { recursive: true });
  writeFileAtomic(path, hook, EXECUTABLE);
  // A hook left aside by an earlier install still runs: say so.
  return { kind: 'installed', path, ...chainOf(path) };
}

export function uninstallHook(location: HooksLocation, hookName: HookName): UninstallResult {
  const huskyDir = huskyUserDir(location);
  if (huskyDir !== undefined) {
    const file = linkedFileOf(join(huskyDir, hookName));
    return { removedLeftovers: removeTemps([file]), outcome: removeHuskyBlock(file) };
  }
  const path = join(location.hooksDir, hookName);
  const chainedPath = path + CHAINED_SUFFIX;
  const removedLeftovers = removeTemps([path, chainedPath]);
  const outcome = uninstallShimOrLegacy(path, chainedPath);
  // The hook is still here and the copy beside it is the same: install was killed before its shim went in.
  if (outcome.kind === 'not-installed' && isSameCopy(copyOf(path), copyOf(chainedPath))) {
    rmSync(chainedPath);
    removedLeftovers.push(chainedPath);
  }
  return { outcome, removedLeftovers };
}

/**
 * The shim where install put it, or where `pre-commit install` moved it: then it is removed there, and a
 * hook it chained goes to `.legacy` in its place, which pre-commit runs as it ran the shim.
 */
function uninstallShimOrLegacy(path: string, chainedPath: string): UninstallOutcome {
  const legacyPath = path + FRAMEWORK_LEGACY_SUFFIX;
  const isBehindFramework = !readIfExists(path)?.includes(MANAGED_MARKER) && readIfExists(legacyPath)?.includes(MANAGED_MARKER) === true;
  return isBehindFramework ? uninstallShim(legacyPath, chainedPath) : uninstallShim(path, chainedPath);
}

function uninstallShim(path: string, chainedPath: string): UninstallOutcome {
  if (!isPresent(path) && isPresent(chainedPath)) {
    // Only install puts a hook at this name. An earlier leakguard renamed the user's hook here before
    // writing its shim; killed in between, it left that hook here and nothing at the hook's path.
    renameSync(chainedPath, path);
    return { kind: 'restored-after-interrupted-install', path, restoredFrom: chainedPath };
  }
  if (!readIfExists(path)?.includes(MANAGED_MARKER)) return { kind: 'not-installed', path };
  if (!isPresent(chainedPath)) {
    rmSync(path);
    return { kind: 'removed', path };
  }
  // rename keeps the original's bytes and mode (a symlink stays a symlink), and replaces the shim in one step.
  renameSync(chainedPath, path);
  return { kind: 'restored', path, restoredFrom: chainedPath };
}

function removeTemps(paths: readonly string[]): string[] {
  const temps = paths.flatMap(leftoverTempsOf);
  for (const temp of temps) rmSync(temp, { force: true });
  return temps;
}

/**
 * Chains the user's hook without a moment in which nothing runs at `path`: first a copy of it (bytes
 * and mode, or the symlink itself) goes to the chained name in one rename, then the shim, which runs
 * that copy, replaces it in one rename. Killed at any point, `path` holds the user's hook or the shim;
 * a half-written file only ever has a temp name, which neither git nor the shim runs.
 */
function chainAndInstall(path: string, hook: string): InstallOutcome {
  const original = copyOf(path);
  // Another install running at the same time may have put its shim here since this one looked:
  // chaining that would make the shim run itself.
  if (original === undefined || isShim(original)) {
    writeFileAtomic(path, hook, EXECUTABLE);
    return { kind: 'installed', path, ...chainOf(path) };
  }
  const chainedPath = path + CHAINED_SUFFIX;
  writeCopyAtomic(chainedPath, original);
  writeFileAtomic(path, hook, EXECUTABLE);
  return { kind: 'installed', path, chainedPath };
}

const isShim = (copy: HookCopy): boolean => copy.kind === 'file' && copy.bytes.includes(MANAGED_MARKER);

function chainOf(path: string): { chainedPath?: string } {
  const chainedPath = path + CHAINED_SUFFIX;
  return isPresent(chainedPath) ? { chainedPath } : {};
}
