import { lstatSync, statSync } from 'node:fs';

/** git runs only executable hooks (githooks(5)). */
export const EXECUTABLE = 0o755;

/**
 * Whether anything is at `path`, a dangling symlink included: existsSync follows links and would call
 * a user's broken symlinked hook absent, and install would then overwrite it.
 */
export function isPresent(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}
