import { lstatSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tempPathFor, writeFileAtomic } from '../fs/atomic-write';

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

/** What is at a hook's path, read once: a symlink (the link itself, not what it names) or a file's bytes and mode. */
export type HookCopy = { readonly kind: 'link'; readonly target: string } | { readonly kind: 'file'; readonly bytes: Buffer; readonly mode: number };

export function copyOf(path: string): HookCopy | undefined {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return undefined;
  if (stats.isSymbolicLink()) return { kind: 'link', target: readlinkSync(path) };
  return { kind: 'file', bytes: readFileSync(path), mode: stats.mode & 0o777 };
}

export function isSameCopy(one: HookCopy | undefined, other: HookCopy | undefined): boolean {
  if (one === undefined || other === undefined) return false;
  if (one.kind === 'link' && other.kind === 'link') return one.target === other.target;
  return one.kind === 'file' && other.kind === 'file' && one.mode === other.mode && one.bytes.equals(other.bytes);
}

/**
 * Puts `copy` at `path` in one rename, so a reader (git running the shim, which runs this file) sees the
 * whole file or none: a symlink is made under a temp name as a symlink again, pointing where it did.
 */
export function writeCopyAtomic(path: string, copy: HookCopy): void {
  if (copy.kind === 'file') return writeFileAtomic(path, copy.bytes, copy.mode);
  const temp = tempPathFor(path);
  try {
    symlinkSync(copy.target, temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

