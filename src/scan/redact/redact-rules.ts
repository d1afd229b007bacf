import { isAllowedValue } from '../../allow/apply-allowlists';
import { loadConfig } from '../../config/load-config';
import { createSecretFinder, type StreamSecretFinder } from '../../detect/find-secrets';
import type { RawMatch } from '../../model/raw-match';
import type { Severity } from '../../model/severity';
import { activeDetectors, builtInRuleIds } from '../active-detectors';
import { automataFor } from '../config-automata';
import { severityFloor } from '../stages/severity-floor';

/** How `leakguard redact` is asked to run. */
export interface RedactOptions {
  /** --config: a config file to use instead of searching the root. */
  readonly configPath?: string;
  /** --min-severity: rules below it are not run, and what they would find is not masked. */
  readonly minSeverity?: Severity;
}

/** What a stream is masked with: the scan's rules, and which of their matches are masked. */
export interface RedactRules {
  readonly finder: StreamSecretFinder;
  /** At or above --min-severity, and not a value the config's allowlist.values accepts. */
  readonly masks: (match: RawMatch) => boolean;
}

/**
 * The rules of the config at `root` as a scan of it runs them: its own rules, the rules it turns off,
 * allowlist.values. `.secretignore` and allowlist.paths name files, and a stream is none; an inline
 * allow comment and the baseline accept a secret where it is committed, which does not make it safe to
 * print in a log: neither applies.
 */
export async function loadRedactRules(root: string, options: RedactOptions = {}): Promise<RedactRules> {
  const config = await loadConfig(root, builtInRuleIds, options.configPath);
  const detectors = activeDetectors(config, options.minSeverity);
  const meetsMinimum = severityFloor(detectors, options.minSeverity);
  const allowlist = { values: config.allowedValues };
  return {
    finder: createSecretFinder(detectors, (await automataFor(config)).automata),
    masks: (match) => meetsMinimum(match) && !isAllowedValue(match.secret, allowlist),
  };
}
