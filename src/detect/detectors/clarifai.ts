import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const clarifaiDetectors: readonly Detector[] = [
  assignedToken({
    id: 'clarifai-personal-access-token',
    description: 'Clarifai personal access token or API key assigned to a clarifai-named setting',
    keywords: ['clarifai'],
    // Clarifai personal access tokens and app keys (docs.clarifai.com, "Authorization: Key …"): 32 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('clarifai'),
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the token in Clarifai (Settings → Security → Personal Access Tokens), then read a new one from the CLARIFAI_PAT environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CLARIFAI_PAT=${generate.hex(32)}`, `clarifai_pat: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `CLARIFAI_PAT=${generate.hex(16)}`, `CLARIFAI_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
