/**
 * The name of a setting that holds a provider's key, for rules whose key has no marker of its own: the
 * provider's name, then what people add to it (`ADZUNA_APP_KEY`, `adzuna.apiKey`, `x-adzuna-token`).
 * `provider` is literals (alternatives at most): an optional part that overlaps the name's character
 * class, or a second spelling after a space, makes the pattern fail the backtracking check or triples
 * its cost. A name that ends in an identifier's word (`_ID`, `_USER`, `_URL`, `_HOST`) holds an account
 * id or an address, never the secret, even where the id has the key's alphabet and length; the
 * lookbehind leaves those out.
 */
export function providerSettingName(provider: string): string {
  const notAnIdentifier = '(?<!id|user|username|name|url|host|email|region|domain|endpoint)';
  return `(?:x-)?(?:${provider})[A-Za-z0-9_.-]{0,30}${notAnIdentifier}`;
}
