import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Rotate the credentials in the Finicity (Mastercard Open Banking) developer portal, then read the app key and partner secret from your secret manager.';

export const finicityDetectors: readonly Detector[] = [
  assignedToken({
    id: 'finicity-app-key',
    description: 'Finicity app key assigned to a finicity-named setting',
    keywords: ['finicity'],
    // Finicity API app keys ("Authentication", Finicity-App-Key header): 32 hex, so a finicity name must precede them.
    name: 'finicity[A-Za-z0-9_.-]{0,30}',
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FINICITY_APP_KEY=${generate.hex(32)}`, `finicity.appKey: "${generate.hex(32)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `FINICITY_APP_KEY=${generate.hex(12)}`],
    },
  }),
  assignedToken({
    id: 'finicity-partner-secret',
    description: 'Finicity partner secret assigned to a finicity secret setting',
    keywords: ['finicity'],
    // Finicity partner secrets ("Authentication"): 20 base62 characters, so the name must say finicity and secret.
    name: 'finicity[A-Za-z0-9_.-]{0,20}secret',
    value: '[A-Za-z0-9]{20}',
    minEntropy: 3.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`FINICITY_PARTNER_SECRET=${generate.alnum(20)}`, `finicity.partnerSecret: "${generate.alnum(20)}"`],
      ignores: (generate) => [`api_key = ${generate.alnum(20)}`, `FINICITY_PARTNER_SECRET=${generate.alnum(10)}`],
    },
  }),
];
