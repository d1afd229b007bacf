/**
 * What the baseline knows a finding by: its rule, its file and its secret. A file that is a secret as
 * a whole (a key store, a .env with values) has no one secret: the baseline knows it by its path.
 * A RawMatch is one; a matched file is `{ ruleId, file }`.
 */
export interface BaselineIdentity {
  readonly ruleId: string;
  readonly file: string;
  readonly secret?: string;
}

/**
 * The text a salted fingerprint is made of: the secret, or for a whole file its path. Baseline
 * files of format 1 and 2 recorded sensitive files by their path this way, so their entries still match.
 */
export const fingerprintedText = (identity: BaselineIdentity): string => identity.secret ?? identity.file;

/** A match as the scan offers it to the baseline (ScanOptions.onCandidate): with its line, unless it is a whole file. */
export interface BaselineCandidate extends BaselineIdentity {
  readonly line?: number;
}
