import type { Detector } from './detector';
import { anthropicDetectors } from './detectors/anthropic';
import { awsDetectors } from './detectors/aws';
import { azureDetectors } from './detectors/azure';
import { digitaloceanDetectors } from './detectors/digitalocean';
import { discordDetectors } from './detectors/discord';
import { dockerDetectors } from './detectors/docker';
import { genericDetectors } from './detectors/generic';
import { githubDetectors } from './detectors/github';
import { gitlabDetectors } from './detectors/gitlab';
import { googleDetectors } from './detectors/google';
import { huggingfaceDetectors } from './detectors/huggingface';
import { jwtDetectors } from './detectors/jwt';
import { mailgunDetectors } from './detectors/mailgun';
import { npmDetectors } from './detectors/npm';
import { openaiDetectors } from './detectors/openai';
import { privateKeyDetectors } from './detectors/private-key';
import { pypiDetectors } from './detectors/pypi';
import { sendgridDetectors } from './detectors/sendgrid';
import { shopifyDetectors } from './detectors/shopify';
import { slackDetectors } from './detectors/slack';
import { stripeDetectors } from './detectors/stripe';
import { telegramDetectors } from './detectors/telegram';
import { twilioDetectors } from './detectors/twilio';
import { urlDetectors } from './detectors/url';
import { vaultDetectors } from './detectors/vault';

/**
 * Every built-in rule, by provider; the key is the detector file's name and the prefix of each id.
 * Kept in alphabetical order so that adding a provider is a one-line, conflict-free change.
 */
export const detectorsByProvider: Readonly<Record<string, readonly Detector[]>> = {
  anthropic: anthropicDetectors,
  aws: awsDetectors,
  azure: azureDetectors,
  digitalocean: digitaloceanDetectors,
  discord: discordDetectors,
  docker: dockerDetectors,
  generic: genericDetectors,
  github: githubDetectors,
  gitlab: gitlabDetectors,
  google: googleDetectors,
  huggingface: huggingfaceDetectors,
  jwt: jwtDetectors,
  mailgun: mailgunDetectors,
  npm: npmDetectors,
  openai: openaiDetectors,
  'private-key': privateKeyDetectors,
  pypi: pypiDetectors,
  sendgrid: sendgridDetectors,
  shopify: shopifyDetectors,
  slack: slackDetectors,
  stripe: stripeDetectors,
  telegram: telegramDetectors,
  twilio: twilioDetectors,
  url: urlDetectors,
  vault: vaultDetectors,
};

export const builtInDetectors: readonly Detector[] = Object.values(detectorsByProvider).flat();
