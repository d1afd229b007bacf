import type { ResolvedConfig, ResolvedRule } from '../config/config-schema';
import type { Detector } from '../detect/detector';
import { builtInFileDetectorsForScan } from '../detect/built-in-file-detectors';
import { builtInRulesForScan } from '../detect/built-in-rules';
import type { FileDetector } from '../detect/file-detector';
import { severityOf } from '../detect/rating';
import { isAtLeast, type Severity } from '../model/severity';

const builtInRules = builtInRulesForScan();
const builtInFileRules = builtInFileDetectorsForScan();

/**
 * The built-in rules the config leaves on, then the config's own rules; rules below `minSeverity`
 * are not run at all.
 */
export function activeDetectors(config: ResolvedConfig, minSeverity: Severity = 'low'): Detector[] {
  const disabled = new Set(config.disabledRuleIds);
  const rules = [...builtInRules.filter((detector) => !disabled.has(detector.id)), ...config.customRules.map(toDetector)];
  return rules.filter((detector) => isAtLeast(severityOf(detector), minSeverity));
}

/** The file-name rules the config leaves on, at or above `minSeverity`. */
export function activeFileDetectors(config: ResolvedConfig, minSeverity: Severity = 'low'): FileDetector[] {
  const disabled = new Set(config.disabledRuleIds);
  return builtInFileRules.filter((rule) => !disabled.has(rule.id) && isAtLeast(rule.severity, minSeverity));
}

export const builtInRuleIds: ReadonlySet<string> = new Set([...builtInRules, ...builtInFileRules].map((rule) => rule.id));

function toDetector(rule: ResolvedRule): Detector {
  return {
    id: rule.id,
    description: rule.description,
    keywords: rule.keywords,
    pattern: rule.pattern,
    ...(rule.minEntropy === undefined ? {} : { minEntropy: rule.minEntropy }),
    severity: rule.severity,
    fix: rule.fix,
    // A user's rule brings no examples; the generic detector test covers built-in rules only.
    examples: { detects: () => [], ignores: () => [] },
  };
}
