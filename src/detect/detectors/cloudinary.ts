import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const cloudinaryDetectors: readonly Detector[] = [
  assignedToken({
    id: 'cloudinary-api-secret',
    description: 'Cloudinary API secret assigned to a cloudinary-named setting',
    keywords: ['cloudinary'],
    // Cloudinary API secrets (cloudinary.com/documentation): 27 URL-safe base64 characters with no marker, beside a 15-digit API key; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('cloudinary'),
    value: '[A-Za-z0-9_-]{27}',
    minEntropy: 3.5,
    fix: 'Rotate the API secret in Cloudinary (Settings → API Keys: generate a new key pair and delete the old one), then read CLOUDINARY_URL or CLOUDINARY_API_SECRET from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`CLOUDINARY_API_SECRET=${generate.base64url(27)}`, `cloudinary_secret: "${generate.base64url(27)}"`],
      ignores: (generate) => [`api_key = ${generate.base64url(27)}`, `CLOUDINARY_API_SECRET=${generate.base64url(15)}`, `CLOUDINARY_CLOUD_NAME=${generate.base64url(27)}`],
    },
  }),
];
