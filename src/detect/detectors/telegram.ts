import type { Detector } from '../detector';
import { ASSIGNMENT } from './assigned-value';

export const telegramDetectors: readonly Detector[] = [
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot token: "<bot ID>:AA…", or any secret part beside a telegram/bot name or in a Bot API URL',
    keywords: ['telegram', 'bot', ':aa'],
    // Telegram Bot API: "<bot ID>:<35-character secret>", used as https://api.telegram.org/bot<token>/<method>. The secrets BotFather issues begin "AA", which with the numeric ID is distinctive on its own; another secret part needs the context (the name as people write it: telegram, Telegram, TELEGRAM).
    pattern: new RegExp(
      `(?:(?:[Tt]elegram|TELEGRAM|[Bb]ot|BOT)[A-Za-z0-9_.-]{0,30}${ASSIGNMENT}|/bot|(?<![A-Za-z0-9_:/.-])(?=[0-9]{8,10}:AA))(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])`,
    ),
    minEntropy: 3.5,
    fix: 'Revoke the token with @BotFather (/revoke), then read the new one from the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `TELEGRAM_BOT_TOKEN=${generate.digits(10)}:AA${generate.base64url(33)}`,
        `bot_token: "${generate.digits(9)}:${generate.base64url(35)}"`,
        `https://api.telegram.org/bot${generate.digits(10)}:AA${generate.base64url(33)}/sendMessage`,
        `Updater("${generate.digits(10)}:AA${generate.base64url(33)}")`,
      ],
      ignores: (generate) => [
        // A secret part not issued by BotFather with no Telegram context, and a bot ID without its secret.
        `value = ${generate.digits(10)}:${generate.base64url(35)}`,
        `TELEGRAM_BOT_ID=${generate.digits(10)}`,
        `TELEGRAM_BOT_TOKEN=${generate.digits(10)}:${generate.base64url(20)}`,
      ],
    },
  },
];
