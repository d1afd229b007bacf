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
  /**
   * In a binary file, where the secret starts, in bytes from 0 (as `xxd -s` and `hexdump` count);
   * `line` is then the number of the printable run that holds it and `column` its place in the run.
   */
  readonly byteOffset?: number;
  /**
   * Equal for the findings of one rule and one secret in one report (the same token pasted into
   * several files): localSecretKey, an HMAC under a key that never leaves the process, so it tells
   * "same secret" within a report and nothing outside it. The text report groups by it; the JSON and
   * SARIF reports leave it out (one result per place, as before). Absent: a finding of its own.
   */
  readonly sameSecret?: string;
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
  /** Files git will not diff as text: their blobs were read from the object database instead. */
  readonly binaryFiles: readonly string[];
  /** Files that could not be read whole, each with the reason; they are what a scan did not see. */
  readonly notScanned: readonly NotScannedFile[];
  /** What the config's `unscannable` says: a file not scanned blocks (exit 1), or is only reported. */
  readonly unscannable: UnscannablePolicy;
  /** How many commits had changes to scan, when the scan reads commits. */
  readonly commitsScanned?: number;
}

export interface NotScannedFile {
  readonly file: string;
  readonly reason: string;
  readonly commit?: CommitInfo;
}

export const UNSCANNABLE_POLICIES = ['block', 'report'] as const;
export type UnscannablePolicy = (typeof UNSCANNABLE_POLICIES)[number];

/** A scan blocks on its findings, and on files it could not read unless the config says to only report them. */
export function isBlocking(report: ScanReport): boolean {
  return report.findings.length > 0 || (report.notScanned.length > 0 && report.unscannable === 'block');
}
