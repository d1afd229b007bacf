import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { HooksLocation } from '../git/hooks-location';

/**
 * husky points core.hooksPath at `.husky/_` (v9) or `.husky` (v4–v8) and regenerates the scripts
 * there itself; the user's own hook scripts live in `.husky/`. Returns that directory, or undefined.
 */
export function huskyUserDir(location: HooksLocation): string | undefined {
  if (location.hooksPathSetting === undefined) return undefined;
  const hooksDir = resolve(location.root, location.hooksPathSetting);
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  return basename(hooksDir) === '.husky' ? hooksDir : undefined;
}

const LEFTHOOK_CONFIGS = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml'];

/** lefthook rewrites its hooks on `lefthook install`, which would drop a chained leakguard shim. */
export function usesLefthook(root: string, existingHook: string | undefined): boolean {
  if (existingHook !== undefined && /lefthook/i.test(existingHook)) return true;
  return LEFTHOOK_CONFIGS.some((name) => existsSync(join(root, name)));
}

export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
