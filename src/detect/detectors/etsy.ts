import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Delete the app or request a new keystring in Etsy (Your apps), then keep it in your secret manager.';

export const etsyDetectors: readonly Detector[] = [
  assignedToken({
    id: 'etsy-api-key',
    description: 'Etsy API key (keystring) assigned to an etsy-named setting',
    keywords: ['etsy'],
    // Etsy Open API v3 keystrings ("Authentication"): 24 lowercase letters and digits, so an etsy name (as people write it: etsy, Etsy, ETSY) must precede them.
    name: '(?:[Ee]tsy|ETSY)[A-Za-z0-9_.-]{0,30}',
    nameAsWritten: true,
    value: '[a-z0-9]{24}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ETSY_API_KEY=${generate.lowerAlnum(24)}`, `etsy.apiKey: "${generate.lowerAlnum(24)}"`],
      ignores: (generate) => [`api_key = ${generate.lowerAlnum(24)}`, `ETSY_API_KEY=${generate.lowerAlnum(12)}`],
    },
  }),
];
