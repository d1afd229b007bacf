import type { Detector } from '../detector';
import { assignedToken } from './assigned-value';

const ROTATE = 'Ask Contribsys for a new Sidekiq Pro/Enterprise credential (the old one stops working), then configure it with bundle config --global or a CI secret, never in the Gemfile or a committed .bundle/config.';

export const sidekiqDetectors: readonly Detector[] = [
  assignedToken({
    id: 'sidekiq-credentials',
    description: 'Sidekiq Pro / Enterprise gem server credentials in Bundler settings',
    keywords: ['contribsys'],
    // Sidekiq Pro/Enterprise ("Sidekiq Pro → Installation"): Bundler reads the gem server login "<8 hex>:<8 hex>" from BUNDLE_GEMS__CONTRIBSYS__COM or BUNDLE_ENTERPRISE__CONTRIBSYS__COM.
    name: 'BUNDLE_(?:GEMS|ENTERPRISE)__CONTRIBSYS__COM',
    value: '[0-9a-f]{8}:[0-9a-f]{8}',
    minEntropy: 2.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`BUNDLE_GEMS__CONTRIBSYS__COM=${generate.hex(8)}:${generate.hex(8)}`, `BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${generate.hex(8)}:${generate.hex(8)}"`],
      ignores: (generate) => [`api_key = ${generate.hex(8)}:${generate.hex(8)}`, `BUNDLE_GEMS__CONTRIBSYS__COM=${generate.hex(8)}`],
    },
  }),
  {
    id: 'sidekiq-source-url',
    description: 'Sidekiq Pro / Enterprise gem server URL with its credentials',
    keywords: ['contribsys.com'],
    // Sidekiq Pro/Enterprise ("Sidekiq Pro → Installation"): the Gemfile source https://<8 hex>:<8 hex>@gems.contribsys.com/ (enterprise.contribsys.com for Enterprise).
    pattern: /https?:\/\/(?<secret>[0-9a-f]{8}:[0-9a-f]{8})@(?:gems|enterprise)\.contribsys\.com(?![A-Za-z0-9.-])/i,
    minEntropy: 2.5,
    fix: ROTATE,
    examples: {
      detects: (generate) => [`source "https://${generate.hex(8)}:${generate.hex(8)}@gems.contribsys.com/" do`, `https://${generate.hex(8)}:${generate.hex(8)}@enterprise.contribsys.com/`],
      ignores: () => ['source "https://gems.contribsys.com/" do', 'https://enterprise.contribsys.com/'],
    },
  },
];
