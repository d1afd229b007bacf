/**
 * Allow comments, ours and those of the tools teams migrate from: gitleaks (`gitleaks:allow`) and
 * detect-secrets (`pragma: allowlist secret`). `leakguard:allow` alone allows every finding on its line;
 * followed by rule ids (`leakguard:allow aws-access-key-id, generic-secret`) it allows only those.
 */
const ALLOW_COMMENT = /leakguard:allow(?<rules>(?:[ \t]{1,8}[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}[ \t]{0,8},?){0,16})|gitleaks:allow|pragma: ?allowlist secret/;

export function isAllowedInline(lineText: string, ruleId: string): boolean {
  const comment = ALLOW_COMMENT.exec(lineText);
  if (comment === null) return false;
  const listed = (comment.groups?.['rules'] ?? '').split(/[\s,]+/).filter((rule) => rule !== '');
  return listed.length === 0 || listed.includes(ruleId);
}
