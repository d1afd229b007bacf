import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSettingName } from './provider-setting';

const ROTATE = 'Delete the key or token in the Alchemy dashboard (Apps → API key, or Account → Access keys), then read a new one from the environment (ALCHEMY_API_KEY) or your secret manager.';

export const alchemyDetectors: readonly Detector[] = [
  // Alchemy access tokens (docs.alchemy.com, the Notify and Admin APIs' X-Alchemy-Token): "alcht_" + 30 alphanumerics; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'alchemy-access-token',
    description: 'Alchemy access token',
    prefixes: ['alcht_'],
    charset: 'A-Za-z0-9',
    length: 30,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`alcht_${generate.alnum(30)}`, `X-Alchemy-Token: alcht_${generate.alnum(30)}`],
      ignores: (generate) => [`alcht_${generate.alnum(12)}`, 'ALCHEMY_TOKEN=alcht_<your-token>'],
    },
  }),
  assignedToken({
    id: 'alchemy-api-key',
    description: 'Alchemy API key assigned to an alchemy-named setting',
    keywords: ['alchemy'],
    // Alchemy app API keys (docs.alchemy.com): 32 characters of letters, digits, "_" and "-", with no marker, also the last path segment of the app's RPC URL; the length and alphabet as trufflehog's detector matches them.
    // SQLAlchemy settings (SQLALCHEMY_…) are not Alchemy's.
    name: providerSettingName('(?<!sql)alchemy'),
    value: '[A-Za-z0-9_-]{32}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ALCHEMY_API_KEY=${generate.base64url(32)}`, `alchemy_key: "${generate.base64url(32)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(32)}`, `ALCHEMY_API_KEY=${generate.base64url(20)}`, `ALCHEMY_API_ACCOUNT_ID=${generate.base64url(32)}`, `SQLALCHEMY_SESSION_KEY=${generate.base64url(32)}`],
    },
  }),
];
