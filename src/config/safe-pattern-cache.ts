import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { userCacheDir } from '../fs/user-cache-dir';

/**
 * The keys (patternCheckKey: SHA-256 hex, never a pattern) of the config patterns that passed the
 * backtracking check, so that each is checked once per machine rather than on every commit. The name
 * carries the format's version: a change to how patterns are checked that the key does not capture
 * gets a new file, and the old one is simply not read.
 */
const CACHE_FILE = 'safe-patterns-v1';
const HEADER = '# leakguard: keys of config patterns that passed the backtracking check; delete the file to check them again';
const KEY_LINE = /^[0-9a-f]{64}$/;
/** 65 bytes a key: the file stays under a megabyte however many patterns a user tries over the years. */
const MOST_KEYS = 10_000;

/** The cache file's path, or undefined when there is no cache directory (user-cache-dir.ts). */
export function safePatternCachePath(): string | undefined {
  const dir = userCacheDir();
  return dir === undefined ? undefined : join(dir, CACHE_FILE);
}

/**
 * The keys recorded at `path`, oldest first. A cache that cannot be read (absent, unreadable, not
 * ours) is an empty one: the checks just run.
 */
export function readSafeKeys(path: string | undefined): string[] {
  if (path === undefined) return [];
  try {
    return readFileSync(path, 'utf8').split('\n').filter((line) => KEY_LINE.test(line));
  } catch {
    return [];
  }
}

/**
 * Adds `keys` to the file, merged with what another process may have added since it was read, the
 * newest last and the oldest dropped beyond MOST_KEYS. Written whole and renamed into place, so a
 * reader never sees half of it; a failure (a read-only home, a full disk) leaves the cache as it was
 * and is not the scan's problem.
 */
export function rememberSafeKeys(path: string | undefined, keys: readonly string[]): void {
  if (path === undefined || keys.length === 0) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const merged = [...new Set([...readSafeKeys(path), ...keys])].slice(-MOST_KEYS);
    writeFileAtomic(path, `${HEADER}\n${merged.join('\n')}\n`);
  } catch {
    // Nothing to do: the next scan checks these patterns again.
  }
}
