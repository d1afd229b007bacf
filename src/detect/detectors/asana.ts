import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

export const asanaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'asana-personal-access-token',
    description: 'Asana personal access token assigned to an asana-named setting',
    keywords: ['asana'],
    // Asana personal access tokens: "2/<user gid>/<app gid>:<32 hex>" (older: "1/<gid>:<32 hex>", "0/<32 hex>"); the shape needs the asana name to stand out.
    name: 'asana[A-Za-z0-9_.-]{0,30}',
    value: '[12]/[0-9]{10,20}(?:/[0-9]{10,20})?:[a-f0-9]{32}|0/[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the token in Asana (My settings → Apps → Developer apps → Personal access tokens), then read a new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `ASANA_TOKEN=2/${generate.digits(16)}/${generate.digits(16)}:${generate.hex(32)}`,
        `asana_pat: "1/${generate.digits(16)}:${generate.hex(32)}"`,
        `ASANA_ACCESS_TOKEN=0/${generate.hex(32)}`,
      ],
      ignores: (generate) => [
        `token = 2/${generate.digits(16)}/${generate.digits(16)}:${generate.hex(32)}`,
        `ASANA_WORKSPACE=${generate.digits(16)}`,
      ],
    },
  }),
  assignedToken({
    id: 'asana-client-secret',
    description: 'Asana OAuth app client secret assigned to an asana secret setting',
    keywords: ['asana'],
    // Asana OAuth apps ("OAuth → Register an application"): the client secret is 32 lowercase letters and digits with no marker; the name must say asana and secret.
    name: 'asana[A-Za-z0-9_.-]{0,20}secret',
    value: '[a-z0-9]{32}',
    minEntropy: 3.5,
    fix: 'Reset the client secret in the Asana developer console (My apps → your app → OAuth → Reset), then read it from your secret manager.',
    examples: {
      detects: (generate) => [`ASANA_CLIENT_SECRET=${generate.lowerAlnum(32)}`, `asana.clientSecret: "${generate.lowerAlnum(32)}"`],
      ignores: (generate) => [`client_secret = ${generate.lowerAlnum(32)}`, `ASANA_CLIENT_ID=${generate.digits(16)}`],
    },
  }),
];
