/**
 * A rule id: kebab-case `provider-kind` (`github-classic-token`, `sensitive-file-keystore`), two to nine
 * words. It is stable forever: baselines, SARIF logs and allow comments name rules by it. Every built-in
 * rule has two words or more (`leakguard rules --json`), and a custom rule must too.
 */
export const RULE_ID = /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){1,8}$/;
