import type { Detector } from '../detector';

export const pypiDetectors: readonly Detector[] = [
  {
    id: 'pypi-upload-token',
    description: 'PyPI (or TestPyPI) API token',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    // PyPI API tokens: "pypi-" + a base64url macaroon whose header names its location, "AgEIcHlwaS5vcmc" (pypi.org) or "AgENdGVzdC5weXBpLm9yZw" (test.pypi.org).
    pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    fix: 'Remove the token at https://pypi.org/manage/account/token/ and switch the upload to trusted publishing, or keep the token in a CI secret (TWINE_PASSWORD).',
    examples: {
      detects: (generate) => [
        `pypi-AgEIcHlwaS5vcmc${generate.base64url(160)}`,
        `password = pypi-AgENdGVzdC5weXBpLm9yZw${generate.base64url(180)}`,
      ],
      ignores: (generate) => [`pypi-AgEIcHlwaS5vcmc${generate.base64url(20)}`, `pypi-${generate.base64url(120)}`],
    },
  },
];
