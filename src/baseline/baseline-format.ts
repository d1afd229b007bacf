import { BASELINE_FILE } from './baseline-file';
import { valueOrKindOf } from '../model/describe-value';
import { LeakguardError } from '../model/errors';
import { RULE_ID } from '../model/rule-id';
import { VERSION_1_COST, type FingerprintKey, type ScryptCost } from './salted-fingerprint';

/**
 * The baseline file, `.secretbaseline.jsonl`: JSON Lines, a header line then one line per known finding.
 *
 *   {"format":"leakguard-baseline","version":2,"salt":"6c1f…","scrypt":{"N":65536,"r":8,"p":1}}
 *   {"file":"src/config.ts","rule":"github-classic-token","fingerprint":"9a0e…","verdict":"unreviewed"}
 *
 * Version 2 records the scrypt cost of its fingerprints; version 1 wrote none and means N = 2^14,
 * r = 8, p = 1. A file at that cost is written as version 1: an old file keeps its cost (a new one
 * would change every fingerprint) and its header byte for byte, which a union merge with another
 * branch needs, and older leakguards still read it.
 *
 * No line numbers and no timestamps, and entries sorted by file, rule, fingerprint: an edit elsewhere
 * in a file changes nothing here, and two branches that add entries add different lines, which git's
 * `merge=union` driver joins without a conflict. A union merge can leave the same entry twice (or
 * twice with two verdicts); the loader joins them.
 */
export const BASELINE_FORMAT = 'leakguard-baseline';
export const BASELINE_VERSION = 2;
/**
 * What a file may ask for: a hostile or mistyped cost must not make every scan take minutes or
 * gigabytes. N·r·p at most 2^21 bounds the time to 8 times today's cost and the memory (128·N·r) to 256 MiB.
 */
const COST_LIMITS = { N: { min: 2 ** 14, max: 2 ** 18 }, r: { min: 1, max: 16 }, p: { min: 1, max: 4 } } as const;
const MOST_WORK = 2 ** 21;

export const VERDICTS = ['unreviewed', 'false-positive', 'accepted', 'must-fix'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface BaselineEntry {
  readonly file: string;
  readonly rule: string;
  /** saltedFingerprint(salt, rule, secret): 32 hex digits. */
  readonly fingerprint: string;
  readonly verdict: Verdict;
  readonly note?: string;
}

export interface Baseline extends FingerprintKey {
  /** Random, per baseline file: the same secret fingerprints differently in every repository. */
  readonly salt: string;
  /** The scrypt cost of every fingerprint in the file: the header's (version 2), or VERSION_1_COST. */
  readonly cost: ScryptCost;
  /** Sorted by file, rule, fingerprint; one entry per file and fingerprint. */
  readonly entries: readonly BaselineEntry[];
}

const HEX_32 = /^[0-9a-f]{32}$/;
const HEADER_KEYS = ['format', 'version', 'salt'];
const VERSION_2_HEADER_KEYS = [...HEADER_KEYS, 'scrypt'];
const ENTRY_KEYS = ['file', 'rule', 'fingerprint', 'verdict', 'note'];

/**
 * When a union merge leaves one entry with two verdicts, the more cautious one wins: a finding someone
 * marked must-fix stays reported, and a reviewed verdict beats `unreviewed`.
 */
export const VERDICT_PRECEDENCE: readonly Verdict[] = ['must-fix', 'accepted', 'false-positive', 'unreviewed'];

/** Parses a baseline file's text; any malformed line is an error naming its number and the fault. */
export function parseBaseline(text: string, path: string): Baseline {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const problems: string[] = [];
  const key = readHeader(lines[0], path, problems);
  const entries: BaselineEntry[] = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const entry = readLine(line, key, problems, index + 1);
    if (entry !== undefined) entries.push(entry);
  });
  if (problems.length > 0) {
    throw new LeakguardError('BASELINE_INVALID', `${path} is not a valid leakguard baseline:\n  - ${problems.slice(0, 20).join('\n  - ')}${problems.length > 20 ? `\n  - … and ${problems.length - 20} more` : ''}`, {
      hint: `Fix those lines (one JSON object per line), or take the file from git (\`git checkout -- ${BASELINE_FILE}\`). Nothing was changed.`,
    });
  }
  return { salt: key?.salt ?? '', cost: key?.cost ?? VERSION_1_COST, entries: joinDuplicates(entries) };
}

