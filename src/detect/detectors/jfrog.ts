import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Revoke it in the JFrog Platform (User profile → API key / Identity tokens, or Administration → User management → Access tokens), then use a scoped access token from a CI secret.';

export const jfrogDetectors: readonly Detector[] = [
  // JFrog Artifactory API keys (deprecated): "AKCp" + 69 alphanumerics, 73 characters.
  prefixedToken({
    id: 'jfrog-api-key',
    description: 'JFrog Artifactory API key',
    prefixes: ['AKCp'],
    charset: 'A-Za-z0-9',
    length: 69,
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`AKCp${generate.alnum(69)}`, `ARTIFACTORY_API_KEY=AKCp${generate.alnum(69)}`],
      ignores: (generate) => [`AKCp${generate.alnum(30)}`, `AKCp${generate.alnum(80)}`],
    },
  }),
  // JFrog reference (identity) tokens: base64 of "reftkn:…", so "cmVmdGtuOj" + 54 alphanumerics, 64 characters.
  prefixedToken({
    id: 'jfrog-reference-token',
    description: 'JFrog identity / reference token',
    prefixes: ['cmVmdGtuOj'],
    charset: 'A-Za-z0-9',
    length: 54,
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`cmVmdGtuOj${generate.alnum(54)}`, `JFROG_ACCESS_TOKEN=cmVmdGtuOj${generate.alnum(54)}`],
      ignores: (generate) => [`cmVmdGtuOj${generate.alnum(20)}`, `cmVmdGtuOj${generate.alnum(80)}`],
    },
  }),
];
