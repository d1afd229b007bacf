/**
 * Allow comments, ours and those of the tools teams migrate from: gitleaks (`gitleaks:allow`) and
 * detect-secrets (`pragma: allowlist secret`). `leakguard:allow` alone allows every finding on its line;
 * followed by rule ids (`leakguard:allow aws-access-key-id, generic-secret`) it allows only those.
 */
const ALLOW_COMMENT = /leakguard:allow(?<rules>(?:[ \t]{1,8}[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}[ \t]{0,8},?){0,16})|gitleaks:allow|pragma: ?allowlist secret/;

/** Which rules a line's allow comment accepts: none, all of them, or those it lists. */
export type InlineAllow = (ruleId: string) => boolean;

const ALLOWS_NOTHING: InlineAllow = () => false;
const ALLOWS_EVERY_RULE: InlineAllow = () => true;

/** Reads a line's allow comment once, so a line with many matches is searched once, not per match. */
export function readInlineAllow(lineText: string): InlineAllow {
  const comment = ALLOW_COMMENT.exec(lineText);
  if (comment === null) return ALLOWS_NOTHING;
  const listed = new Set((comment.groups?.['rules'] ?? '').split(/[\s,]+/).filter((rule) => rule !== ''));
  return listed.size === 0 ? ALLOWS_EVERY_RULE : (ruleId) => listed.has(ruleId);
}

export function isAllowedInline(lineText: string, ruleId: string): boolean {
  return readInlineAllow(lineText)(ruleId);
}
