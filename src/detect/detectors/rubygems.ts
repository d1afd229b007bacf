import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const rubygemsDetectors: readonly Detector[] = [
  // RubyGems.org API keys ("API key scopes"): "rubygems_" + 48 hex characters.
  prefixedToken({
    id: 'rubygems-api-key',
    description: 'RubyGems.org API key',
    prefixes: ['rubygems_'],
    charset: 'a-f0-9',
    length: 48,
    minEntropy: 3.2,
    fix: 'Delete the key at https://rubygems.org/profile/api_keys, then publish with trusted publishing or a key from a CI secret (GEM_HOST_API_KEY).',
    examples: {
      detects: (generate) => [`rubygems_${generate.hex(48)}`, `GEM_HOST_API_KEY=rubygems_${generate.hex(48)}`],
      ignores: (generate) => [`rubygems_${generate.hex(20)}`, `rubygems_${generate.hex(64)}`],
    },
  }),
];
