import { entryKey, sortEntries, type Baseline, type BaselineEntry } from './baseline-format';

/** A finding of the current scan, as the baseline records it. */
export type RecordedFinding = Pick<BaselineEntry, 'file' | 'rule' | 'fingerprint'>;

export interface Reconciliation {
  readonly baseline: Baseline;
  /** Entries whose secret is no longer in their file. */
  readonly pruned: readonly BaselineEntry[];
  /** Entries whose secret now lives in another file, and only there (a rename): verdict and note kept. */
  readonly moved: readonly { readonly from: BaselineEntry; readonly to: BaselineEntry }[];
  /** Findings the baseline did not know: added with `addNew`, otherwise only counted. */
  readonly added: readonly BaselineEntry[];
  readonly notAdded: readonly RecordedFinding[];
}

/**
 * The baseline after a re-scan: an entry stays while its secret is still in its file, keeping its
 * verdict and note; an entry whose file lost the secret is pruned, unless the same secret appeared in
 * exactly one new place, which is then the entry's new file. New findings join only when asked.
 */
export function reconcileBaseline(baseline: Baseline, current: readonly RecordedFinding[], options: { readonly addNew: boolean }): Reconciliation {
  const currentKeys = new Set(current.map(entryKey));
  const kept = baseline.entries.filter((entry) => currentKeys.has(entryKey(entry)));
  const gone = baseline.entries.filter((entry) => !currentKeys.has(entryKey(entry)));
  const keptKeys = new Set(kept.map(entryKey));
  const unknown = uniqueByKey(current.filter((finding) => !keptKeys.has(entryKey(finding))));
  const moved = findMoves(gone, unknown);
  const movedFrom = new Set(moved.map((move) => move.from));
  const movedTo = new Set(moved.map((move) => entryKey(move.to)));
  const fresh = unknown.filter((finding) => !movedTo.has(entryKey(finding)));
  const added = options.addNew ? fresh.map((finding): BaselineEntry => ({ ...finding, verdict: 'unreviewed' })) : [];
  return {
    baseline: { salt: baseline.salt, cost: baseline.cost, entries: sortEntries([...kept, ...moved.map((move) => move.to), ...added]) },
    pruned: gone.filter((entry) => !movedFrom.has(entry)),
    moved,
    added,
    notAdded: options.addNew ? [] : fresh,
  };
}

/** A gone entry moves when its fingerprint is gone from one file and new in exactly one other. */
function findMoves(gone: readonly BaselineEntry[], unknown: readonly RecordedFinding[]): { from: BaselineEntry; to: BaselineEntry }[] {
  const goneByFingerprint = groupBy(gone, (entry) => entry.fingerprint);
  const newByFingerprint = groupBy(unknown, (finding) => finding.fingerprint);
  const moves: { from: BaselineEntry; to: BaselineEntry }[] = [];
  for (const [fingerprint, from] of goneByFingerprint) {
    const to = newByFingerprint.get(fingerprint);
    if (from.length === 1 && to?.length === 1) moves.push({ from: from[0] as BaselineEntry, to: { ...(from[0] as BaselineEntry), file: (to[0] as RecordedFinding).file } });
  }
  return moves;
}

function uniqueByKey<T extends RecordedFinding>(findings: readonly T[]): T[] {
  return [...new Map(findings.map((finding) => [entryKey(finding), finding])).values()];
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
