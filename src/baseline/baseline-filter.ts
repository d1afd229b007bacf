import type { RawMatch } from '../model/raw-match';
import { entryKey, type Baseline, type BaselineEntry, type Verdict } from './baseline-format';

/** The baseline stage of a scan: is this match a finding the baseline already knows and lets pass? */
export interface BaselineFilter {
  isKnown(match: RawMatch): boolean;
  /**
   * The salted fingerprint of the match's entry, if the baseline holds one (must-fix entries are known
   * but reported): what the report prints, so a user finds the entry. No scrypt beyond isKnown's.
   */
  entryFingerprintOf(match: RawMatch): string | undefined;
  /** Whether the baseline accepts findings in this file: a file renamed away from it is read whole. */
  hasEntriesFor(file: string): boolean;
}

export interface BaselineFilterOptions {
  /** Match a known secret in any file (after a rename), not only in the file it was recorded in. */
  readonly matchAnyFile?: boolean;
  /** saltedFingerprint with the baseline's salt: passed in, so that this module stays pure. */
  readonly fingerprintOf: (ruleId: string, secret: string) => string;
}

/**
 * Matches by file and fingerprint, never by line: a moved or re-indented secret is still known, a
 * different secret on the same line is not, and the same secret pasted into another file is new.
 * Entries marked must-fix are known but not accepted: they stay reported.
 *
 * The fingerprint is slow on purpose (scrypt), so it is computed only for a match whose rule the
 * baseline lists for that file, and once per distinct rule and secret.
 */
export function createBaselineFilter(baseline: Baseline, options: BaselineFilterOptions): BaselineFilter {
  const isCandidate = candidateTest(baseline.entries, options.matchAnyFile === true);
  const verdictOf = new Map(baseline.entries.map((entry) => [options.matchAnyFile ? entry.fingerprint : entryKey(entry), entry.verdict]));
  const fingerprintOf = memoized(options.fingerprintOf);
  const files = new Set(baseline.entries.map((entry) => entry.file));
  const entryOf = (match: RawMatch): { fingerprint: string; verdict: Verdict } | undefined => {
    if (!isCandidate(match)) return undefined;
    const fingerprint = fingerprintOf(match.ruleId, match.secret);
    const verdict = verdictOf.get(options.matchAnyFile ? fingerprint : entryKey({ file: match.file, fingerprint }));
    return verdict === undefined ? undefined : { fingerprint, verdict };
  };
  return {
    hasEntriesFor: (file) => files.has(file),
    isKnown(match) {
      const verdict = entryOf(match)?.verdict;
      return verdict !== undefined && verdict !== 'must-fix';
    },
    entryFingerprintOf: (match) => entryOf(match)?.fingerprint,
  };
}

function candidateTest(entries: readonly BaselineEntry[], isAnyFile: boolean): (match: RawMatch) => boolean {
  const ruleKey = (file: string, rule: string): string => (isAnyFile ? rule : `${file}\0${rule}`);
  const candidates = new Set(entries.map((entry) => ruleKey(entry.file, entry.rule)));
  return (match) => candidates.has(ruleKey(match.file, match.ruleId));
}

/** One fingerprint per distinct rule and secret: a secret repeated on many lines costs one scrypt. */
export function memoized(fingerprintOf: (ruleId: string, secret: string) => string): (ruleId: string, secret: string) => string {
  const known = new Map<string, string>();
  return (ruleId, secret) => {
    const key = `${ruleId}\0${secret}`;
    let fingerprint = known.get(key);
    if (fingerprint === undefined) {
      fingerprint = fingerprintOf(ruleId, secret);
      known.set(key, fingerprint);
    }
    return fingerprint;
  };
}
