import type { Detector, SampleGenerator } from '../detector';

const ROTATE = 'Remove the Incoming Webhook connector from the channel (Connectors → Configured → Remove), create a new one and keep its URL in your secret manager.';

function uuid(generate: SampleGenerator): string {
  return `${generate.hex(8)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(4)}-${generate.hex(12)}`;
}

/** A webhook URL built the way Teams shows them. */
function teamsWebhook(generate: SampleGenerator): string {
  return `https://contoso.webhook.office.com/webhookb2/${uuid(generate)}@${uuid(generate)}/IncomingWebhook/${generate.hex(32)}/${uuid(generate)}`;
}

export const microsoftteamsDetectors: readonly Detector[] = [
  {
    id: 'microsoftteams-webhook-url',
    description: 'Microsoft Teams incoming webhook URL (anyone holding it can post to the channel)',
    keywords: ['webhook.office.com'],
    // Teams incoming webhooks ("Create an Incoming Webhook"): https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant ID>/IncomingWebhook/<32 hex>/<connector UUID>[/<signature>].
    pattern: /https:\/\/[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/(?<secret>[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{20,60})?)(?![A-Za-z0-9_-])/i,
    minEntropy: 3,
    fix: ROTATE,
    examples: {
      detects: (generate) => [teamsWebhook(generate), `TEAMS_WEBHOOK_URL=${teamsWebhook(generate)}`],
      ignores: (generate) => ['https://contoso.webhook.office.com/webhookb2/', `https://contoso.webhook.office.com/webhookb2/${generate.hex(32)}`],
    },
  },
];
