import { createHash } from 'node:crypto';
import type { BaselineCandidate } from './baseline-identity';
import type { ImportedEntry } from './imported-entry';

/**
 * What detect-secrets' PrivateKeyDetector hashes (detect_secrets/plugins/private_key.py): the marker it
 * found, `BEGIN RSA PRIVATE KEY`, not the key, so the SHA-1 is the same for every key. Such an entry
 * is matched by its file and line instead; the markers are public words, not secrets.
 */
const PRIVATE_KEY_MARKERS = [
  'BEGIN DSA PRIVATE KEY',
  'BEGIN EC PRIVATE KEY',
  'BEGIN OPENSSH PRIVATE KEY',
  'BEGIN PGP PRIVATE KEY BLOCK',
  'BEGIN PRIVATE KEY',
  'BEGIN RSA PRIVATE KEY',
  'BEGIN SSH2 ENCRYPTED PRIVATE KEY',
  'PuTTY-User-Key-File-2',
];
const MARKER_HASHES = new Set(PRIVATE_KEY_MARKERS.map((marker) => sha1Hex(marker)));

export interface UnmatchedEntry {
  readonly entry: ImportedEntry;
  /** Looked for by its secret's SHA-1 in its file (else by its file and line). */
  readonly isBySecret: boolean;
}

const placeKey = (file: string, line: number): string => `${file}\0${line}`;
const secretKey = (file: string, hash: string): string => `${file}\0${hash}`;

/**
 * Matches another scanner's entries with the findings of leakguard's own scan, one finding at a time
 * as the scan offers them (the secret is at hand only then):
 * - detect-secrets' by file and SHA-1 of the secret, on any line (the baseline knows a secret by its
 *   file, never its line, so a stale line_number still matches); its private keys by file and line;
 * - gitleaks' by file and line: its fingerprints hold no trace of the secret.
 * Rules are not compared: the two tools name them differently.
 */
export class ImportMatcher {
  private readonly bySecret = new Map<string, ImportedEntry[]>();
  private readonly byPlace = new Map<string, ImportedEntry[]>();
  private readonly hashedFiles = new Set<string>();
  private readonly matched = new Set<ImportedEntry>();

  constructor(private readonly entries: readonly ImportedEntry[]) {
    for (const entry of entries) {
      if (entry.hashedSecret !== undefined && !MARKER_HASHES.has(entry.hashedSecret)) {
        add(this.bySecret, secretKey(entry.file, entry.hashedSecret), entry);
        this.hashedFiles.add(entry.file);
      } else if (entry.line !== undefined) {
        add(this.byPlace, placeKey(entry.file, entry.line), entry);
      }
    }
  }

  /** The imported entries that are this finding; a SHA-1 is computed only in a file that has some. */
  entriesFor(candidate: BaselineCandidate): readonly ImportedEntry[] {
    const { file, line, secret } = candidate;
    const bySecret = secret !== undefined && this.hashedFiles.has(file) ? this.bySecret.get(secretKey(file, sha1Hex(secret))) : undefined;
    const byPlace = line === undefined ? undefined : this.byPlace.get(placeKey(file, line));
    const found = [...(bySecret ?? []), ...(byPlace ?? [])];
    for (const entry of found) this.matched.add(entry);
    return found;
  }

  /** The entries no finding matched, in the order of the imported file, with how they were looked for. */
  unmatched(): UnmatchedEntry[] {
    return this.entries.filter((entry) => !this.matched.has(entry)).map((entry) => ({ entry, isBySecret: entry.hashedSecret !== undefined && !MARKER_HASHES.has(entry.hashedSecret) }));
  }
}

function add(map: Map<string, ImportedEntry[]>, key: string, entry: ImportedEntry): void {
  const same = map.get(key);
  if (same) same.push(entry);
  else map.set(key, [entry]);
}

/** detect-secrets' hash_secret: SHA-1 of the UTF-8 secret, in hex. */
function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}
