import type { Verdict } from './baseline-format';
import { normalizedPath, shownName, type ImportedEntry } from './imported-entry';

const SHA1_HEX = /^[0-9a-f]{40}$/;

/**
 * detect-secrets' `.secrets.baseline` (detect_secrets/core/baseline.py, potential_secret.py): JSON
 * whose `results` maps each file to its secrets, `{type, filename, hashed_secret, line_number,
 * is_verified, is_secret?}`. `hashed_secret` is the SHA-1 of the secret; `is_secret` is what
 * `detect-secrets audit` decided (true: a real secret, false: not one), absent until audited.
 */
export function readDetectSecrets(results: unknown, unreadable: string[]): ImportedEntry[] {
  if (typeof results !== 'object' || results === null || Array.isArray(results)) {
    unreadable.push('"results" is not an object of files');
    return [];
  }
  return Object.entries(results as Record<string, unknown>).flatMap(([file, secrets]) => {
    if (!Array.isArray(secrets)) {
      unreadable.push(`${normalizedPath(file)}: not a list of secrets`);
      return [];
    }
    return secrets.flatMap((secret: unknown, index) => entryOf(file, secret, `secret ${index + 1} of ${normalizedPath(file)}`, unreadable));
  });
}

function entryOf(file: string, secret: unknown, at: string, unreadable: string[]): ImportedEntry[] {
  const fields = (typeof secret === 'object' && secret !== null ? secret : {}) as Record<string, unknown>;
  const { hashed_secret: hashedSecret, line_number: line } = fields;
  if (typeof hashedSecret !== 'string' || !SHA1_HEX.test(hashedSecret)) {
    unreadable.push(`${at}: no "hashed_secret" of 40 hexadecimal digits`);
    return [];
  }
  return [{ at, file: normalizedPath(file), line: typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : undefined, hashedSecret, kind: shownName(fields['type']), verdict: verdictOf(fields) }];
}

/**
 * What the audit decided: `is_secret: true` is a real secret, kept must-fix (reported, not allowed);
 * so is one detect-secrets verified live with its provider (`is_verified`). `is_secret: false` is a
 * false positive. Not audited: unreviewed.
 */
function verdictOf(fields: Record<string, unknown>): Verdict {
  if (fields['is_secret'] === true || fields['is_verified'] === true) return 'must-fix';
  return fields['is_secret'] === false ? 'false-positive' : 'unreviewed';
}
