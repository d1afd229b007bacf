import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSettingName } from './provider-setting';

/** CircleCI's token since 2023: the prefix, a UUID in base58 (22 characters), then 40 hex characters. */
const CIRCLECI_TOKEN = /^CCIP(?:AT|RJ)_[1-9A-HJ-NP-Za-km-z]{22}_[0-9a-f]{40}$/;
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const ROTATE = 'Delete the token in CircleCI (User Settings → Personal API Tokens, or the project\'s Settings → API Permissions), then read a new one from the CIRCLECI_TOKEN environment variable or your secret manager.';

export const circleciDetectors: readonly Detector[] = [
  // CircleCI API tokens since 2023 (circleci.com/changelog "New format for API Access Tokens"): "CCIPAT_" (personal) or "CCIPRJ_" (project) + a base58 UUID + "_" + 40 hex.
  prefixedToken({
    id: 'circleci-api-token',
    description: 'CircleCI personal or project API token',
    prefixes: ['CCIPAT_', 'CCIPRJ_'],
    charset: 'A-Za-z0-9_',
    length: 63,
    minEntropy: 3.5,
    validate: (secret) => CIRCLECI_TOKEN.test(secret),
    fix: ROTATE,
    examples: {
      detects: (generate) => [`CCIPAT_${generate.chars(BASE58, 22)}_${generate.hex(40)}`, `CIRCLECI_TOKEN=CCIPRJ_${generate.chars(BASE58, 22)}_${generate.hex(40)}`],
      ignores: (generate) => [`CCIPAT_${generate.alnum(63)}`, `CCIPAT_${generate.chars(BASE58, 22)}_${generate.hex(20)}`],
    },
  }),
  assignedToken({
    id: 'circleci-legacy-api-token',
    description: 'CircleCI API token from before 2023 assigned to a circleci-named setting',
    keywords: ['circle'],
    // CircleCI personal and project API tokens created before 2023 (circleci.com/docs "Managing API tokens"): 40 hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('circle'),
    value: '[a-fA-F0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`CIRCLECI_TOKEN=${generate.hex(40)}`, `circle_token: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `CIRCLECI_TOKEN=${generate.hex(20)}`, `CIRCLE_PROJECT_ID=${generate.hex(40)}`],
    },
  }),
];
