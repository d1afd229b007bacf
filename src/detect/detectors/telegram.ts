import type { Detector } from '../detector';
import { ASSIGNMENT } from './assigned-value';

export const telegramDetectors: readonly Detector[] = [
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot token, assigned to a telegram/bot-named setting or in a Bot API URL',
    keywords: ['telegram', 'bot'],
    // Telegram Bot API: "<bot ID>:<35-character secret>", used as https://api.telegram.org/bot<token>/<method>; the shape is too plain to report without that context.
    pattern: new RegExp(
      `(?:(?:telegram|bot)[A-Za-z0-9_.-]{0,30}${ASSIGNMENT}|/bot)(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])`,
      'i',
    ),
    minEntropy: 3.5,
    fix: 'Revoke the token with @BotFather (/revoke), then read the new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `TELEGRAM_BOT_TOKEN=${generate.digits(10)}:AA${generate.base64url(33)}`,
        `bot_token: "${generate.digits(9)}:AA${generate.base64url(33)}"`,
        `https://api.telegram.org/bot${generate.digits(10)}:AA${generate.base64url(33)}/sendMessage`,
      ],
      ignores: (generate) => [
        // The token shape with no Telegram context, and a bot ID without its secret.
        `value = ${generate.digits(10)}:${generate.base64url(35)}`,
        `TELEGRAM_BOT_ID=${generate.digits(10)}`,
        `TELEGRAM_BOT_TOKEN=${generate.digits(10)}:${generate.base64url(20)}`,
      ],
    },
  },
];
