import type { FileDetector } from '../file-detector';
import { isNotBlank, ROTATE_AND_REMOVE } from '../file-detector-parts';

export const credentialsJsonFileDetector: FileDetector = {
  id: 'sensitive-file-credentials-json',
  description: 'credentials.json (OAuth client or service-account credentials)',
  severity: 'high',
  confidence: 'medium',
  label: 'credentials.json',
  // The name Google's API quickstarts (developers.google.com/workspace, "Authorize credentials") give
  // the OAuth client file downloaded from the console, and its prefixed variants.
  namePattern: /(?:^|[/_.-])credentials\.json$/,
  holdsSecret: isNotBlank,
  binaryIsSecret: false,
  fix: `${ROTATE_AND_REMOVE}delete the OAuth client secret or service-account key in its console and create a new one.`,
  examples: {
    reports: (generate) => [
      { path: 'credentials.json', lines: ['{"installed":{', `"client_id":"${generate.digits(12)}.apps.googleusercontent.test",`] },
      { path: 'config/gcp-credentials.json', lines: ['{'] },
    ],
    ignores: () => [{ path: 'src/credentials.json.ts', lines: ['export {}'] }, { path: 'docs/credentials.md', lines: ['credentials.json'] }],
  },
};
