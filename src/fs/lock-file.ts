import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

/** What a lock file holds: who took it, where and when. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601, when the lock was taken. */
  readonly time: string;
}

export interface LockOptions {
  /** How long to wait for a held lock before giving up. */
  readonly waitMs: number;
  /** Called once, when the lock is found held and the wait begins. */
  readonly onWait?: (holder: LockHolder | undefined) => void;
}

/** The lock is still held after waiting: the caller says which file and what to do. */
export class LockHeldError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`${lockPath} is held`);
  }
}

const RETRY_MS = 50;
/** A lock file whose content cannot be read yet: its writer may be between creating and filling it. */
const UNREADABLE_STALE_MS = 10_000;

/**
 * Runs `work` while holding `lockPath`, a file created exclusively (open with O_CREAT|O_EXCL, flag
 * 'wx', open(2)): of two processes only one creates it. The file holds pid, host and time as JSON.
 * A lock is stale, and taken over, when its holder is on this host and its pid is not alive
 * (kill(pid, 0) fails with ESRCH, kill(2)), or when its content cannot be read and it is older than
 * 10 s (a writer killed between creating and filling it). A lock held by a live process, or by
 * another host (a shared file system: its pids mean nothing here), is waited for, then refused.
 */
export async function withLock<T>(lockPath: string, options: LockOptions, work: () => T | Promise<T>): Promise<T> {
  await acquire(lockPath, options);
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

async function acquire(lockPath: string, options: LockOptions): Promise<void> {
  const deadline = Date.now() + options.waitMs;
  let hasWaited = false;
  for (;;) {
    if (tryCreate(lockPath)) return;
    const holder = readHolder(lockPath);
    if (isStale(lockPath, holder) && takeOver(lockPath, holder)) continue;
    if (Date.now() >= deadline) throw new LockHeldError(lockPath, holder);
    if (!hasWaited) options.onWait?.(holder);
    hasWaited = true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

function tryCreate(lockPath: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const holder: LockHolder = { pid: process.pid, host: hostname(), time: new Date().toISOString() };
    writeSync(descriptor, `${JSON.stringify(holder)}\n`);
  } catch (error) {
    // An empty lock would stop every writer for 10 s: this one was never held.
    rmSync(lockPath, { force: true });
    throw error;
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/** The holder the lock file names; undefined when it is gone, empty or not ours to parse. */
export function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.time === 'string' ? (value as LockHolder) : undefined;
  } catch {
    // Gone (released meanwhile), or not yet filled: the caller judges it by its age.
    return undefined;
  }
}

function isStale(lockPath: string, holder: LockHolder | undefined): boolean {
  if (holder !== undefined) return holder.host === hostname() && !isAlive(holder.pid);
  try {
    return Date.now() - statSync(lockPath).mtimeMs > UNREADABLE_STALE_MS;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Moves the stale lock aside (rename is atomic: of two processes taking over, one moves it) and checks
 * that what it moved is the lock it judged: if another process took over first and its fresh lock was
 * moved instead, that lock is put back (link fails rather than replace a newer one).
 */
function takeOver(lockPath: string, judged: LockHolder | undefined): boolean {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return false;
  }
  const moved = readHolder(aside);
  const isJudged = JSON.stringify(moved) === JSON.stringify(judged);
  try {
    if (!isJudged) linkSync(aside, lockPath);
  } catch {
    // A third process holds the lock now; it waits for that one like any other.
  }
  rmSync(aside, { force: true });
  return isJudged;
}
