import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const paypalDetectors: readonly Detector[] = [
  assignedToken({
    id: 'paypal-client-secret',
    description: 'PayPal REST API client secret assigned to a paypal secret setting',
    keywords: ['paypal'],
    // PayPal REST apps (developer.paypal.com → Apps & Credentials): client ID and secret are 80 base64url characters with no marker; only the secret is sensitive, so the name must say secret.
    name: 'paypal[A-Za-z0-9_.-]{0,30}secret(?:[_.-]?key)?',
    value: '[A-Za-z0-9_-]{60,90}',
    minEntropy: 4,
    fix: 'Generate a new secret for the app in the PayPal developer dashboard (Apps & Credentials → the app → Secret key → Generate), disable the old one, and read it from the environment.',
    examples: {
      detects: (generate) => [`PAYPAL_CLIENT_SECRET=E${generate.base64url(79)}`, `paypal.secret: "E${generate.base64url(79)}"`],
      ignores: (generate) => [
        // The client ID is public.
        `PAYPAL_CLIENT_ID=A${generate.base64url(79)}`,
        `PAYPAL_CLIENT_SECRET=${generate.base64url(20)}`,
      ],
    },
  }),
];
