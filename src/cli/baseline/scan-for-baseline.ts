import { memoized } from '../../baseline/baseline-filter';
import { fingerprintedText, type BaselineIdentity } from '../../baseline/baseline-identity';
import type { RecordedFinding } from '../../baseline/reconcile-baseline';
import { saltedFingerprint, type FingerprintKey } from '../../baseline/salted-fingerprint';
import type { ScanReport } from '../../model/finding';
import { scan } from '../../scan/scan';
import { headTreeSource } from '../../scan/sources/head-tree';

export interface BaselineScanOptions {
  readonly configPath?: string;
  /** Also the untracked files of the work tree that .gitignore does not exclude. */
  readonly includeUntracked?: boolean;
}

export interface BaselineScan {
  readonly findings: readonly RecordedFinding[];
  readonly report: ScanReport;
}

/**
 * Scans every tracked file as committed at HEAD (with includeUntracked the untracked files too) and
 * records each finding as the baseline stores it: file, rule and salted fingerprint. Inline allow
 * comments, .secretignore and the config's allowlist apply first, as in every scan: what they allow
 * needs no entry. Another baseline is never applied.
 */
export async function scanForBaseline(root: string, key: FingerprintKey, options: BaselineScanOptions): Promise<BaselineScan> {
  const source = await headTreeSource(root, { includeUntracked: options.includeUntracked === true });
  const findings: RecordedFinding[] = [];
  const fingerprintOf = memoized((ruleId, text) => saltedFingerprint(key, ruleId, text));
  const record = (identity: BaselineIdentity): void => {
    findings.push({ file: identity.file, rule: identity.ruleId, fingerprint: fingerprintOf(identity.ruleId, fingerprintedText(identity)) });
  };
  const report = await scan(source, { ...(options.configPath ? { configPath: options.configPath } : {}), baseline: false, onCandidate: record });
  return { findings, report };
}
