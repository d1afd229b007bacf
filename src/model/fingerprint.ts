import type * as Crypto from 'node:crypto';

/** What a report already shows about a finding, and all its fingerprint is made of. */
export interface FindingPlace {
  readonly ruleId: string;
  readonly file: string;
  /** The line with every secret on it redacted (Finding.preview): what a text report prints. */
  readonly preview: string;
}

/**
 * The report's identity of a finding: a hash of its rule, its file and its redacted line, and of how
 * many findings with that same place came before it in the scan (GitHub's own `primaryLocationLineHash`
 * numbers identical lines the same way). Never of the secret: a report goes to CI logs and code
 * scanning, and a fast hash of a password there confirms a guess in microseconds (issue 11: one was
 * recovered from its JSON fingerprint in 24,149 guesses). Only data the text report prints goes in, so
 * the fingerprint tells nobody more than the report does. Not the line number: an alert stays the same
 * alert when lines above it move. A rotated secret on the same line keeps its fingerprint; what lets a
 * secret pass is the baseline, whose identity depends on the secret (saltedFingerprint).
 * node:crypto is loaded on the first finding: a clean commit never needs it.
 */
export function fingerprint(place: FindingPlace, occurrence: number): string {
  const { createHash } = require('node:crypto') as typeof Crypto;
  return createHash('sha256').update([place.ruleId, place.file, place.preview, String(occurrence)].join('\0')).digest('hex').slice(0, 32);
}
