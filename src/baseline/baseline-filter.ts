import { fingerprintedText, type BaselineIdentity } from './baseline-identity';
import { entryKey, type Baseline, type BaselineEntry, type Verdict } from './baseline-format';

/** The baseline's view of a scan: is this finding one the baseline already knows and lets pass? */
export interface BaselineFilter {
  isKnown(identity: BaselineIdentity): boolean;
  /**
   * The salted fingerprint of the match's entry, if the baseline holds one (must-fix entries are known
   * but reported): what the report prints, so a user finds the entry. No scrypt beyond isKnown's.
   */
  entryFingerprintOf(identity: BaselineIdentity): string | undefined;
  /** Whether the baseline accepts findings in this file: a file renamed away from it is read whole. */
  hasEntriesFor(file: string): boolean;
}

export interface BaselineFilterOptions {
  /** Match a known secret in any file (after a rename), not only in the file it was recorded in. */
  readonly matchAnyFile?: boolean;
  /** saltedFingerprint with the baseline's salt and cost, of a rule and fingerprintedText: passed in, so that this module stays pure. */
  readonly fingerprintOf: (ruleId: string, text: string) => string;
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
  const entryOf = (identity: BaselineIdentity): { fingerprint: string; verdict: Verdict } | undefined => {
    if (!isCandidate(identity)) return undefined;
    const fingerprint = fingerprintOf(identity.ruleId, fingerprintedText(identity));
    const verdict = verdictOf.get(options.matchAnyFile ? fingerprint : entryKey({ file: identity.file, fingerprint }));
    return verdict === undefined ? undefined : { fingerprint, verdict };
  };
  return {
    hasEntriesFor: (file) => files.has(file),
    isKnown(identity) {
      const verdict = entryOf(identity)?.verdict;
      return verdict !== undefined && verdict !== 'must-fix';
    },
    entryFingerprintOf: (identity) => entryOf(identity)?.fingerprint,
  };
}

function candidateTest(entries: readonly BaselineEntry[], isAnyFile: boolean): (identity: BaselineIdentity) => boolean {
  const ruleKey = (file: string, rule: string): string => (isAnyFile ? rule : `${file}\0${rule}`);
  const candidates = new Set(entries.map((entry) => ruleKey(entry.file, entry.rule)));
  return (identity) => candidates.has(ruleKey(identity.file, identity.ruleId));
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
