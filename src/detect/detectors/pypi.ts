import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const pypiDetectors: readonly Detector[] = [
  // PyPI API tokens: "pypi-" + a base64url macaroon whose header names its location, "AgEIcHlwaS5vcmc" (pypi.org) or "AgENdGVzdC5weXBpLm9yZw" (test.pypi.org).
  prefixedToken({
    id: 'pypi-upload-token',
    description: 'PyPI (or TestPyPI) API token',
    prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    charset: 'A-Za-z0-9_-',
    length: [50, 1000],
    notAfter: 'A-Za-z0-9_-',
    minEntropy: 4,
    fix: 'Remove the token at https://pypi.org/manage/account/token/ and switch the upload to trusted publishing, or keep the token in a CI secret (TWINE_PASSWORD).',
    examples: {
      detects: (generate) => [
        `pypi-AgEIcHlwaS5vcmc${generate.base64url(160)}`,
        `password = pypi-AgENdGVzdC5weXBpLm9yZw${generate.base64url(180)}`,
      ],
      ignores: (generate) => [`pypi-AgEIcHlwaS5vcmc${generate.base64url(20)}`, `pypi-${generate.base64url(120)}`],
    },
  }),
];
