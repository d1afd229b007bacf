import { existsSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HooksLocation } from '../git/hooks-location';

/**
 * husky points core.hooksPath at `.husky/_` (v9) or `.husky` (v4–v8) and regenerates the scripts
 * there itself; the user's own hook scripts live in `.husky/`. Returns that directory, or undefined.
 */
export function huskyUserDir(location: HooksLocation): string | undefined {
  if (location.hooksPathSetting === undefined) return undefined;
  // git's own resolution of the setting (relative to the work tree, `~` expanded), not ours.
  const hooksDir = location.hooksDir;
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  return basename(hooksDir) === '.husky' ? hooksDir : undefined;
}

/** lefthook's config file names, https://lefthook.dev/configuration (section "Config file name"). */
export const LEFTHOOK_CONFIGS = ['lefthook', '.lefthook', '.config/lefthook'].flatMap((name) =>
  ['yml', 'yaml', 'toml', 'json', 'jsonc'].map((extension) => `${name}.${extension}`),
);

/** The lefthook config at the repository root, when there is one. */
export function lefthookConfig(root: string): string | undefined {
  return LEFTHOOK_CONFIGS.map((name) => join(root, name)).find((path) => lstatSync(path, { throwIfNoEntry: false }) !== undefined);
}

/** lefthook rewrites its hooks on `lefthook install`, which would drop a chained leakguard shim. */
export function usesLefthook(root: string, existingHook: string | undefined): boolean {
  if (existingHook !== undefined && /lefthook/i.test(existingHook)) return true;
  return LEFTHOOK_CONFIGS.some((name) => existsSync(join(root, name)));
}
