import type { Detector } from '../detector';
import { ASSIGNMENT } from './assigned-value';

/** The first part of a bot token is the bot's user ID (a 17–20 digit snowflake) in base64. */
function encodesSnowflake(token: string): boolean {
  const userId = Buffer.from(token.slice(0, token.indexOf('.')), 'base64').toString('latin1');
  return /^[0-9]{17,20}$/.test(userId);
}

/** A bot token built the way Discord builds them: the base64 of the user ID, then two random parts. */
function botToken(userId: string, timestamp: string, hmac: string): string {
  return `${Buffer.from(userId).toString('base64').replace(/=+$/, '')}.${timestamp}.${hmac}`;
}

export const discordDetectors: readonly Detector[] = [
  {
    id: 'discord-bot-token',
    description: 'Discord bot token assigned to a discord-named setting',
    keywords: ['discord'],
    // Discord bot tokens: base64(user ID) "." timestamp (6–7) "." HMAC (27–38), base64url; no prefix, so a discord name must precede it.
    pattern: new RegExp(
      `discord[A-Za-z0-9_.-]{0,30}${ASSIGNMENT}(?<secret>[A-Za-z0-9_-]{23,28}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])`,
      'i',
    ),
    validate: encodesSnowflake,
    fix: 'Reset the token in the Discord Developer Portal (Applications → Bot → Reset Token), then read it from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `DISCORD_BOT_TOKEN=${botToken(generate.digits(18), generate.base64url(6), generate.base64url(38))}`,
        `discord.token: "${botToken(generate.digits(19), generate.base64url(6), generate.base64url(27))}"`,
      ],
      ignores: (generate) => [
        // Same shape, but the first part is not a user ID.
        `DISCORD_BOT_TOKEN=${generate.base64url(24)}.${generate.base64url(6)}.${generate.base64url(38)}`,
        // A token-shaped value without a Discord name.
        `token = ${botToken(generate.digits(18), generate.base64url(6), generate.base64url(38))}`,
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
];
