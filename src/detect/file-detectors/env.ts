import type { FileDetector } from '../file-detector';
import { hasValue, ROTATE_AND_REMOVE, SECRET_NAME, valueSpan } from '../file-detector-parts';

/**
 * dotenv's format (github.com/motdotla/dotenv, "Rules"): `(?:export )NAME=value`, the value unquoted
 * or quoted; a ` #` comment after an unquoted value is not part of it.
 */
const ENV_ASSIGNMENT = /^[ \t]{0,20}(?:export[ \t]{1,10})?[A-Za-z_][A-Za-z0-9_.-]{0,200}[ \t]{0,10}=[ \t]{0,10}([^#]{0,2000})/;

export const envFileDetector: FileDetector = {
  id: 'sensitive-file-env',
  description: '.env file with values (not .env.example, .env.sample or .env.template)',
  severity: 'high',
  confidence: 'medium',
  label: '.env file with values',
  // .env and .env.<anything> (dotenv's and Vite's conventions), save the files that document which
  // variables to set, never their values: a name ending in .example, .sample, .template, .dist, .defaults.
  namePattern: /(?:^|\/)(?![^/]*\.(?:example|sample|template|dist|defaults)$)\.env(?:\.[^/]*)?$/,
  // Any value makes a .env sensitive; a secret-named one is a secret by itself.
  holdsSecret: hasValue(valueSpan(ENV_ASSIGNMENT)),
  secretIn: valueSpan(ENV_ASSIGNMENT, 1, SECRET_NAME),
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}commit a .env.example with the variable names and empty values instead, and rotate every credential the file held.`,
  examples: {
    reports: (generate) => [
      { path: '.env', lines: ['# local settings', 'PORT=3000', `DATABASE_PASSWORD=${generate.alnum(14)}`] },
      { path: 'services/api/.env.production', lines: [`export SESSION_KEY="${generate.base64(24)}"`] },
      { path: 'deploy/.env.local', lines: [`API_HOST=api.${generate.lowerAlnum(6)}.internal`] },
    ],
    ignores: (generate) => [
      { path: '.env.example', lines: [`DATABASE_PASSWORD=${generate.alnum(14)}`] },
      { path: '.env.sample', lines: ['API_KEY='] },
      { path: '.env.template', lines: ['API_KEY=your-api-key-here'] },
      { path: '.env', lines: ['# fill these in', 'API_KEY=', 'PORT=8080', 'DEBUG=true', 'TOKEN=${CI_TOKEN}'] },
      { path: 'src/env.ts', lines: ['export const API_KEY = process.env.API_KEY;'] },
    ],
  },
};
