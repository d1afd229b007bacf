import type { Detector } from '../detector';

export const azureDetectors: readonly Detector[] = [
  {
    id: 'azure-storage-account-key',
    description: 'Azure Storage account key in a connection string',
    keywords: ['accountkey='],
    // Azure Storage connection strings: "…;AccountKey=<64 random bytes in base64, 88 characters ending in ==>;…".
    pattern: /(?<![A-Za-z])[Aa]ccount[Kk]ey=(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    minEntropy: 4.5,
    fix: 'Rotate the key in the Azure portal (storage account → Security + networking → Access keys → Rotate key), then use a managed identity or read the connection string from Key Vault or the environment.',
    examples: {
      detects: (generate) => [
        `DefaultEndpointsProtocol=https;AccountName=${generate.lowerAlnum(12)};AccountKey=${generate.base64(86)}==;EndpointSuffix=core.windows.net`,
        `"AzureWebJobsStorage": "AccountName=${generate.lowerAlnum(10)};AccountKey=${generate.base64(86)}=="`,
      ],
      ignores: (generate) => [
        'AccountName=devstoreaccount1;AccountKey=<your-account-key>',
        // Wrong length: not 64 bytes of key material.
        `AccountKey=${generate.base64(40)}==`,
        `AccountKey=${generate.base64(88)}`,
      ],
    },
  },
];
