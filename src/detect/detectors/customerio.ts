import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const customerioDetectors: readonly Detector[] = [
  assignedToken({
    id: 'customerio-api-key',
    description: 'CustomerIO API key assigned to a customerio-named setting',
    keywords: ['customerio', 'customer_io'],
    // Customer.io Track API keys (customer.io/docs/api/track, Basic with the site id): 20 hex characters with no marker; the site id beside it has the same shape; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('customerio|customer_io'),
    value: '[a-f0-9]{20}',
    minEntropy: 3,
    fix: 'Revoke the key in CustomerIO (Workspace Settings → API Credentials), then read a new one from the CUSTOMERIO_API_KEY environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`CUSTOMERIO_API_KEY=${generate.hex(20)}`, `customerio_key: "${generate.hex(20)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(20)}`, `CUSTOMERIO_API_KEY=${generate.hex(10)}`, `CUSTOMERIO_SITE_ID=${generate.hex(20)}`],
    },
  }),
];
