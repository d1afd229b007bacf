import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';
import { providerSetting } from './provider-setting';

export const wandbDetectors: readonly Detector[] = [
  assignedToken({
    id: 'wandb-api-key',
    description: 'Weights & Biases API key',
    keywords: ['wandb'],
    // Weights & Biases API keys (docs.wandb.ai "API keys"): 40 hex characters, read from WANDB_API_KEY.
    name: providerSetting('wandb'),
    value: '[a-f0-9]{40}',
    minEntropy: 3,
    fix: 'Delete the key in Weights & Biases (User settings → API keys), then read a new one from the environment (WANDB_API_KEY) or your secret manager.',
    examples: {
      detects: (generate) => [`WANDB_API_KEY=${generate.hex(40)}`, `wandb key: ${generate.hex(40)}`],
      ignores: (generate) => [`api_key = ${generate.hex(40)}`, `WANDB_API_KEY=${generate.hex(20)}`],
    },
  }),
];
