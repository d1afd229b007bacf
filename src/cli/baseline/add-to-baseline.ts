import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { entryKey, sortEntries, type Baseline, type BaselineEntry } from '../../baseline/baseline-format';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import { fingerprintedText, type BaselineIdentity } from '../../baseline/baseline-identity';
import { readBaseline } from '../../baseline/read-baseline';
import { NEW_BASELINE_COST, saltedFingerprint, type FingerprintKey } from '../../baseline/salted-fingerprint';
import { LeakguardError } from '../../model/errors';
import type { Finding, ScanReport } from '../../model/finding';
import { scan } from '../../scan/scan';
import { commitsSource } from '../../scan/sources/commits';
import { plural } from '../messages/plural';
import { ensureUnionMerge } from './union-merge-attribute';
import { writeBaseline, type BaselineWriteOptions } from './write-baseline';

export interface BaselineAddOptions extends BaselineWriteOptions {
  /** The commits to find the findings in, as `scan --range` reads them; by default what a push would send. */
  readonly range?: string;
  readonly configPath?: string;
}

export interface BaselineAdded {
  readonly path: string;
  readonly added: readonly BaselineEntry[];
  readonly report: ScanReport;
  readonly isCreated: boolean;
  /** Whether the union merge line was added to .gitattributes (only when the baseline is created). */
  readonly isAttributeAdded: boolean;
}

/**
 * Records the findings a report printed, named by their fingerprints (or a unique prefix of 8 digits
 * or more), as `unreviewed` entries: the commits are scanned again as a push would send them (or
 * `range`), with the baseline applied, so the report's fingerprints are the same, and each finding's
 * secret is fingerprinted with the baseline's salt there and then. Neither the secret nor the
 * fingerprint of a fast hash of it leaves the process. No baseline yet: one is created, as `create` does.
 */
export async function addToBaseline(cwd: string, fingerprints: readonly string[], options: BaselineAddOptions): Promise<BaselineAdded> {
  const source = await commitsSource(cwd, options.range === undefined ? { kind: 'unpushed' } : { kind: 'range', range: options.range }, { includeMerges: false });
  const path = join(source.root, BASELINE_FILE);
  const old = existsSync(path) ? await readBaseline(path) : undefined;
  const identities = new Map<string, BaselineIdentity>();
  const report = await scan(source, { ...(options.configPath ? { configPath: options.configPath } : {}), onFinding: (finding, identity) => identities.set(finding.fingerprint, identity) });
  const key: FingerprintKey = old ?? { salt: randomBytes(16).toString('hex'), cost: NEW_BASELINE_COST };
  const added = uniqueEntries(fingerprints.map((wanted) => entryOf(chosenFinding(report, wanted, options.range), identities, key, old)));
  const wanted: Baseline = { salt: key.salt, cost: key.cost, entries: sortEntries([...(old?.entries ?? []), ...added]) };
  await writeBaseline(path, old, wanted, options);
  return { path, added, report, isCreated: old === undefined, isAttributeAdded: old === undefined && ensureUnionMerge(source.root) };
}

/** The one finding of the report whose fingerprint is or starts with `wanted`. */
function chosenFinding(report: ScanReport, wanted: string, range: string | undefined): Finding {
  const matching = report.findings.filter((finding) => finding.fingerprint.startsWith(wanted));
  if (matching.length === 1) return matching[0] as Finding;
  const read = range === undefined ? 'the commits no remote has' : `the commits of ${range}`;
  if (matching.length === 0) {
    throw new LeakguardError('USAGE', `No finding with the fingerprint ${wanted} in ${read} (${plural(report.findings.length, 'finding')} there); nothing was written.`, {
      hint: 'Copy the fingerprint printed under the finding. If the scan that printed it read other commits, name them: leakguard baseline add FINGERPRINT --range A..B',
    });
  }
  throw new LeakguardError('USAGE', `${matching.length} findings in ${read} have a fingerprint that starts with ${wanted}; nothing was written.`, { hint: 'Give more of the fingerprint (all 32 digits are unique).' });
}

function entryOf(finding: Finding, identities: ReadonlyMap<string, BaselineIdentity>, key: FingerprintKey, old: Baseline | undefined): BaselineEntry {
  const identity = identities.get(finding.fingerprint) as BaselineIdentity;
  const entry: BaselineEntry = { file: identity.file, rule: identity.ruleId, fingerprint: saltedFingerprint(key, identity.ruleId, fingerprintedText(identity)), verdict: 'unreviewed' };
  // A reported finding the baseline has is a must-fix one: someone decided it stays reported.
  if (old?.entries.some((known) => entryKey(known) === entryKey(entry))) {
    throw new LeakguardError('USAGE', `The finding ${finding.fingerprint} (${finding.ruleId} in ${finding.file}) is marked must-fix in ${BASELINE_FILE}; nothing was written.`, {
      hint: 'A must-fix entry stays reported until its verdict changes: `leakguard baseline audit`, or edit its line in the file.',
    });
  }
  return entry;
}

/** A secret reported at several places in one file is one entry, as the baseline keeps it. */
const uniqueEntries = (entries: readonly BaselineEntry[]): BaselineEntry[] => [...new Map(entries.map((entry) => [entryKey(entry), entry])).values()];
