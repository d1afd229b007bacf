import type { ScanReport } from '../model/finding';
import { runPipeline } from './pipeline';
import { buildScanContext, type ScanOptions } from './scan-context';
import type { ScanSource } from './sources/source';

/** Scans what `source` reads with the rules, allowlists and baseline of its root. Reads only; writes nothing. */
export async function scan(source: ScanSource, options: ScanOptions = {}): Promise<ScanReport> {
  return runPipeline(source, await buildScanContext(source.root, options));
}
