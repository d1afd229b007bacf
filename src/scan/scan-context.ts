import { join } from 'node:path';
import { createPathIgnore } from '../allow/path-ignore';
import type { ValueAllowlist } from '../allow/apply-allowlists';
import type { PathPredicate } from '../allow/path-ignore';
import type { BaselineFilter } from '../baseline/baseline-filter';
import type { BaselineCandidate, BaselineIdentity } from '../baseline/baseline-identity';
import { loadBaselineFilter, type BaselineChoice } from '../baseline/read-baseline';
import { loadConfig } from '../config/load-config';
import type { Detector } from '../detect/detector';
import type { AutomatonStore } from '../detect/rule-prefilter';
import { readIfExists } from '../fs/read-if-exists';
import type { FileDetector } from '../detect/file-detector';
import type { Finding, UnscannablePolicy } from '../model/finding';
import type { Severity } from '../model/severity';
import { activeDetectors, activeFileDetectors, builtInRuleIds } from './active-detectors';
import { automataFor } from './config-automata';

export const SECRETIGNORE_FILE = '.secretignore';

/** How a scan is asked to run, whatever it reads. */
export interface ScanOptions extends BaselineChoice {
  /** --config: a config file to use instead of searching the repository root. */
  readonly configPath?: string;
  /** --min-severity: rules below it are not run, and matches a rule rates below it are not reported. */
  readonly minSeverity?: Severity;
  /** Told how far the scan has got, after each piece of the source: the CLI may show it. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /**
   * Called with every match the allowlists let through, before the baseline looks at it: how
   * `baseline create` learns what to record. The scan itself is unchanged by it.
   */
  readonly onCandidate?: (candidate: BaselineCandidate) => void;
  /**
   * Called with every finding as it is reported, with its fingerprint, and the identity the baseline
   * would know it by: how `baseline add` finds the secret behind a fingerprint the report printed.
   */
  readonly onFinding?: (finding: Finding, identity: BaselineIdentity) => void;
}

export interface ScanProgress {
  readonly commits: number;
  readonly files: number;
  readonly lines: number;
  readonly findings: number;
}

/** Everything a scan needs besides its source: the active rules, the allowlists and the baseline. */
export interface ScanContext extends Pick<ScanOptions, 'onProgress' | 'onCandidate' | 'onFinding' | 'minSeverity'> {
  readonly detectors: readonly Detector[];
  /** Rules that report a file by its name (key stores, .env with values), binary files included. */
  readonly fileDetectors: readonly FileDetector[];
  /** The config's `unscannable`: whether a file that could not be read whole blocks. */
  readonly unscannable: UnscannablePolicy;
  readonly isIgnoredPath: PathPredicate;
  readonly allowlist: ValueAllowlist;
  /** Findings the baseline file already knows: not reported (unless marked must-fix), only counted. */
  readonly baseline?: BaselineFilter;
  /** Where the prefilter keeps the automaton of the built-in and the config's rules (automaton-store.ts). */
  readonly automata?: AutomatonStore;
}

/** Reads the config, .secretignore and the baseline of `root` into the context of one scan. */
export async function buildScanContext(root: string, options: ScanOptions = {}): Promise<ScanContext> {
  const config = await loadConfig(root, builtInRuleIds, options.configPath);
  const ignoreFilePath = join(root, SECRETIGNORE_FILE);
  const ignoreFile = { path: ignoreFilePath, text: readIfExists(ignoreFilePath, "Check the file's permissions, or remove it.") ?? '' };
  const isIgnoredPath = createPathIgnore({ ignoreFile, allowedPaths: { source: config.source, globs: config.allowedPaths } });
  const baseline = await loadBaselineFilter(root, options);
  return {
    unscannable: config.unscannable,
    detectors: activeDetectors(config, options.minSeverity),
    ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
    fileDetectors: activeFileDetectors(config, options.minSeverity),
    isIgnoredPath,
    allowlist: { values: config.allowedValues },
    ...(baseline ? { baseline } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onCandidate ? { onCandidate: options.onCandidate } : {}),
    ...(options.onFinding ? { onFinding: options.onFinding } : {}),
    ...(await automataFor(config)),
  };
}