function readHeader(line: string | undefined, path: string, problems: string[]): FingerprintKey | undefined {
  const header = line === undefined ? undefined : parseObject(line);
  if (header === undefined || header['format'] !== BASELINE_FORMAT) {
    problems.push(`line 1: expected the header {"format":"${BASELINE_FORMAT}","version":${BASELINE_VERSION},"salt":"…"}`);
    return undefined;
  }
  const version = header['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > BASELINE_VERSION) {
    throw new LeakguardError('BASELINE_UNSUPPORTED', `${path} was written by a newer leakguard (baseline format version ${version}; this one reads version ${BASELINE_VERSION}).`, {
      hint: 'Upgrade leakguard (npm i -D leakguard@latest); the file was left as it is.',
    });
  }
  if (version !== 1 && version !== BASELINE_VERSION) problems.push(`line 1: "version" must be 1 or ${BASELINE_VERSION}, got ${valueOrKindOf(version)}`);
  unknownKeys(header, version === 1 ? HEADER_KEYS : VERSION_2_HEADER_KEYS, 1, problems);
  const salt = header['salt'];
  if (typeof salt !== 'string' || !HEX_32.test(salt)) problems.push('line 1: "salt" must be 32 hexadecimal digits');
  const cost = version === 1 ? VERSION_1_COST : readCost(header['scrypt'], problems);
  return typeof salt === 'string' && cost !== undefined ? { salt, cost } : undefined;
}

/** Version 2's `"scrypt":{"N":…,"r":…,"p":…}`, within COST_LIMITS. */
function readCost(value: unknown, problems: string[]): ScryptCost | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`line 1: "scrypt" must be the cost of the fingerprints, {"N":…,"r":…,"p":…}, got ${valueOrKindOf(value)}`);
    return undefined;
  }
  const cost = value as Record<string, unknown>;
  const before = problems.length;
  unknownKeys(cost, Object.keys(COST_LIMITS), 1, problems);
  for (const [name, { min, max }] of Object.entries(COST_LIMITS)) {
    const number = cost[name];
    const isPowerOfTwo = typeof number === 'number' && (number & (number - 1)) === 0;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max || (name === 'N' && !isPowerOfTwo)) {
      problems.push(`line 1: "scrypt.${name}" must be ${name === 'N' ? 'a power of two' : 'an integer'} from ${min} to ${max}, got ${valueOrKindOf(number)}`);
    }
  }
  if (problems.length > before) return undefined;
  const { N, r, p } = cost as unknown as ScryptCost;
  if (N * r * p > MOST_WORK) {
    problems.push(`line 1: "scrypt" asks for N·r·p = ${N * r * p}, more than ${MOST_WORK} (N=2^18, r=8, p=1)`);
    return undefined;
  }
  return { N, r, p };
}

/** Whether another header line names the same salt and cost: what a union merge of one file leaves. */
function isSameKey(header: Record<string, unknown>, key: FingerprintKey | undefined): boolean {
  const cost = (header['version'] === 1 ? VERSION_1_COST : header['scrypt']) as Partial<ScryptCost> | undefined;
  return key !== undefined && header['salt'] === key.salt && cost?.N === key.cost.N && cost.r === key.cost.r && cost.p === key.cost.p;
}

const isVersion1Cost = (cost: ScryptCost): boolean => cost.N === VERSION_1_COST.N && cost.r === VERSION_1_COST.r && cost.p === VERSION_1_COST.p;

