import type { Detector, DetectorExamples } from '../detector';

const ROTATE = 'Revoke it at https://api.slack.com/apps (your app → OAuth & Permissions or Basic Information → rotate), then read the new token from the environment or your secret manager.';

interface SlackTokenSpec {
  readonly id: string;
  readonly description: string;
  readonly keywords: readonly string[];
  /** Source of the whole token, which becomes the `secret` group. */
  readonly token: string;
  readonly examples: DetectorExamples;
}

/** Slack tokens are delimited by "-" and "."; neither may continue the token on either side. */
function slackToken(spec: SlackTokenSpec): Detector {
  return {
    id: spec.id,
    description: spec.description,
    keywords: spec.keywords,
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${spec.token})(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    fix: ROTATE,
    examples: spec.examples,
  };
}

export const slackDetectors: readonly Detector[] = [
  slackToken({
    id: 'slack-app-token',
    description: 'Slack app-level token (Socket Mode)',
    keywords: ['xapp-'],
    // Slack app-level tokens: "xapp-" version "-" app ID "-" number "-" 64 hex.
    token: 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}',
    examples: {
      detects: (generate) => [`xapp-1-A${generate.upperAlnum(10)}-${generate.digits(13)}-${generate.hex(64)}`],
      ignores: (generate) => [`xapp-1-A${generate.upperAlnum(10)}-${generate.digits(13)}-${generate.hex(20)}`, 'SLACK_APP_TOKEN=xapp-...'],
    },
  }),
  slackToken({
    id: 'slack-bot-token',
    description: 'Slack bot token',
    keywords: ['xoxb-'],
    // Slack bot tokens (docs.slack.dev "Token types"): "xoxb-" workspace number ["-" bot number] "-" 24 or more base62; legacy bot users' tokens had as few as 18.
    token: 'xoxb-[0-9]{8,14}(?:-[0-9]{8,14})?-[A-Za-z0-9]{18,34}',
    examples: {
      detects: (generate) => [
        `xoxb-${generate.digits(12)}-${generate.digits(13)}-${generate.alnum(24)}`,
        `SLACK_BOT_TOKEN="xoxb-${generate.digits(11)}-${generate.alnum(24)}"`,
      ],
      ignores: (generate) => [`xoxb-${generate.digits(12)}-${generate.alnum(10)}`, 'token: xoxb-your-bot-token-here'],
    },
  }),
  slackToken({
    id: 'slack-expiring-token',
    description: 'Slack rotating access token or app configuration token (xoxe.xoxb-/xoxe.xoxp-)',
    keywords: ['xoxe.xox'],
    // Slack token rotation and App Manifest API: "xoxe.xoxb-" or "xoxe.xoxp-" + version + "-" + about 160 base62.
    token: 'xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}',
    examples: {
      detects: (generate) => [`xoxe.xoxp-1-${generate.alnum(163)}`, `"token": "xoxe.xoxb-1-${generate.alnum(160)}"`],
      ignores: (generate) => [`xoxe.xoxp-1-${generate.alnum(40)}`, '"token": "xoxe.xoxp-..."'],
    },
  }),
  slackToken({
    id: 'slack-refresh-token',
    description: 'Slack refresh token (token rotation or app configuration)',
    keywords: ['xoxe-'],
    // Slack refresh tokens (tooling.tokens.rotate, oauth.v2.access): "xoxe-" version "-" about 146 base62.
    token: 'xoxe-[0-9]-[A-Za-z0-9]{130,170}',
    examples: {
      detects: (generate) => [`xoxe-1-${generate.alnum(146)}`, `refresh_token: xoxe-1-${generate.alnum(146)}`],
      ignores: (generate) => [`xoxe-1-${generate.alnum(7)}`, 'refresh_token: xoxe-1-…'],
    },
  }),
  slackToken({
    id: 'slack-user-token',
    description: 'Slack user token',
    keywords: ['xoxp-', 'xoxe-'],
    // Slack user tokens: "xoxp-" three numbers "-" a 32-character hex secret (short 7-character secrets predate 2016); file URLs carry the same shape as "xoxe-" (?t=xoxe-…).
    token: 'xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32}',
    examples: {
      detects: (generate) => [
        `xoxp-${generate.digits(12)}-${generate.digits(11)}-${generate.digits(12)}-${generate.hex(32)}`,
        `"url_private": "https://files.slack.com/files-pri/T${generate.upperAlnum(10)}-F${generate.upperAlnum(10)}/a.png?t=xoxe-${generate.digits(13)}-${generate.digits(13)}-${generate.digits(13)}-${generate.hex(32)}"`,
      ],
      ignores: (generate) => ['xoxp-12345-67890-1928471-abcdefg', `xoxp-${generate.digits(12)}-${generate.digits(11)}-${generate.hex(32)}`, `xoxe-1-${generate.hex(32)}`],
    },
  }),
  slackToken({
    id: 'slack-workspace-token',
    description: 'Slack legacy workspace app, refresh, session or legacy test token (xoxa-, xoxr-, xoxs-, xoxo-)',
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    // Deprecated Slack workspace-app (xoxa-2-…), refresh (xoxr-), session (xoxs-) and legacy (xoxo-) tokens: "-"-separated base62 groups, 40 or more characters.
    token: 'xox[aors]-[0-9]{1,14}-[A-Za-z0-9-]{30,160}',
    examples: {
      detects: (generate) => [
        `xoxa-2-${generate.digits(12)}-${generate.digits(12)}-${generate.digits(12)}-${generate.hex(64)}`,
        `xoxr-${generate.digits(12)}-${generate.alnum(40)}`,
        `"access_token": "xoxo-${generate.digits(6)}-${generate.digits(6)}-${generate.digits(6)}-${generate.hex(18)}"`,
      ],
      ignores: (generate) => [`xoxa-2-${generate.alnum(8)}`, 'the xoxs- prefix marks a session token'],
    },
  }),
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming or Workflow Builder webhook URL (anyone holding it can post to the channel or start the workflow)',
    keywords: ['hooks.slack.com/services/', 'hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
    // Slack incoming webhooks: hooks.slack.com/services/T<workspace>/B<webhook>/<24 base62>; Workflow Builder webhooks: hooks.slack.com/workflows/T<workspace>/A<app>/<numeric ID>/<24 base62>, and their webhook triggers: hooks.slack.com/triggers/T<workspace>/<numeric ID>/<32 hex>.
    pattern:
      /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>T[A-Z0-9]{8,12}\/(?:B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}|A[A-Z0-9]{8,12}\/[0-9]{10,20}\/[A-Za-z0-9]{24}|[0-9]{10,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
    minEntropy: 3.5,
    fix: 'Remove the webhook in your Slack app (Incoming Webhooks → Remove) or the workflow (Workflow Builder → the webhook step), and add a new one; keep its URL in the environment or your secret manager.',
    examples: {
      detects: (generate) => [
        `https://hooks.slack.com/services/T${generate.upperAlnum(10)}/B${generate.upperAlnum(10)}/${generate.alnum(24)}`,
        `SLACK_WEBHOOK_URL="https://hooks.slack.com/services/T${generate.upperAlnum(8)}/B${generate.upperAlnum(8)}/${generate.alnum(24)}"`,
        `http://hooks.slack.com/services/T${generate.upperAlnum(10)}/B${generate.upperAlnum(10)}/${generate.alnum(24)}`,
        `https://hooks.slack.com/workflows/T${generate.upperAlnum(10)}/A${generate.upperAlnum(10)}/${generate.digits(18)}/${generate.alnum(24)}`,
        `webhook: https://hooks.slack.com/triggers/T${generate.upperAlnum(10)}/${generate.digits(13)}/${generate.hex(32)}`,
      ],
      ignores: (generate) => [
        'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
        `https://hooks.slack.com/services/T${generate.upperAlnum(10)}/B${generate.upperAlnum(10)}/${generate.alnum(10)}`,
        `https://hooks.slack.com/workflows/T${generate.upperAlnum(10)}/A${generate.upperAlnum(10)}/${generate.alnum(24)}`,
      ],
    },
  },
];
