import { entryKey, sortEntries, VERDICT_PRECEDENCE, type Baseline, type BaselineEntry } from './baseline-format';

/** The three copies a writer holds when it is about to write the baseline. */
export interface BaselineVersions {
  /** What the writer read when it started. */
  readonly read: Baseline;
  /** What is in the file now: someone (a hand edit, another leakguard) may have written since. */
  readonly onDisk: Baseline;
  /** What the writer wants to write: `read` with its own changes. */
  readonly wanted: Baseline;
}

/**
 * A three-way merge by entry (file and fingerprint), so that a writer never writes back an older copy
 * of what someone else changed meanwhile. For each entry, the side that changed it since `read` wins:
 * a verdict or note edited on disk beats the writer's unchanged copy, an entry added on disk is kept,
 * an entry the writer pruned stays pruned unless it was changed on disk since. When both changed the
 * same entry, the more cautious verdict wins (as when a union merge leaves two), on a tie the disk's.
 * The salts and costs are the same: the caller refuses to merge a baseline created again meanwhile.
 */
export function mergeBaseline({ read, onDisk, wanted }: BaselineVersions): Baseline {
  const before = byKey(read);
  const disk = byKey(onDisk);
  const mine = byKey(wanted);
  const merged: BaselineEntry[] = [];
  for (const key of new Set([...before.keys(), ...disk.keys(), ...mine.keys()])) {
    const entry = mergeEntry(before.get(key), disk.get(key), mine.get(key));
    if (entry !== undefined) merged.push(entry);
  }
  return { salt: onDisk.salt, cost: onDisk.cost, entries: sortEntries(merged) };
}

function mergeEntry(before: BaselineEntry | undefined, disk: BaselineEntry | undefined, mine: BaselineEntry | undefined): BaselineEntry | undefined {
  if (isSame(disk, before)) return mine;
  if (isSame(mine, before) || isSame(mine, disk)) return disk;
  // Both changed it. An entry removed on one side and edited on the other keeps the edit: it is newer.
  if (disk === undefined || mine === undefined) return disk ?? mine;
  return VERDICT_PRECEDENCE.indexOf(mine.verdict) < VERDICT_PRECEDENCE.indexOf(disk.verdict) ? mine : disk;
}

function isSame(a: BaselineEntry | undefined, b: BaselineEntry | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.rule === b.rule && a.verdict === b.verdict && a.note === b.note;
}

function byKey(baseline: Baseline): Map<string, BaselineEntry> {
  return new Map(baseline.entries.map((entry) => [entryKey(entry), entry]));
}
