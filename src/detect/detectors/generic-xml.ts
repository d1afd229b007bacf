import type { Detector } from '../detector';
import { GENERIC_FIX, GENERIC_KEYWORDS, SECRET_NAME } from './generic';

/** An element's text on a line of its own: `<password>`, the value, `</password>` (pretty-printed XML). */
const TEXT_LINE = '[ \\t]{0,8}\\n[ \\t]{0,40}(?<secret>[^<>\\s]{8,200})[ \\t]{0,8}\\n[ \\t]{0,40}</';

export const genericXmlDetectors: readonly Detector[] = [
  {
    id: 'generic-xml-multiline-element',
    description: 'High-entropy value on its own line in an XML element named password, secret, token or key',
    keywords: GENERIC_KEYWORDS,
    // No provider format: generic-xml-element's `<password>value</password>` (Maven settings.xml, .NET and
    // Java configs) pretty-printed over three lines; the window holds the opening tag above and the closing one below.
    pattern: new RegExp(`${SECRET_NAME}>${TEXT_LINE}`, 'i'),
    window: { before: 1, after: 1, secretLineIsOneWord: true },
    minEntropy: 3,
    isGeneric: true,
    fix: GENERIC_FIX,
    examples: {
      detects: (generate) => [
        `<password>\n  ${generate.alnum(16)}\n</password>`,
        `    <deployToken>\n        ${generate.base64url(32)}\n    </deployToken>`,
      ],
      ignores: (generate) => [
        '<password>\n  ${env.MAVEN_PASSWORD}\n</password>',
        `<passwordHash>\n  ${generate.hex(64)}\n</passwordHash>`,
        `<password>\n  <value>${generate.alnum(16)}</value>\n</password>`,
      ],
    },
  },
];
