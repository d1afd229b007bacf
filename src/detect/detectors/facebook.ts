import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE_TOKEN = 'Invalidate the token (change the app secret, or remove the app from the user’s or page’s settings), then obtain tokens at run time through Facebook Login or a system user and keep them in your secret manager.';

/** Names that say what the value is for: a Facebook/Meta app's access token or secret. */
const OWNER = '(?:facebook|fb|meta|instagram|whatsapp)[A-Za-z0-9_.-]{0,20}';

export const facebookDetectors: readonly Detector[] = [
  assignedToken({
    id: 'facebook-access-token',
    description: 'Facebook / Meta Graph API access token assigned to a facebook-named setting',
    keywords: ['access_token', 'access-token', 'accesstoken', 'access.token'],
    // Graph API access tokens ("Access Tokens" guide): "EAA" + an app-specific letter and about 100 to 300 alphanumerics; "EAA" alone is too short a marker.
    name: `${OWNER}access[_.-]?token`,
    value: 'EAA[A-Za-z0-9]{90,400}',
    minEntropy: 4,
    fix: ROTATE_TOKEN,
    examples: {
      detects: (generate) => [`FACEBOOK_ACCESS_TOKEN=EAAG${generate.alnum(180)}`, `whatsapp_access_token: "EAAB${generate.alnum(200)}"`],
      ignores: (generate) => [`access_token = EAAG${generate.alnum(180)}`, `FB_ACCESS_TOKEN=EAAG${generate.alnum(20)}`],
    },
  }),
  assignedToken({
    id: 'facebook-app-secret',
    description: 'Facebook / Meta app secret assigned to a facebook-named setting',
    keywords: ['app_secret', 'app-secret', 'appsecret', 'app.secret'],
    // Meta app secrets (App Dashboard → Settings → Basic): 32 hex characters with no marker.
    name: `${OWNER}app[_.-]?secret`,
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Reset the app secret in the Meta App Dashboard (Settings → Basic → App secret → Reset), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [`FACEBOOK_APP_SECRET=${generate.hex(32)}`, `fbAppSecret: '${generate.hex(32)}'`],
      ignores: (generate) => [`FACEBOOK_APP_ID=${generate.digits(16)}`, `app_secret = ${generate.hex(32)}`],
    },
  }),
  // Graph API Explorer user tokens begin "EAACEdEose0cBA" (the Explorer's app ID in the token), then about 100 or more alphanumerics.
  prefixedToken({
    id: 'facebook-graph-explorer-token',
    description: 'Facebook user access token issued by the Graph API Explorer',
    prefixes: ['EAACEdEose0cBA'],
    charset: 'A-Za-z0-9',
    length: [50, 400],
    minEntropy: 4,
    fix: ROTATE_TOKEN,
    examples: {
      detects: (generate) => [`EAACEdEose0cBA${generate.alnum(160)}`, `curl "https://graph.facebook.com/me?access_token=EAACEdEose0cBA${generate.alnum(120)}"`],
      ignores: (generate) => [`EAACEdEose0cBA${generate.alnum(20)}`, 'Tokens from the Explorer start with EAACEdEose0cBA.'],
    },
  }),
];
