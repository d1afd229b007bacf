/**
 * Allow comments, ours and those of the tools teams migrate from.
 *
 * On the line of the finding: `leakguard:allow` alone allows every finding on its line; followed by
 * rule ids (`leakguard:allow aws-access-key-id, generic-secret`) it allows only those. Also gitleaks'
 * `gitleaks:allow` (gitleaks detect/detect.go), trufflehog's `trufflehog:ignore` (pkg/engine/engine.go),
 * detect-secrets' `pragma: allowlist secret` with its older `whitelist` and `-` spellings
 * (detect_secrets/filters/allowlist.py) and secretlint's `secretlint-disable-line`.
 *
 * On the line before, for the one line after it and nothing else: `leakguard:allow-next-line [rule-id, …]`,
 * detect-secrets' `pragma: allowlist nextline secret` and secretlint's `secretlint-disable-next-line`
 * (@secretlint/secretlint-rule-filter-comments, parse-comment.ts). As detect-secrets requires, that line
 * must be a comment and nothing else (only comment marks before it): code with the comment at its end
 * would hide what it allows, and a secret on the comment's own line is still reported.
 */
const LEAKGUARD_RULES = String.raw`(?<rules>(?:[ \t]{1,8}[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}[ \t]{0,8},?){0,16})`;
/** secretlint's options: rule ids separated by commas, then optionally `-- reason` (parseComment). */
const SECRETLINT_OPTIONS = String.raw`(?<options>[^\n]{0,400})`;

const SAME_LINE_COMMENT = new RegExp(
  String.raw`leakguard:allow(?![-\w])${LEAKGUARD_RULES}|gitleaks:allow|trufflehog:ignore|pragma: ?(?:allow|white)list[ -]secret|secretlint-disable-line${SECRETLINT_OPTIONS}`,
);
/** Up to six comment marks (`#`, `//`, `/*`, `--`, `;`, `'`, `<!--`, `{{/*`, `%`) and spaces before the directive. */
const NEXT_LINE_COMMENT = new RegExp(
  String.raw`^[ \t]*[^\w\s"]{0,6}[ \t]*(?:leakguard:allow-next-line(?![-\w])${LEAKGUARD_RULES}|pragma: ?allowlist[ -]nextline[ -]secret|secretlint-disable-next-line${SECRETLINT_OPTIONS})`,
);

/** Only punctuation: what ends the comment after secretlint's options (`*\/`, `*\/}}`, `%>`), not a rule id. */
const COMMENT_CLOSER = /^[^\w@]+$/;

/** Which rules a line's allow comment accepts: none, all of them, or those it lists. */
export type InlineAllow = (ruleId: string) => boolean;

const ALLOWS_NOTHING: InlineAllow = () => false;
const ALLOWS_EVERY_RULE: InlineAllow = () => true;

/**
 * Reads the allow comments for a line once, so a line with many matches is searched once, not per
 * match: its own, and the next-line comment on the line before it, when the source knows that line.
 */
export function readInlineAllow(lineText: string, lineBefore?: string): InlineAllow {
  const onLine = allowOf(SAME_LINE_COMMENT.exec(lineText));
  const fromAbove = lineBefore === undefined ? ALLOWS_NOTHING : allowOf(NEXT_LINE_COMMENT.exec(lineBefore));
  if (fromAbove === ALLOWS_NOTHING || onLine === ALLOWS_EVERY_RULE) return onLine;
  if (onLine === ALLOWS_NOTHING) return fromAbove;
  return (ruleId) => onLine(ruleId) || fromAbove(ruleId);
}

export function isAllowedInline(lineText: string, ruleId: string, lineBefore?: string): boolean {
  return readInlineAllow(lineText, lineBefore)(ruleId);
}

function allowOf(comment: RegExpExecArray | null): InlineAllow {
  if (comment === null) return ALLOWS_NOTHING;
  const listed = new Set(listedRules(comment.groups ?? {}));
  return listed.size === 0 ? ALLOWS_EVERY_RULE : (ruleId) => listed.has(ruleId);
}

/**
 * The rules a comment names. secretlint's name secretlint's rules (`@secretlint/secretlint-rule-aws`),
 * which are none of ours: such a comment allows nothing here rather than everything, and the finding
 * it was meant for is reported, to be allowed by its leakguard rule id.
 */
function listedRules(groups: Record<string, string | undefined>): string[] {
  const options = groups['options'];
  const text = options === undefined ? (groups['rules'] ?? '') : (options.split('--')[0] as string).replace(/,/g, ' ');
  return text.split(/[\s,]+/).filter((rule) => rule !== '' && !COMMENT_CLOSER.test(rule));
}
