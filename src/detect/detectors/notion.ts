import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

const ROTATE = 'Refresh the secret of the integration at https://www.notion.so/my-integrations (the integration → Secrets → Refresh), then read it from the NOTION_TOKEN environment variable or your secret manager.';

export const notionDetectors: readonly Detector[] = [
  {
    id: 'notion-integration-token',
    description: 'Notion integration token',
    keywords: ['ntn_'],
    // Notion integration tokens since 2024 ("Authorization"): "ntn_" + 11 digits + 35 alphanumerics (50 characters).
    pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])/,
    minEntropy: 4,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`ntn_${generate.digits(11)}${generate.alnum(35)}`, `NOTION_TOKEN=ntn_${generate.digits(11)}${generate.alnum(35)}`],
      ignores: (generate) => [`ntn_${generate.alnum(46)}`, `ntn_${generate.digits(11)}${generate.alnum(10)}`],
    },
  },
  // Notion integration tokens before 2024: "secret_" + 43 alphanumerics.
  prefixedToken({
    id: 'notion-legacy-integration-token',
    description: 'Notion integration token (secret_ format)',
    prefixes: ['secret_'],
    charset: 'A-Za-z0-9',
    length: 43,
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`secret_${generate.alnum(43)}`, `NOTION_API_KEY=secret_${generate.alnum(43)}`],
      ignores: (generate) => [`secret_${generate.alnum(20)}`, `client_secret_${generate.alnum(43)}`],
    },
  }),
];
