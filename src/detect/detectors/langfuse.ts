import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

export const langfuseDetectors: readonly Detector[] = [
  // Langfuse API keys (langfuse.com/docs): "sk-lf-" + a UUID is the secret key; its "pk-lf-" partner is public.
  prefixedToken({
    id: 'langfuse-secret-key',
    description: 'Langfuse secret API key',
    prefixes: ['sk-lf-'],
    charset: 'a-f0-9-',
    length: 36,
    minEntropy: 3,
    validate: (secret) => /^sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(secret),
    fix: 'Delete the key pair in Langfuse (the project\'s Settings → API Keys), then read a new one from LANGFUSE_SECRET_KEY in the environment or your secret manager.',
    examples: {
      detects: (generate) => [`sk-lf-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `LANGFUSE_SECRET_KEY=sk-lf-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`],
      ignores: (generate) => [`pk-lf-${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`, `sk-lf-${generate.hex(36)}`],
    },
  }),
];
