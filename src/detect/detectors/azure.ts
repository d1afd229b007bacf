import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE_ACCOUNT_KEY =
  'Rotate the key in the Azure portal (the account → Access keys → Rotate key), then use a managed identity or read the connection string from Key Vault or the environment.';

/** Azure Storage and Cosmos DB account keys: 64 random bytes in base64, 88 characters ending in "==". */
const ACCOUNT_KEY = '[A-Za-z0-9+/]{86}==';

/** What names an account key: AccountKey, storage_key, storageAccessKey's "access-key" (the Azure SDKs' and portal's words). */
const KEY_NAME = '(?:account|storage|access)[_.-]?key';
const KEY_NAME_KEYWORDS = ['account', 'storage', 'access'].flatMap((word) => ['', '_', '.', '-'].map((separator) => `${word}${separator}key`));
/** Between a name and its value: an assignment, a quote and comma (a tuple or dictionary entry), an index's "]", an XML tag's ">", or a command line's space. */
const KEY_NAME_TO_VALUE = '[\\s"\'`:=,>\\]]{1,8}';

export const azureDetectors: readonly Detector[] = [
  {
    id: 'azure-app-configuration-secret',
    description: 'Azure App Configuration access key in a connection string',
    keywords: ['.azconfig.io'],
    // App Configuration connection strings ("Access keys"): "Endpoint=https://<store>.azconfig.io;Id=<key id>;Secret=<44 base64 characters>".
    pattern: /\.azconfig\.io;Id=[^;\s"'`]{1,60};Secret=(?<secret>[A-Za-z0-9+/]{40,50}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    fix: 'Regenerate the key in the Azure portal (App Configuration store → Access settings → Regenerate), then use a managed identity or read the connection string from Key Vault.',
    examples: {
      detects: (generate) => [`Endpoint=https://cfg-${generate.lowerAlnum(6)}.azconfig.io;Id=${generate.alnum(4)}-l0-s0:${generate.alnum(20)};Secret=${generate.base64(43)}=`],
      ignores: (generate) => [`Endpoint=https://cfg-${generate.lowerAlnum(6)}.azconfig.io;Id=<id>;Secret=<secret>`, `https://cfg.azconfig.io;Id=x;Secret=${generate.base64(10)}`],
    },
  },
  {
    id: 'azure-container-registry-password',
    description: 'Azure Container Registry access key or token password',
    keywords: ['+acr'],
    // Azure Container Registry admin and token passwords: 52 characters, 42 base64 then the "+ACR" signature and 6 more.
    pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    fix: 'Regenerate the password in the Azure portal (the registry → Access keys, or Tokens → the token → regenerate), then log in with a managed identity or service principal instead.',
    examples: {
      detects: (generate) => [`${generate.base64(42)}+ACR${generate.alnum(6)}`, `docker login reg.azurecr.io -u ci -p ${generate.base64(42)}+ACR${generate.alnum(6)}`],
      ignores: (generate) => [`${generate.base64(20)}+ACR${generate.alnum(6)}`, `${generate.base64(42)}+ACR${generate.alnum(12)}`],
    },
  },
  {
    id: 'azure-entra-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    keywords: ['q~'],
    // Entra ID client secrets (app registration → Certificates & secrets): 40 characters, 3 characters, a digit, "Q~", then 31 to 34 more.
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    fix: 'Delete the secret in the Entra admin center (App registrations → the app → Certificates & secrets) and add a new one; prefer a certificate or workload identity federation, and read secrets from Key Vault.',
    examples: {
      detects: (generate) => [
        `${generate.alnum(3)}8Q~${generate.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34)}`,
        `AZURE_CLIENT_SECRET=${generate.alnum(3)}7Q~${generate.base64url(31)}`,
      ],
      ignores: (generate) => [`${generate.alnum(3)}8Q~${generate.alnum(10)}`, `client_secret=${generate.alnum(3)}8Q~${'x'.repeat(34)}`],
    },
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (SAS) in a URL or connection string',
    keywords: ['sig='],
    // Storage "Create a service SAS": query parameters including sv=<service version date> and, after it, sig=<base64 HMAC-SHA256, usually URL-encoded>.
    pattern:
      /[?&;]sv=[0-9]{4}-[0-9]{2}-[0-9]{2}(?:&[a-z]{2,5}=[A-Za-z0-9%:._-]{1,64}){0,12}&sig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/,
    minEntropy: 4,
    fix: 'Revoke the SAS: rotate the account key that signed it (or delete the stored access policy it names, or revoke user delegation keys), then issue short-lived SAS tokens at run time.',
    examples: {
      detects: (generate) => [
        `https://st${generate.lowerAlnum(8)}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${generate.alnum(20)}%2B${generate.alnum(20)}%3D`,
        `BlobEndpoint=https://st.blob.core.windows.net/;SharedAccessSignature=sp=r&st=2024-01-01&se=2030-01-01&spr=https&sv=2022-11-02&sr=c&sig=${generate.base64(43)}=`,
      ],
      ignores: (generate) => [
        `https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=<signature>`,
        `https://api.example.org/hook?sig=${generate.base64(43)}=`,
      ],
    },
  },
  {
    id: 'azure-service-bus-shared-access-key',
    description: 'Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key in a connection string',
    keywords: ['sharedaccesskey='],
    // Service Bus "Shared access signature authentication": "…;SharedAccessKeyName=<policy>;SharedAccessKey=<32 bytes in base64, 44 characters>".
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    minEntropy: 4,
    fix: 'Regenerate the policy’s keys in the Azure portal (namespace or hub → Shared access policies → the policy → Regenerate), then use a managed identity or read the connection string from Key Vault.',
    examples: {
      detects: (generate) => [
        `Endpoint=sb://ns-${generate.lowerAlnum(6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${generate.base64(43)}=`,
        `HostName=hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${generate.base64(43)}=`,
      ],
      ignores: (generate) => ['SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>', `SharedAccessKey=${generate.base64(20)}=`],
    },
  },
  {
    id: 'azure-storage-account-key',
    severity: 'critical',
    description: 'Azure Storage account key in a connection string or assigned to an account-key-named setting',
    keywords: KEY_NAME_KEYWORDS,
    // Azure Storage connection strings ("…;AccountKey=<64 random bytes in base64, 88 characters ending in ==>;…"), and the same key under the SDKs' names for it (storageAccountKey:, "AccountKey", "…", <account_key>, -storagekey …).
    pattern: new RegExp(`${KEY_NAME}${KEY_NAME_TO_VALUE}(?<secret>${ACCOUNT_KEY})(?![A-Za-z0-9+/=])`, 'i'),
    minEntropy: 4.5,
    fix: ROTATE_ACCOUNT_KEY,
    examples: {
      detects: (generate) => [
        `DefaultEndpointsProtocol=https;AccountName=${generate.lowerAlnum(12)};AccountKey=${generate.base64(86)}==;EndpointSuffix=core.windows.net`,
        `"AzureWebJobsStorage": "AccountName=${generate.lowerAlnum(10)};AccountKey=${generate.base64(86)}=="`,
        `private const string storageAccountKey = "${generate.base64(86)}==";`,
        `{ "AccountKey", "${generate.base64(86)}==" },`,
        `'account_key' => '${generate.base64(86)}==',`,
        `$settings['storage_key'] = '${generate.base64(86)}==';`,
        `<account_key>${generate.base64(86)}==</account_key>`,
        `AzureStorageCleanup.exe -storagekey ${generate.base64(86)}== -container backups`,
      ],
      ignores: (generate) => [
        'AccountName=devstoreaccount1;AccountKey=<your-account-key>',
        // Wrong length: not 64 bytes of key material.
        `AccountKey=${generate.base64(40)}==`,
        `AccountKey=${generate.base64(88)}`,
        // A SHA-512 digest is 64 bytes in base64 too: only a key's name tells them apart.
        `"integrity": "sha512-${generate.base64(86)}=="`,
        `accountKeyId = "${generate.base64(86)}=="`,
      ],
    },
  },
  assignedToken({
    id: 'azure-storage-key',
    severity: 'critical',
    description: 'Azure Storage or Cosmos DB account key assigned to an azure-named setting',
    keywords: ['azure'],
    // The same 88-character account key outside a connection string (AZURE_STORAGE_KEY, azure.cosmos.key): only the azure name marks it.
    name: 'azure[A-Za-z0-9_.-]{0,40}',
    value: ACCOUNT_KEY,
    minEntropy: 4.5,
    fix: ROTATE_ACCOUNT_KEY,
    examples: {
      detects: (generate) => [`AZURE_STORAGE_KEY=${generate.base64(86)}==`, `azure.cosmos.primaryKey: "${generate.base64(86)}=="`],
      ignores: (generate) => [`storage_key = ${generate.base64(86)}==`, `AZURE_STORAGE_KEY=${generate.base64(40)}==`],
    },
  }),
];
