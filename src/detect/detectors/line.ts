import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSettingName } from './provider-setting';

export const lineDetectors: readonly Detector[] = [
  assignedToken({
    id: 'line-channel-access-token',
    description: 'LINE Messaging API channel access token assigned to a LINE channel setting',
    keywords: ['line_channel', 'linechannel'],
    // LINE Messaging API long-lived channel access tokens (developers.line.biz): 171 or 172 base64 characters with no marker; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('line_channel|linechannel'),
    value: '[A-Za-z0-9+/]{171,172}=?',
    minEntropy: 4,
    fix: 'Revoke the token in LINE (the LINE Developers Console → the channel → Messaging API → Reissue), then read a new one from the LINE_CHANNEL_ACCESS_TOKEN environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LINE_CHANNEL_ACCESS_TOKEN=${generate.base64(172)}`, `"lineChannelAccessToken": "${generate.base64(171)}="`],
      ignores: (generate) => [`api_key = ${generate.base64(172)}`, `LINE_CHANNEL_ACCESS_TOKEN=${generate.base64(80)}`, `LINE_CHANNEL_ACCESS_ACCOUNT_ID=${generate.base64(172)}`],
    },
  }),
  assignedToken({
    id: 'line-channel-secret',
    description: 'LINE channel secret assigned to a LINE channel setting',
    keywords: ['line_channel', 'linechannel'],
    // LINE channel secrets (developers.line.biz, used to sign webhooks): 32 hex characters with no marker, beside a numeric channel id; the length and alphabet as trufflehog's detector matches them.
    name: providerSettingName('line_channel|linechannel'),
    value: '[a-f0-9]{32}',
    minEntropy: 3,
    fix: 'Revoke the secret in LINE (the LINE Developers Console → the channel → Basic settings → Issue), then read a new one from the LINE_CHANNEL_SECRET environment variable or your secret manager.',
    examples: {
      detects: (generate) => [`LINE_CHANNEL_SECRET=${generate.hex(32)}`, `lineChannelSecret: ${generate.hex(32)}`],
      ignores: (generate) => [`api_key = ${generate.hex(32)}`, `LINE_CHANNEL_SECRET=${generate.hex(16)}`, `LINE_CHANNEL_ACCOUNT_ID=${generate.hex(32)}`],
    },
  }),
];
