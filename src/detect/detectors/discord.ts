import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

/** Discord's epoch (2015-01-01): a snowflake ID holds the milliseconds since it above bit 22. */
const DISCORD_EPOCH_MS = 1_420_070_400_000;
/** Snowflakes from Discord's launch to some years ahead; a random run of digits is mostly outside. */
const LATEST_PLAUSIBLE_MS = Date.UTC(2035, 0, 1);

/**
 * The first part of a bot token is the bot's user ID, a snowflake, in base64 ("Reference → Snowflakes"):
 * 17–20 digits whose timestamp falls between Discord's epoch and the near future.
 */
function encodesSnowflake(token: string): boolean {
  const userId = Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('latin1');
  if (!/^[1-9][0-9]{16,19}$/.test(userId)) return false;
  return Number(BigInt(userId) >> 22n) + DISCORD_EPOCH_MS <= LATEST_PLAUSIBLE_MS;
}

/** A bot token built the way Discord builds them: the base64 of the user ID, then two random parts. */
function botToken(userId: string, timestamp: string, hmac: string): string {
  return `${Buffer.from(userId).toString('base64').replace(/=+$/, '')}.${timestamp}.${hmac}`;
}

const BASE64_DIGITS = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The base64 of each number from 100 to 999 written in ASCII, lowercased: 24 bits, four digits of
 * six. By hand, in a plain loop, because the module loads on any commit that holds one of the 900
 * keywords: 900 Buffers cost 2-3 ms of it, arrays per number 1-2 ms, this loop 0.3 ms.
 */
function lowercaseBase64OfThreeDigitNumbers(): string[] {
  const encoded: string[] = [];
  for (let number = 100; number < 1000; number++) {
    const bits = ((48 + Math.floor(number / 100)) << 16) | ((48 + (Math.floor(number / 10) % 10)) << 8) | (48 + (number % 10));
    encoded.push(`${BASE64_DIGITS[bits >> 18]}${BASE64_DIGITS[(bits >> 12) & 63]}${BASE64_DIGITS[(bits >> 6) & 63]}${BASE64_DIGITS[bits & 63]}`);
  }
  return encoded;
}

/**
 * Base64 turns each three ASCII digits into four characters of a small set: "M", "N" or "O", then "D",
 * "T", "j" or "z", then one of ten, then one of ten. Every token starts with the base64 of its
 * snowflake's first three digits (never "0…"), so those 900 four-character strings are the rule's
 * keywords: a line without one of them is never run through the pattern.
 */
const SNOWFLAKE_STARTS = lowercaseBase64OfThreeDigitNumbers();

export const discordDetectors: readonly Detector[] = [
  {
    id: 'discord-bot-token',
    description: 'Discord bot token (base64 of the bot user ID, a timestamp and an HMAC)',
    keywords: SNOWFLAKE_STARTS,
    // Discord bot tokens: base64(user ID snowflake, 17–20 digits: five groups of three digits, then 3–7 characters) "." timestamp (6–7) "." HMAC (27–38), base64url; the decoded snowflake is the structure check, so no discord name is needed.
    pattern:
      /(?<![A-Za-z0-9_.-])(?<secret>(?:[MNO][DTjz][AEIMQUYcgk][wxyz0-5]){5}[A-Za-z0-9_-]{3,7}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/,
    validate: encodesSnowflake,
    minEntropy: 3.5,
    fix: 'Reset the token in the Discord Developer Portal (Applications → Bot → Reset Token), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `DISCORD_BOT_TOKEN=${botToken(`4${generate.digits(17)}`, generate.base64url(6), generate.base64url(38))}`,
        `discord.token: "${botToken(`1${generate.digits(18)}`, generate.base64url(6), generate.base64url(27))}"`,
        `client.login('${botToken(`1${generate.digits(18)}`, generate.base64url(6), generate.base64url(38))}');`,
      ],
      ignores: (generate) => [
        // Same shape, but the first part is not a user ID.
        `DISCORD_BOT_TOKEN=${generate.base64url(24)}.${generate.base64url(6)}.${generate.base64url(38)}`,
        // Digits, but a snowflake from centuries ahead: not an ID Discord has issued.
        `token = ${botToken(`9${generate.digits(19)}`, generate.base64url(6), generate.base64url(38))}`,
      ],
    },
  },
  {
    id: 'discord-webhook-url',
    description: 'Discord webhook URL (anyone holding it can post to the channel)',
    keywords: ['/api/webhooks/'],
    // Discord webhook URLs: https://discord.com/api/webhooks/<17–20 digit ID>/<68-character token>, also on discordapp.com and the ptb/canary hosts.
    pattern:
      /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/webhooks\/(?<secret>[0-9]{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    fix: 'Delete the webhook in the channel settings (Integrations → Webhooks) and create a new one; keep its URL in the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `https://discord.com/api/webhooks/${generate.digits(19)}/${generate.base64url(68)}`,
        `DISCORD_WEBHOOK=https://discordapp.com/api/webhooks/${generate.digits(18)}/${generate.base64url(68)}`,
      ],
      ignores: (generate) => [
        'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
        `https://discord.com/api/webhooks/${generate.digits(18)}/${generate.base64url(20)}`,
      ],
    },
  },
  assignedToken({
    id: 'discord-client-secret',
    description: 'Discord OAuth2 application client secret assigned to a discord secret setting',
    keywords: ['discord'],
    // Discord OAuth2 applications ("OAuth2 → Client information"): the client secret is 32 characters of [A-Za-z0-9_-] with no marker; the name must say discord and secret.
    name: 'discord[A-Za-z0-9_.-]{0,20}secret',
    value: '[A-Za-z0-9_-]{32}',
    minEntropy: 4,
    fix: 'Reset the secret in the Discord Developer Portal (your application → OAuth2 → Reset Secret), then read it from your secret manager.',
    examples: {
      detects: (generate) => [`DISCORD_CLIENT_SECRET=${generate.base64url(32)}`, `discord.oauthSecret: "${generate.base64url(32)}"`],
      ignores: (generate) => [`client_secret = ${generate.base64url(32)}`, `DISCORD_CLIENT_ID=${generate.digits(18)}`],
    },
  }),
];
