/**
 * The name of a setting that holds a provider's credential, for rules whose value has no marker of its
 * own (`assignedToken`): the provider's name, then a few more name characters (`MANDRILL_API_KEY`,
 * `mandrill.apiKey`), or a space and a credential word, the way logs and notes write it (`mandrill key: …`,
 * `mandrill api token = …`). `credential`, when given, must end the name (`mixpanel…secret`): for a
 * provider whose other settings (project tokens, ids) are public; a space may come before it (`pusher
 * secret = …`). The name holds no other space: a class with a space beside the assignment's spaces makes
 * the pattern backtrack polynomially.
 */
export function providerSetting(provider: string, credential?: string): string {
  if (credential !== undefined) return `${provider}[A-Za-z0-9_.-]{0,20} ?${credential}`;
  return `${provider}[A-Za-z0-9_.-]{0,24}(?: (?:api )?(?:key|token|secret))?`;
}
