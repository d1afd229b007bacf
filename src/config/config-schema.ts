import type { UnscannablePolicy } from '../model/finding';
import type { Severity } from '../model/severity';

/** What the program uses: validated, compiled, defaults filled in. */
export interface ResolvedConfig {
  /** The file the config came from, or undefined when there is none. */
  readonly source: string | undefined;
  readonly disabledRuleIds: readonly string[];
  readonly customRules: readonly ResolvedRule[];
  readonly allowedPaths: readonly string[];
  readonly allowedValues: readonly RegExp[];
  readonly unscannable: UnscannablePolicy;
}

export interface ResolvedRule {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
  readonly keywords: readonly string[];
  readonly minEntropy: number | undefined;
  readonly severity: Severity;
  readonly fix: string;
}

export const EMPTY_CONFIG: ResolvedConfig = {
  source: undefined,
  disabledRuleIds: [],
  customRules: [],
  allowedPaths: [],
  allowedValues: [],
  unscannable: 'block',
};
