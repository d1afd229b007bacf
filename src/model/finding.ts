import type { Confidence, Severity } from './severity';

/**
 * What reporters receive. It deliberately has no field that can hold the secret itself: only a
 * redacted form and a one-way fingerprint cross this boundary.
 */
export interface Finding {
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly file: string;
  readonly line: number;
  /** 1-based column of the secret's first character. */
  readonly column: number;
  /** The secret, redacted. */
  readonly match: string;
  /** The whole line with every secret on it redacted, shortened around the match. */
  readonly preview: string;
  readonly fingerprint: string;
  /** How to fix a leak of this kind: where to rotate, where to load it from instead. */
  readonly fix: string;
  /** The commit that adds the secret, when the scan reads commits (pre-push, ranges, history). */
  readonly commit?: CommitInfo;
}

export interface CommitInfo {
  readonly sha: string;
  /** The first line of the commit message. */
  readonly subject: string;
  /** Set when the object is an annotated tag, not a commit: the tag's name (the sha is the tag object's). */
  readonly tag?: string;
}

/** Why a detected secret was not reported. */
export type SuppressionReason = 'inline-comment' | 'config-allowlist' | 'baseline';

export interface ScanReport {
  readonly findings: readonly Finding[];
  readonly suppressed: Readonly<Partial<Record<SuppressionReason, number>>>;
  readonly filesScanned: number;
  readonly linesScanned: number;
  /** Files skipped because .secretignore or the config's allowlist.paths names them. */
  readonly ignoredFiles: readonly string[];
  readonly binaryFiles: readonly string[];
  /** How many commits had changes to scan, when the scan reads commits. */
  readonly commitsScanned?: number;
}
