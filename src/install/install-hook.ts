import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { HooksLocation } from '../git/hooks-location';
import { LeakguardError } from '../model/errors';
import { huskyUserDir, readIfExists, usesLefthook } from './hook-manager';
import {
  CHAINED_SUFFIX, MANAGED_MARKER, hasScanningBlock, removeScanningBlock, renderHook, scanningBlock, type CliLocation,
} from './hook-template';

const EXECUTABLE = 0o755;
/** What leakguard writes at the top of a husky hook file it creates, so uninstall can tell. */
const HUSKY_FILE_HEADER = '#!/usr/bin/env sh\n';
const LEFTHOOK_SNIPPET = ['pre-commit:', '  commands:', '    leakguard:', '      run: npx leakguard scan --staged', ''].join('\n');

export type InstallOutcome =
  | { readonly kind: 'installed'; readonly path: string; readonly chainedPath?: string }
  | { readonly kind: 'updated'; readonly path: string }
  | { readonly kind: 'unchanged'; readonly path: string }
  | { readonly kind: 'husky-block-added'; readonly path: string };

export type UninstallOutcome =
  | { readonly kind: 'removed'; readonly path: string; readonly restoredPath?: string }
  | { readonly kind: 'husky-block-removed'; readonly path: string; readonly isFileDeleted: boolean }
  | { readonly kind: 'not-installed'; readonly path: string };

export interface InstallRequest {
  readonly location: HooksLocation;
  readonly hookName: string;
  readonly cli: CliLocation;
  /** Install next to lefthook anyway. */
  readonly isForced: boolean;
}

export function installHook(request: InstallRequest): InstallOutcome {
  const huskyDir = huskyUserDir(request.location);
  const hook = renderHook(request.hookName, request.cli);
  if (huskyDir !== undefined) return addHuskyBlock(join(huskyDir, request.hookName), hook);
  const path = join(request.location.hooksDir, request.hookName);
  const existing = readIfExists(path);
  if (existing === hook) return { kind: 'unchanged', path };
  if (existing?.includes(MANAGED_MARKER)) {
    writeFileAtomic(path, hook, EXECUTABLE);
    return { kind: 'updated', path };
  }
  if (!request.isForced && usesLefthook(request.location.root, existing)) {
    throw new LeakguardError('HOOK_CONFLICT', `lefthook manages the hooks of this repository (${path}); \`lefthook install\` would drop a leakguard hook.`, {
      hint: `Add leakguard to lefthook.yml instead:\n\n${LEFTHOOK_SNIPPET}\nthen run \`npx lefthook install\`. Or run \`leakguard install --force\` to chain lefthook's hook behind leakguard's.`,
    });
  }
  mkdirSync(request.location.hooksDir, { recursive: true });
  const chainedPath = existing === undefined ? undefined : moveAside(path);
  writeFileAtomic(path, hook, EXECUTABLE);
  return { kind: 'installed', path, ...(chainedPath ? { chainedPath } : {}) };
}

export function uninstallHook(location: HooksLocation, hookName: string): UninstallOutcome {
  const huskyDir = huskyUserDir(location);
  if (huskyDir !== undefined) return removeHuskyBlock(join(huskyDir, hookName));
  const path = join(location.hooksDir, hookName);
  if (!readIfExists(path)?.includes(MANAGED_MARKER)) return { kind: 'not-installed', path };
  const chainedPath = path + CHAINED_SUFFIX;
  if (readIfExists(chainedPath) === undefined) {
    rmSync(path);
    return { kind: 'removed', path };
  }
  // rename keeps the original's bytes and mode, and replaces the shim in one step.
  renameSync(chainedPath, path);
  return { kind: 'removed', path, restoredPath: path };
}

/** Keeps the user's hook, byte for byte and with its mode, where the shim will chain to it. */
function moveAside(path: string): string {
  const chainedPath = path + CHAINED_SUFFIX;
  if (readIfExists(chainedPath) !== undefined) {
    throw new LeakguardError('HOOK_CONFLICT', `${path} is not leakguard's, and ${chainedPath} already holds an earlier hook.`, {
      hint: `Merge the two by hand (keep what ${path} must run), remove one of them, then run \`leakguard install\` again.`,
    });
  }
  renameSync(path, chainedPath);
  return chainedPath;
}

function addHuskyBlock(path: string, hook: string): InstallOutcome {
  const block = scanningBlock(hook);
  const existing = readIfExists(path);
  if (existing !== undefined && hasScanningBlock(existing)) {
    const updated = removeScanningBlock(existing);
    if (updated + block === existing) return { kind: 'unchanged', path };
    writeFileAtomic(path, updated + block, modeOf(path));
    return { kind: 'updated', path };
  }
  const base = existing === undefined ? HUSKY_FILE_HEADER : existing.endsWith('\n') || existing === '' ? existing : `${existing}\n`;
  writeFileAtomic(path, base + block, existing === undefined ? EXECUTABLE : modeOf(path));
  return { kind: 'husky-block-added', path };
}

function removeHuskyBlock(path: string): UninstallOutcome {
  const existing = readIfExists(path);
  if (existing === undefined || !hasScanningBlock(existing)) return { kind: 'not-installed', path };
  const rest = removeScanningBlock(existing);
  if (rest === HUSKY_FILE_HEADER || rest === '') {
    rmSync(path);
    return { kind: 'husky-block-removed', path, isFileDeleted: true };
  }
  writeFileAtomic(path, rest, modeOf(path));
  return { kind: 'husky-block-removed', path, isFileDeleted: false };
}

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}
