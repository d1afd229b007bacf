import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';
import { providerSettingName } from './provider-setting';

const ROTATE = 'Revoke the token in Buildkite (Personal Settings → API Access Tokens), then read a new one from the BUILDKITE_API_TOKEN environment variable or your secret manager.';

export const buildkiteDetectors: readonly Detector[] = [
  // Buildkite API access tokens since March 2023 (buildkite.com/docs/platform/security/tokens): "bkua_" + 40 lower-case alphanumerics; the length and alphabet as trufflehog's detector matches them.
  prefixedToken({
    id: 'buildkite-api-access-token',
    description: 'Buildkite API access token',
    prefixes: ['bkua_'],
    charset: 'a-z0-9',
    length: 40,
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`bkua_${generate.lowerAlnum(40)}`, `BUILDKITE_API_TOKEN=bkua_${generate.lowerAlnum(40)}`],
      ignores: (generate) => [`bkua_${generate.lowerAlnum(20)}`, 'BUILDKITE_API_TOKEN=bkua_*****************************************'],
    },
  }),
  assignedToken({
    id: 'buildkite-legacy-api-token',
    description: 'Buildkite API access token from before 2023 assigned to a buildkite-named setting',
    keywords: ['buildkite'],
    // Buildkite API access tokens created before March 2023 (buildkite.com/docs/apis/rest-api): 40 lower-case hex characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('buildkite'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`BUILDKITE_API_TOKEN=${generate.hex(40)}`, `buildkite_token: "${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `BUILDKITE_API_TOKEN=${generate.hex(20)}`, `BUILDKITE_ORGANIZATION_ID=${generate.hex(40)}`],
    },
  }),
];
