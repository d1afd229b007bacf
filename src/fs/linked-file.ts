import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The file a path names once its symlinks are followed (a dangling link: the file it would name), so
 * an edit goes through the link to the user's file instead of replacing the link with a copy.
 */
export function linkedFileOf(path: string, depth = 0): string {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isSymbolicLink()) return path;
  if (existsSync(path)) return realpathSync(path);
  // A chain of dangling links is followed as far as the kernel would (SYMLOOP_MAX, 40 on Linux).
  return depth >= 40 ? path : linkedFileOf(resolve(dirname(path), readlinkSync(path)), depth + 1);
}
