import type { ResolvedConfig, ResolvedRule } from '../config/config-schema';
import type { Detector } from '../detect/detector';
import { builtInDetectors } from '../detect/registry';

/** The built-in rules the config leaves on, then the config's own rules. */
export function activeDetectors(config: ResolvedConfig): Detector[] {
  const disabled = new Set(config.disabledRuleIds);
  return [...builtInDetectors.filter((detector) => !disabled.has(detector.id)), ...config.customRules.map(toDetector)];
}

export const builtInRuleIds: ReadonlySet<string> = new Set(builtInDetectors.map((detector) => detector.id));

function toDetector(rule: ResolvedRule): Detector {
  return {
    id: rule.id,
    description: rule.description,
    keywords: rule.keywords,
    pattern: rule.pattern,
    ...(rule.minEntropy === undefined ? {} : { minEntropy: rule.minEntropy }),
    fix: rule.fix,
    // A user's rule brings no examples; the generic detector test covers built-in rules only.
    examples: { detects: () => [], ignores: () => [] },
  };
}
