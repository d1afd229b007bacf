import type { UnscannablePolicy } from '../model/finding';
import type { Severity } from '../model/severity';

/** What users write, in package.json's "leakguard" key, .leakguardrc or leakguard.config.js. */
export interface UserConfig {
  /** Built-in rule ids to switch off. */
  readonly disable?: readonly string[];
  /** Extra rules, same shape as built-in ones. */
  readonly rules?: readonly UserRule[];
  readonly allowlist?: {
    /** Path globs (micromatch) whose files are not scanned. */
    readonly paths?: readonly string[];
    /** Regexes; a secret matching one is accepted. */
    readonly values?: readonly string[];
  };
  /** A file leakguard cannot read whole (an LFS object not fetched, a blob over 100 MB): "block" (the default) or "report". */
  readonly unscannable?: UnscannablePolicy;
}

export interface UserRule {
  readonly id: string;
  readonly description: string;
  /** A JavaScript regex source. A named group `secret` marks the secret; without one, the whole match is. */
  readonly pattern: string;
  readonly keywords: readonly string[];
  readonly minEntropy?: number;
  /** low, medium, high (the default) or critical. */
  readonly severity?: Severity;
  readonly fix?: string;
}

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
