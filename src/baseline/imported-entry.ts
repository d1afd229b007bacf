import type { Verdict } from './baseline-format';

/** The formats `baseline import` reads: the triage other scanners keep. */
export type ForeignFormat = 'detect-secrets baseline' | '.gitleaksignore' | 'gitleaks report';

/**
 * One finding another scanner recorded, as much of it as leakguard can match against its own scan:
 * the file, the line, detect-secrets' SHA-1 of the secret, the verdict. Never the secret: a gitleaks
 * report holds it in full (`Secret`, `Match`), and those fields are never read.
 */
export interface ImportedEntry {
  /** Where it is in the imported file, for messages: `line 3`, `secret 1 of a.py`, `[4]`. */
  readonly at: string;
  readonly file: string;
  /** 1-based, in the file as the other scanner saw it. */
  readonly line: number | undefined;
  /** detect-secrets' `hashed_secret`: the SHA-1 hex of the secret as its plugin captured it. */
  readonly hashedSecret?: string;
  /** The other scanner's rule or secret type, for the note and messages (only a name's characters kept). */
  readonly kind: string;
  readonly verdict: Verdict;
  /** gitleaks: the commit it was found in, when the fingerprint names one. */
  readonly commit?: string;
}

export interface ForeignBaseline {
  readonly format: ForeignFormat;
  readonly entries: readonly ImportedEntry[];
  /** Entries that could not be read, each with where and why: reported, never dropped in silence. */
  readonly unreadable: readonly string[];
}

/** A rule or type name as another tool writes it (`Secret Keyword`, `github-pat`); anything else is not shown. */
const NAME = /^[\w .@/-]{1,60}$/;

export const shownName = (value: unknown): string => (typeof value === 'string' && NAME.test(value) ? value : 'unnamed');

/** A path as the other tool wrote it, relative to the repository root with `/`: `./a.py` and `a\\b.py` too. */
export const normalizedPath = (path: string): string => path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
