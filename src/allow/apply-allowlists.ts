import type { RawMatch } from '../model/raw-match';
import type { SuppressionReason } from '../model/finding';
import { readInlineAllow, type InlineAllow } from './inline-allow';

export interface ValueAllowlist {
  /** Config `allowlist.values`: a secret matching any of them is accepted. */
  readonly values: readonly RegExp[];
}

export interface AllowOutcome {
  readonly kept: RawMatch[];
  readonly suppressed: Partial<Record<SuppressionReason, number>>;
}

/** Splits matches into those to report and those an inline comment or a config value regex accepts. */
export function applyAllowlists(matches: readonly RawMatch[], allowlist: ValueAllowlist): AllowOutcome {
  const kept: RawMatch[] = [];
  const suppressed: Partial<Record<SuppressionReason, number>> = {};
  const inlineAllowOf = lastLineMemo(readInlineAllow);
  for (const match of matches) {
    const reason = suppressionReason(match, inlineAllowOf(match.lineText, match.lineBefore), allowlist);
    if (reason === undefined) kept.push(match);
    else suppressed[reason] = (suppressed[reason] ?? 0) + 1;
  }
  return { kept, suppressed };
}

function suppressionReason(match: RawMatch, inlineAllow: InlineAllow, allowlist: ValueAllowlist): SuppressionReason | undefined {
  if (inlineAllow(match.ruleId)) return 'inline-comment';
  if (isAllowedValue(match.secret, allowlist)) return 'config-allowlist';
  return undefined;
}

/** Whether the config's allowlist.values accepts `secret`; also what `leakguard redact` leaves unmasked. */
export function isAllowedValue(secret: string, allowlist: ValueAllowlist): boolean {
  return allowlist.values.some((pattern) => pattern.test(secret));
}

/** Matches arrive line by line: remembering the last line's answer makes a crowded line cost one search. */
function lastLineMemo<T>(compute: (lineText: string, lineBefore: string | undefined) => T): (lineText: string, lineBefore: string | undefined) => T {
  let lastLine: string | undefined;
  let lastBefore: string | undefined;
  let lastValue: T | undefined;
  return (lineText, lineBefore) => {
    if (lineText !== lastLine || lineBefore !== lastBefore) {
      lastLine = lineText;
      lastBefore = lineBefore;
      lastValue = compute(lineText, lineBefore);
    }
    return lastValue as T;
  };
}
