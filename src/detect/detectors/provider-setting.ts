/**
 * The name of a setting that holds a provider's key, for rules whose key has no marker of its own
 * (`assignedToken`). Two shapes, each kept simple enough for the backtracking check: an optional part
 * that overlaps the name's character class, or a space beside the assignment's spaces, makes a
 * pattern fail it or triples its cost.
 */

/**
 * The name as code writes it: the provider's name, then what people add to it (`ADZUNA_APP_KEY`,
 * `adzuna.apiKey`, `x-adzuna-token`). `provider` is literals (alternatives at most). A name that ends in
 * an identifier's word (`_ID`, `_USER`, `_URL`, `_HOST`) holds an account id or an address, never the
 * secret, even where the id has the key's alphabet and length; the lookbehind leaves those out.
 */
export function providerSettingName(provider: string): string {
  const notAnIdentifier = '(?<!id|user|username|name|url|host|email|region|domain|endpoint)';
  return `(?:x-)?(?:${provider})[A-Za-z0-9_.-]{0,30}${notAnIdentifier}`;
}

/**
 * The name as code, logs and notes write it: the provider's name, then a few more name characters
 * (`MANDRILL_API_KEY`, `mandrill.apiKey`), or a space and a credential word (`mandrill key: …`,
 * `mandrill api token = …`). `credential`, when given, must end the name (`mixpanel…secret`): for a
 * provider whose other settings (project tokens, ids) are public; a space may come before it (`pusher
 * secret = …`). The name holds no other space.
 */
export function providerSetting(provider: string, credential?: string): string {
  if (credential !== undefined) return `${provider}[A-Za-z0-9_.-]{0,20} ?${credential}`;
  return `${provider}[A-Za-z0-9_.-]{0,24}(?: (?:api )?(?:key|token|secret))?`;
}
