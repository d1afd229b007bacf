import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Revoke it in the Dropbox App Console (https://www.dropbox.com/developers/apps → the app → Settings), then use the OAuth flow with refresh tokens read from your secret manager.';

export const dropboxDetectors: readonly Detector[] = [
  assignedToken({
    id: 'dropbox-access-token',
    description: 'Dropbox short-lived access token assigned to a dropbox-named setting',
    keywords: ['dropbox'],
    // Dropbox OAuth access tokens ("OAuth guide"): "sl." (newer "sl.u.") + 130 or more base64url characters; "sl." alone is too common a marker.
    name: 'dropbox[A-Za-z0-9_.-]{0,30}',
    value: 'sl\\.(?:u\\.)?[A-Za-z0-9_=-]{130,1400}',
    minEntropy: 4.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`DROPBOX_ACCESS_TOKEN=sl.${generate.base64url(135)}`, `dropbox_token: "sl.u.${generate.base64url(600)}"`],
      ignores: (generate) => [`token = sl.${generate.base64url(135)}`, `DROPBOX_ACCESS_TOKEN=sl.${generate.base64url(30)}`],
    },
  }),
  assignedToken({
    id: 'dropbox-app-secret',
    description: 'Dropbox app secret assigned to a dropbox secret setting',
    keywords: ['dropbox'],
    // Dropbox app keys and secrets (App Console → Settings): 15 lower-case alphanumerics each; only the secret is sensitive, so the name must say secret.
    name: 'dropbox[A-Za-z0-9_.-]{0,30}secret(?:[_.-]?key)?',
    value: '[a-z0-9]{15}',
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`DROPBOX_APP_SECRET=${generate.lowerAlnum(15)}`, `dropbox.appSecret = '${generate.lowerAlnum(15)}'`],
      ignores: (generate) => [`DROPBOX_APP_KEY=${generate.lowerAlnum(15)}`, `DROPBOX_APP_SECRET=${generate.lowerAlnum(8)}`],
    },
  }),
];
