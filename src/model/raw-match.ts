/** A detected secret, before any allowlist. The only type that holds the secret itself:
 * it lives between detection and the conversion to Finding, and never reaches a reporter. */
export interface RawMatch {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  /** 0-based offsets of the secret in `lineText` (end clipped to the line for multi-line secrets). */
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  readonly lineText: string;
  /** The line before the secret's line, where the source knows it: its next-line allow comment applies. */
  readonly lineBefore?: string;
  /** Where `lineText` starts in its line, when it is a piece of a line too long to hold whole. */
  readonly lineColumn?: number;
}