function readLine(line: string, key: FingerprintKey | undefined, problems: string[], number: number): BaselineEntry | undefined {
  const object = parseObject(line);
  if (object === undefined) {
    problems.push(`line ${number}: not a JSON object (each line of a baseline is one)`);
    return undefined;
  }
  if (object['format'] === BASELINE_FORMAT) {
    // Identical headers are what a union merge of one file leaves; another salt or cost means two baselines.
    if (!isSameKey(object, key)) problems.push(`line ${number}: a second header with another salt or cost: two baselines created separately were merged. Keep one side's file (\`git checkout --ours ${BASELINE_FILE}\`) and run \`leakguard baseline update --add-new\``);
    return undefined;
  }
  return readEntry(object, number, problems);
}

function readEntry(object: Record<string, unknown>, number: number, problems: string[]): BaselineEntry | undefined {
  const before = problems.length;
  const at = `line ${number}`;
  unknownKeys(object, ENTRY_KEYS, number, problems);
  const { file, rule, fingerprint, verdict, note } = object;
  if (typeof file !== 'string' || file === '') problems.push(`${at}: "file" must be a non-empty path, got ${valueOrKindOf(file)}`);
  if (typeof rule !== 'string' || !RULE_ID.test(rule)) problems.push(`${at}: "rule" must be a rule id, got ${valueOrKindOf(rule)}`);
  if (typeof fingerprint !== 'string' || !HEX_32.test(fingerprint)) problems.push(`${at}: "fingerprint" must be 32 hexadecimal digits`);
  if (!(VERDICTS as readonly unknown[]).includes(verdict)) problems.push(`${at}: "verdict" must be one of ${VERDICTS.join(', ')}, got ${valueOrKindOf(verdict)}`);
  if (note !== undefined && typeof note !== 'string') problems.push(`${at}: "note" must be a string, got ${valueOrKindOf(note)}`);
  if (problems.length > before) return undefined;
  return withNote({ file: file as string, rule: rule as string, fingerprint: fingerprint as string, verdict: verdict as Verdict }, note as string | undefined);
}

/** Writes the baseline: the header, then the entries in their sorted order, one per line. */
export function serializeBaseline(baseline: Baseline): string {
  const { salt, cost } = baseline;
  const header = JSON.stringify(isVersion1Cost(cost) ? { format: BASELINE_FORMAT, version: 1, salt } : { format: BASELINE_FORMAT, version: BASELINE_VERSION, salt, scrypt: { N: cost.N, r: cost.r, p: cost.p } });
  const entries = sortEntries(baseline.entries).map((entry) =>
    JSON.stringify({ file: entry.file, rule: entry.rule, fingerprint: entry.fingerprint, verdict: entry.verdict, ...(entry.note === undefined ? {} : { note: entry.note }) }),
  );
  return [header, ...entries, ''].join('\n');
}

/** By file, then rule, then fingerprint, comparing code units: the same order on every machine and locale. */
export function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint));
}

/** The key of an entry: a secret in a file. */
export const entryKey = (entry: Pick<BaselineEntry, 'file' | 'fingerprint'>): string => `${entry.file}\0${entry.fingerprint}`;

/** Joins entries for the same file and fingerprint: the most cautious verdict and its note win (on a tie, the first). */
export function joinDuplicates(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const entry of entries) {
    const key = entryKey(entry);
    const kept = byKey.get(key);
    if (kept === undefined || VERDICT_PRECEDENCE.indexOf(entry.verdict) < VERDICT_PRECEDENCE.indexOf(kept.verdict)) byKey.set(key, entry);
  }
  return sortEntries([...byKey.values()]);
}

export function withNote(entry: Omit<BaselineEntry, 'note'>, note: string | undefined): BaselineEntry {
  return note === undefined ? entry : { ...entry, note };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function parseObject(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    // JSON.parse's message quotes the line, and a line may hold anything: the caller says only where.
    return undefined;
  }
}

function unknownKeys(object: Record<string, unknown>, known: readonly string[], number: number, problems: string[]): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) problems.push(`line ${number}: unknown key "${key.slice(0, 40)}" (expected ${known.join(', ')})`);
}
