import type { Detector } from '../detector';
import { assignedToken, isLiteralValue } from './assigned-value';

export const snowflakeDetectors: readonly Detector[] = [
  assignedToken({
    id: 'snowflake-credential',
    description: 'Snowflake password or programmatic access token assigned to a snowflake-named setting',
    keywords: ['snowflake'],
    // Snowflake passwords and programmatic access tokens ("Using programmatic access tokens") have no marker: only a snowflake-named password/token setting identifies them.
    name: 'snowflake[A-Za-z0-9_.-]{0,30}(?:passw(?:or)?d|pwd|token|secret)',
    value: '[A-Za-z0-9!@#%^*+_.=~/-]{12,400}',
    minEntropy: 3.2,
    validate: isLiteralValue,
    fix: 'Change the user’s password or revoke the token in Snowflake (ALTER USER … RESET PASSWORD, or ALTER USER … REMOVE PROGRAMMATIC ACCESS TOKEN), then prefer key-pair or OAuth authentication with the key in your secret manager.',
    examples: {
      detects: (generate) => [`SNOWFLAKE_PASSWORD=${generate.alnum(14)}!${generate.digits(2)}`, `snowflake_token: "${generate.base64url(120)}"`],
      ignores: (generate) => [
        'SNOWFLAKE_PASSWORD=settings.SNOWFLAKE_PASSWORD',
        `password = ${generate.alnum(16)}`,
        'SNOWFLAKE_PASSWORD=changeme',
      ],
    },
  }),
];
