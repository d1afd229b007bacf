import type { Severity } from '../../model/severity';
import type { Detector, DetectorExamples } from '../detector';

/**
 * A token that announces itself: a literal prefix the provider documents, then a random body of one
 * character class. Most provider formats are this shape; the ones with more structure (checksummed
 * routable tokens, several dot-separated parts) write their own pattern.
 */
export interface PrefixedTokenSpec {
  readonly id: string;
  readonly description: string;
  /** The prefixes as the provider issues them (case-sensitive); the keywords are their lowercase forms. */
  readonly prefixes: readonly string[];
  /** The body's character class without brackets, e.g. `A-Za-z0-9_-`. */
  readonly charset: string;
  /** The body's length: exact, or the [shortest, longest] the provider issues. */
  readonly length: number | readonly [number, number];
  /** Characters that may not stand right before the prefix (it would be inside another word); `A-Za-z0-9_` when omitted. */
  readonly notAfter?: string;
  readonly severity?: Severity;
  readonly minEntropy?: number;
  readonly validate?: (secret: string, match: string) => boolean;
  readonly fix: string;
  readonly examples: DetectorExamples;
}

const WORD_CHARACTERS = 'A-Za-z0-9_';

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function quantifier(length: PrefixedTokenSpec['length']): string {
  return typeof length === 'number' ? `{${length}}` : `{${length[0]},${length[1]}}`;
}

/**
 * Builds the rule for a prefixed token. The token may not continue past its end with a letter, a
 * digit or another body character, so a longer string that merely contains the shape is not reported.
 */
export function prefixedToken(spec: PrefixedTokenSpec): Detector {
  const { prefixes, charset, length, notAfter = WORD_CHARACTERS, ...rule } = spec;
  const prefix = prefixes.length === 1 ? escapeRegExp(prefixes[0] as string) : `(?:${prefixes.map(escapeRegExp).join('|')})`;
  const token = `${prefix}[${charset}]${quantifier(length)}`;
  return {
    ...rule,
    keywords: prefixes.map((each) => each.toLowerCase()),
    pattern: new RegExp(`(?<![${notAfter}])(?<secret>${token})(?![A-Za-z0-9${charset}])`),
  };
}
