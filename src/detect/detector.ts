import type { Confidence, Severity } from '../model/severity';

/** Builds random strings for a detector's examples; seeded, so a failing example can be reproduced. */
export interface SampleGenerator {
  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string;
  alnum(length: number): string;
  lowerAlnum(length: number): string;
  upperAlnum(length: number): string;
  hex(length: number): string;
  base64(length: number): string;
  base64url(length: number): string;
  digits(length: number): string;
}

/** Lines a detector must report (`detects`) and lines it must stay silent on (`ignores`). */
export interface DetectorExamples {
  readonly detects: (generate: SampleGenerator) => readonly string[];
  readonly ignores: (generate: SampleGenerator) => readonly string[];
}

/**
 * How many lines before and after a line its window holds: a PEM block's body follows its BEGIN line
 * (`after`), a Kubernetes env entry names the variable on the line above its value (`before`:
 * `- name: DB_PASSWORD`, then `value: …`). The pattern sees the window's lines joined with "\n", from
 * the first line before to the last line after. The secret may sit on any line of the window, but a
 * match counts only in the window of the line that holds the secret's first character, and is reported
 * there, with that line's offsets and text (a multi-line secret's end is clipped to that line): windows
 * overlap, and each secret is reported once. Neighbours are contiguous lines of the same file (added
 * ones, and unchanged ones where the source has them); a piece of a line too long to hold whole has
 * none and is none. The rule's keywords must occur on the secret's line or on the window's lines
 * before it: the prefilter does not read ahead (a PEM label is on the block's first line). The search
 * goes on after a match that belongs to another line, so a pattern should not reach past the lines of
 * one pair (kubernetes.ts allows only a comment line between a name and its value).
 */
export interface LineWindow {
  readonly before?: number;
  readonly after?: number;
  /**
   * Literals (as written, case counts) one of which the secret's own line holds whenever the pattern
   * matches, because the pattern requires it there (kubernetes.ts: `value`). A rule whose keywords are
   * common words (`token`, `key`) spreads to the lines below every one of them; a line without one of
   * these is not searched at all. Carried by the rule index, so the check loads no pattern.
   */
  readonly secretLineHolds?: readonly string[];
  /**
   * Whether the pattern needs the secret's own line to be one word between blanks (a pretty-printed
   * element's text: generic-xml.ts): a line with a blank inside is not searched at all. The keywords of
   * such a rule are common words too, and the windows around every line below them cost more than the
   * rule's own matching.
   */
  readonly secretLineIsOneWord?: boolean;
}

/**
 * A rule is data. `pattern` must have a named group `secret` and only bounded quantifiers; the
 * engine adds the `g` and `d` flags itself.
 */
export interface Detector {
  /** kebab-case `provider-kind`; stable forever: baselines, SARIF and allow comments refer to it. */
  readonly id: string;
  readonly description: string;
  /** Lowercase literals, at least one of which occurs in every line the pattern can match (or above it in its window: see LineWindow). */
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
  /** Shannon entropy (bits per character) the secret must reach; for formats loose enough to catch words. */
  readonly minEntropy?: number;
  /**
   * A real structural or checksum check; a secret that fails it is not reported. `match` is the whole
   * text the pattern matched, for checks that need the context around the secret.
   */
  readonly validate?: (secret: string, match: string) => boolean;
  /**
   * How sure a match is; omitted, `high` for a rule with `validate` and `medium` otherwise. A rule whose
   * `validate` only screens values out, rather than checking a structure, says `medium`.
   */
  readonly confidence?: Confidence;
  /**
   * The lines around the secret's own line that the pattern sees, for what is written over several
   * lines; omitted, the pattern sees one line. See LineWindow.
   */
  readonly window?: LineWindow;
  /** Generic rules give way to a provider rule that matches the same text. */
  readonly isGeneric?: boolean;
  /**
   * How bad a leak is; omitted, `high` for provider rules and `medium` for generic ones. `critical`
   * is for keys that control whole accounts or infrastructure (cloud root keys, private keys).
   */
  readonly severity?: Severity;
  /**
   * Whether a secret this rule found is a weak or sample one (a dictionary word, a short password a
   * person chose): reported at `low` instead of the rule's severity, so `--min-severity medium`
   * leaves it out (rating.ts). For rules that guess from a name, not from a format.
   */
  readonly isWeakSecret?: (secret: string) => boolean;
  /** What to do about a leak: where to revoke or rotate, where to load the value from instead. */
  readonly fix: string;
  readonly examples: DetectorExamples;
}
