import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const storyblokDetectors: readonly Detector[] = [
  assignedToken({
    id: 'storyblok-access-token',
    description: 'Storyblok access or personal access token',
    keywords: ['storyblok'],
    // Storyblok tokens (storyblok.com/docs "Access tokens"): 22 base62 + "tt"; personal access tokens add "-" + 6 digits + "-" + 20 characters.
    name: providerSetting('storyblok'),
    value: '[0-9A-Za-z]{22}tt(?:-[0-9]{6}-[A-Za-z0-9_-]{20})?',
    minEntropy: 3.5,
    fix: 'Delete the token in Storyblok (Space settings → Access Tokens, or My account → Personal access tokens), then read a new one from the environment (STORYBLOK_TOKEN) or your secret manager.',
    examples: {
      detects: (generate) => [`STORYBLOK_TOKEN=${generate.alnum(22)}tt`, `storyblok token: ${generate.alnum(22)}tt`],
      ignores: (generate) => [`api_key = ${generate.alnum(22)}tt`, `STORYBLOK_TOKEN=${generate.alnum(12)}tt`],
    },
  }),
];
