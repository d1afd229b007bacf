import { memoized } from '../../baseline/baseline-filter';
import type { RecordedFinding } from '../../baseline/reconcile-baseline';
import { parseDiffStream } from '../../diff/parse-diff-stream';
import { streamFilesAtHead } from '../../git/committed-files';
import type { FileDiff } from '../../model/added-line';
import { LeakguardError } from '../../model/errors';
import type { ScanReport } from '../../model/finding';
import { saltedFingerprint, type FingerprintKey } from '../../baseline/salted-fingerprint';
import { scanFileBatches } from '../../scan/scan-diff';
import { untrackedFileBatches } from '../../scan/scan-files';
import { buildScanContext } from '../../scan/scan-staged';

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
 * Scans every tracked file as committed at HEAD (and with includeUntracked the untracked files too) and records each finding as the baseline stores it:
 * file, rule and salted fingerprint. Inline allow comments, .secretignore and the config's allowlist
 * apply first, as in every scan: what they allow needs no entry. Another baseline is never applied.
 */
export async function scanForBaseline(root: string, key: FingerprintKey, options: BaselineScanOptions): Promise<BaselineScan> {
  const chunks = await streamFilesAtHead(root);
  if (chunks === undefined) {
    throw new LeakguardError('USAGE', 'This repository has no commit yet: a baseline records the findings of the committed files at HEAD.', {
      hint: 'Commit first; with nothing committed there are no old findings, and the hook checks every new one.',
    });
  }
  const context = await buildScanContext(root, { ...(options.configPath ? { configPath: options.configPath } : {}), baseline: false });
  const findings: RecordedFinding[] = [];
  const fingerprintOf = memoized((ruleId, secret) => saltedFingerprint(key, ruleId, secret));
  const recorder = {
    isKnown(match: { readonly ruleId: string; readonly file: string; readonly secret: string }): boolean {
      findings.push({ file: match.file, rule: match.ruleId, fingerprint: fingerprintOf(match.ruleId, match.secret) });
      return false;
    },
    // HEAD's files are read as new files: no renames to follow.
    hasEntriesFor: () => false,
    // No entry is known yet: the report's fingerprints are the non-secret ones.
    entryFingerprintOf: () => undefined,
  };
  const committed = parseDiffStream(chunks);
  const batches = options.includeUntracked ? concat(committed, untrackedFileBatches(root, context.isIgnoredPath)) : committed;
  const report = await scanFileBatches(batches, { ...context, baseline: recorder });
  return { findings, report };
}

async function* concat(...sources: AsyncIterable<readonly FileDiff[]>[]): AsyncGenerator<readonly FileDiff[]> {
  for (const source of sources) yield* source;
}
