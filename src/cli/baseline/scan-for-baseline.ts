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
  /** `create --range`: the findings of these commits (as `scan --range` reads them) instead of HEAD's tree. */
  readonly range?: string;
}

export interface BaselineScan {
  readonly findings: readonly RecordedFinding[];
  readonly report: ScanReport;
}

/**
 * Scans every tracked file as committed at HEAD (with includeUntracked the untracked files too; with
 * range the commits of the range instead, for a push that a secret in an older commit blocks) and
 * records each finding as the baseline stores it: file, rule and salted fingerprint. Inline allow
 * comments, .secretignore and the config's allowlist apply first, as in every scan: what they allow
 * needs no entry. Another baseline is never applied.
 */
export async function scanForBaseline(root: string, key: FingerprintKey, options: BaselineScanOptions): Promise<BaselineScan> {
  const source =
    options.range === undefined
      ? await headTreeSource(root, { includeUntracked: options.includeUntracked === true })
      : await (await import('../../scan/sources/commits')).commitsSource(root, { kind: 'range', range: options.range }, { includeMerges: false });
  const findings: RecordedFinding[] = [];
  const fingerprintOf = memoized((ruleId, text) => saltedFingerprint(key, ruleId, text));
  const record = (identity: BaselineIdentity): void => {
    findings.push({ file: identity.file, rule: identity.ruleId, fingerprint: fingerprintOf(identity.ruleId, fingerprintedText(identity)) });
  };
  const report = await scan(source, { ...(options.configPath ? { configPath: options.configPath } : {}), baseline: false, onCandidate: record });
  return { findings, report };
}
