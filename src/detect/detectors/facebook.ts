import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { prefixedToken } from './prefixed-token';

const ROTATE_TOKEN = 'Invalidate the token (change the app secret, or remove the app from the user’s or page’s settings), then obtain tokens at run time through Facebook Login or a system user and keep them in your secret manager.';

/** Names that say what the value is for: a Facebook/Meta app's access token or secret. */
const OWNER = '(?:facebook|fb|meta|instagram|whatsapp)[A-Za-z0-9_.-]{0,20}';

/** An app ID and the app secret itself: facebook-app-access-token's, wherever it is. */
const APP_SECRET_TOKEN = /^[0-9]{15,16}(?:\||%7C)[0-9a-f]{32}$/;

/** The Graph API Explorer's tokens have a rule of their own. */
const notExplorerToken = (secret: string): boolean => !secret.startsWith('EAACEdEose0cBA');

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
  {
    id: 'facebook-app-access-token',
    description: 'Facebook / Meta app access token ("<app ID>|<app secret>")',
    // The app ID's last digit and the separator: "|" alone is in most lines of JavaScript.
    keywords: [...'0123456789'].flatMap((digit) => [`${digit}|`, `${digit}%7c`]),
    // Meta app access tokens ("Access Tokens → App Access Tokens"): the app ID (15–16 digits), "|" (or %7C in a URL), then the app secret, 32 hex.
    pattern: /(?<![0-9])(?<secret>[0-9]{15,16}(?:\||%7C)[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    fix: ROTATE_TOKEN,
    examples: {
      detects: (generate) => [
        `FB_APP_TOKEN=${generate.digits(16)}|${generate.hex(32)}`,
        `https://graph.facebook.com/debug_token?access_token=${generate.digits(15)}%7C${generate.hex(32)}`,
      ],
      ignores: (generate) => [`${generate.digits(16)}|${generate.base64url(27)}`, `| ${generate.digits(16)} | ${generate.hex(32)} |`],
    },
  },
  {
    id: 'facebook-client-access-token',
    description: 'Facebook / Meta app access token with a client token or older secret, after a facebook/fb word',
    keywords: ['facebook', 'fb'],
    // Meta app tokens ("Access Tokens → Client Tokens"): the app ID (15–16 digits), "|", then 27–40 base64url characters; only a facebook/fb word before it on the line says whose.
    pattern: /(?:facebook|fb)[^|\n0-9]{0,60}(?<secret>[0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/i,
    validate: (secret) => !APP_SECRET_TOKEN.test(secret),
    minEntropy: 3.5,
    fix: ROTATE_TOKEN,
    examples: {
      detects: (generate) => [`facebook ${generate.digits(16)}|${generate.base64url(27)}`, `FB_CLIENT_TOKEN=${generate.digits(15)}|${generate.base64url(32)}`],
      ignores: (generate) => [`${generate.digits(16)}|${generate.base64url(27)}`, `facebook ${generate.digits(16)}|${generate.base64url(12)}`],
    },
  },
  // Page and user access tokens ("Access Tokens"): "EAA" + the app's letter and 100 to several hundred base62 characters; a run that long after "EAA" is not a word, and inside base64 data the characters around it are base64 too.
  prefixedToken({
    id: 'facebook-page-access-token',
    description: 'Facebook / Meta page or user access token (EAA…)',
    prefixes: ['EAA'],
    charset: 'A-Za-z0-9',
    length: [100, 400],
    notAfter: 'A-Za-z0-9_+/-',
    minEntropy: 4.5,
    validate: notExplorerToken,
    fix: ROTATE_TOKEN,
    examples: {
      detects: (generate) => [`EAAM${generate.alnum(160)}`, `const pageToken = "EAAC${generate.alnum(220)}";`],
      ignores: (generate) => [`EAAG${generate.alnum(40)}`, `data:image/png;base64,${generate.base64(30)}+EAAG${generate.alnum(120)}/${generate.base64(20)}`],
    },
  }),
];
