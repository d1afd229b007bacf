import type { Detector, SampleGenerator } from '../detector';

/** The middle part is base64url JSON naming the account ("u") and the token ID ("a"). */
function hasTokenPayload(token: string): boolean {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof payload === 'object' && payload !== null && typeof (payload as { u?: unknown }).u === 'string';
  } catch {
    return false;
  }
}

function mapboxToken(generate: SampleGenerator, scope: string): string {
  const payload = Buffer.from(JSON.stringify({ u: generate.lowerAlnum(8), a: generate.lowerAlnum(25) })).toString('base64url');
  return `${scope}.${payload}.${generate.base64url(22)}`;
}

export const mapboxDetectors: readonly Detector[] = [
  {
    id: 'mapbox-secret-token',
    description: 'Mapbox secret access token (sk.)',
    keywords: ['sk.eyj'],
    // Mapbox access tokens ("Access tokens" guide): scope "sk" (secret) or "pk" (public, meant for browsers) + "." + base64url JSON + "." + 22 characters.
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_-])/,
    validate: hasTokenPayload,
    fix: 'Delete or rotate the token at https://account.mapbox.com/access-tokens/, then keep secret tokens on the server (MAPBOX_SECRET_TOKEN) and ship only public pk. tokens.',
    examples: {
      detects: (generate) => [mapboxToken(generate, 'sk'), `MAPBOX_DOWNLOADS_TOKEN=${mapboxToken(generate, 'sk')}`],
      ignores: (generate) => [
        // Public tokens are meant to be shipped.
        mapboxToken(generate, 'pk'),
        `sk.eyJ${generate.base64url(60)}.${generate.base64url(22)}`,
      ],
    },
  },
];
