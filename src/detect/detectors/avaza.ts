import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const avazaDetectors: readonly Detector[] = [
  assignedToken({
    id: 'avaza-api-token',
    description: 'Avaza API token assigned to an avaza-named setting',
    keywords: ['avaza'],
    // Avaza personal access tokens (api.avaza.com): the account number, "-", then 40 hex characters; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('avaza'),
    value: '[0-9]{1,10}-[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Revoke the token in Avaza (Settings → Developer → Personal Access Tokens), then read a new one from the AVAZA_API_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`AVAZA_API_TOKEN=${generate.digits(6)}-${generate.hex(40)}`, `avaza_token: "${generate.digits(6)}-${generate.hex(40)}"`],
      ignores: (generate) => [`api_key = ${generate.digits(6)}-${generate.hex(40)}`, `AVAZA_API_TOKEN=${generate.hex(40)}`, `AVAZA_API_ACCOUNT_ID=${generate.digits(6)}-${generate.hex(40)}`],
    },
  }),
];
