import type { Detector } from '../detector';

export const pineconeDetectors: readonly Detector[] = [
  {
    id: 'pinecone-api-key',
    description: 'Pinecone API key',
    keywords: ['pcsk_'],
    // Pinecone API keys since 2024 (app.pinecone.io → API keys): "pcsk_" + a 5–6 character key id + "_" + 63 base62.
    pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})(?![A-Za-z0-9_])/,
    minEntropy: 4,
    fix: 'Delete the key in the Pinecone console (your project → API keys), then read a new one from the PINECONE_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`pcsk_${generate.alnum(6)}_${generate.alnum(63)}`, `PINECONE_API_KEY=pcsk_${generate.alnum(5)}_${generate.alnum(63)}`],
      ignores: (generate) => [`pcsk_${generate.alnum(6)}_${generate.alnum(30)}`, 'PINECONE_API_KEY=pcsk_xxxxx_...'],
    },
  },
];
