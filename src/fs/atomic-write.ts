import { chmodSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes a file so that readers see either the old or the new content, never half of it: a temp file in
 * the same directory (rename is atomic only within one file system), then rename over the target. The
 * rename replaces a symbolic link at `path` itself: to write where a link points, pass linkedFileOf(path).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, mode?: number): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: mode ?? 0o644 });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A fresh name beside `path` for what will be renamed over it: `.<name>.<12 hex digits>.tmp`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The temp files a writer of `path` killed before its rename left beside it (names as tempPathFor's). */
export function leftoverTempsOf(path: string): string[] {
  const prefix = `.${basename(path)}.`;
  const dir = dirname(path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))).map((name) => join(dir, name));
}

