import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const nugetDetectors: readonly Detector[] = [
  // nuget.org API keys ("Scoped API keys"): "oy2" + 43 lower-case alphanumerics (46 characters).
  prefixedToken({
    id: 'nuget-api-key',
    description: 'nuget.org API key',
    prefixes: ['oy2'],
    charset: 'a-z0-9',
    length: 43,
    minEntropy: 4,
    fix: 'Delete the key at https://www.nuget.org/account/apikeys (or regenerate it), then push with trusted publishing or a key from a CI secret.',
    examples: {
      detects: (generate) => [`oy2${generate.lowerAlnum(43)}`, `dotnet nuget push pkg.nupkg --api-key oy2${generate.lowerAlnum(43)} --source https://api.nuget.org/v3/index.json`],
      ignores: (generate) => [`oy2${generate.lowerAlnum(20)}`, `oy2${generate.lowerAlnum(60)}`],
    },
  }),
];
