/**
 * Formats whose values are public by design: their providers ship them to browsers and apps, and they
 * grant nothing a visitor could not already do. Their own providers' rules do not match them; this is
 * the one place that knows them, so that the generic rules, which see `api_key = …` and not the format,
 * do not report one either.
 */
const PUBLIC_FORMATS: readonly RegExp[] = [
  // Stripe publishable keys ("API keys": pk_live_ / pk_test_ go in client-side code), the counterpart of the secret sk_ keys (stripe.ts).
  /^pk_(?:live|test)_[A-Za-z0-9]{24,247}$/,
  // Mapbox public access tokens ("Access tokens": scope "pk", meant for browsers) (mapbox.ts).
  /^pk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,30}$/,
  // Supabase publishable API keys ("API keys": sb_publishable_, safe to expose like the old anon key) (supabase.ts).
  /^sb_publishable_[A-Za-z0-9_-]{20,60}$/,
  // Lob publishable keys (help.lob.com "API keys": "[environment]_pub", limited to address verification and autocomplete, may go in JavaScript or an app): live_pub_ / test_pub_ + 31 hex.
  /^(?:live|test)_pub_[a-f0-9]{31}$/,
  // PostHog project API keys (PostHog docs, "Project API key": phc_, sent by the browser with every event; the secret kind is the personal key, phx_).
  /^phc_[A-Za-z0-9]{32,64}$/,
];

export const isPublicByDesign = (secret: string): boolean => PUBLIC_FORMATS.some((format) => format.test(secret));
