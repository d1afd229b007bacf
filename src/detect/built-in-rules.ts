import type { Severity } from '../model/severity';
import type { Detector, LineWindow } from './detector';
import type { CompactAutomaton } from './keyword-automaton';
import { severityOf } from './rating';
import type * as Registry from './registry';

/** The file the build writes beside the compiled registry (scripts/write-rule-index.js). */
const RULE_INDEX = './rule-index.json';
/** The indexed rules' keyword automaton, written by the same build step (src/detect/keyword-automaton.ts says why). */
const KEYWORD_AUTOMATON = './keyword-automaton.json';

/** What a scan needs to know of a rule before a line calls for it. */
export interface IndexedRule {
  readonly id: string;
  /** The detector file, without extension, under detectors/. */
  readonly file: string;
  /** The file's export holding its rules, and this rule's place in it. */
  readonly exportName: string;
  readonly position: number;
  readonly keywords: readonly string[];
  readonly severity: Severity;
  readonly isGeneric: boolean;
  /** The prefilter spreads a windowed rule's keywords over the lines whose window holds them. */
  readonly window?: LineWindow;
}

/**
 * The built-in rules as a scan uses them. Loading all hundred detector modules costs about 13 ms, a
 * sixth of a clean commit's scan, and most commits need none of them: the keyword prefilter decides
 * before any pattern runs. So the build records what the prefilter and the rule selection read (id,
 * keywords, window, severity) in an index, and a rule's module is loaded the first time a line holds
 * one of its keywords. Without the index (the tests run from src/) the registry is loaded whole.
 */
export function builtInRulesForScan(): readonly Detector[] {
  return (rulesForScan ??= loadRulesForScan());
}

/** Once per process: the prefilter knows the built-in rules by identity (src/detect/rule-prefilter.ts). */
let rulesForScan: readonly Detector[] | undefined;

function loadRulesForScan(): readonly Detector[] {
  const index = readIndex<IndexedRule[]>(RULE_INDEX);
  return index === undefined ? loadRegistry().builtInDetectors : index.map(lazyDetector);
}

/** The keyword automaton of builtInRulesForScan()'s rules, in their order, where the build wrote one. */
export function builtInKeywordAutomaton(): CompactAutomaton | undefined {
  const automaton = readIndex<CompactAutomaton>(KEYWORD_AUTOMATON);
  if (automaton === undefined) return undefined;
  // Written from the same index: a mismatch means a build wrote one and not the other.
  if (automaton.ruleCount !== builtInRulesForScan().length) throw new Error(`leakguard's ${KEYWORD_AUTOMATON} does not match its ${RULE_INDEX}; rebuild with \`npm run build\``);
  return automaton;
}

/** The index the build writes: built from the registry, so the two cannot disagree. */
export function indexRules(registry: typeof Registry): IndexedRule[] {
  return Object.entries(registry.detectorsByProvider).flatMap(([file, detectors]) => {
    const exportName = exportNameOf(`./detectors/${file}`, detectors);
    return detectors.map((detector, position) => ({
      id: detector.id,
      file,
      exportName,
      position,
      keywords: detector.keywords,
      severity: severityOf(detector),
      isGeneric: detector.isGeneric === true,
      ...(detector.window === undefined ? {} : { window: detector.window }),
    }));
  });
}

/** The name under which the module at `path` (relative to this file) exports `value`, as the registry lists it. */
export function exportNameOf(path: string, value: unknown): string {
  const moduleExports = require(path) as Record<string, unknown>;
  const exportName = Object.keys(moduleExports).find((name) => moduleExports[name] === value);
  if (exportName === undefined) throw new Error(`${path.slice(2)} does not export the rules the registry lists for it`);
  return exportName;
}

/** An index the build writes beside this file, or undefined where there is none (the tests run from src/). */
export function readIndex<Index>(path: string): Index | undefined {
  try {
    return require(path) as Index;
  } catch {
    return undefined;
  }
}

export function loadRegistry(): typeof Registry {
  return require('./registry') as typeof Registry;
}

/** The fields only matching and reporting read: they come from the rule's module, loaded on first read. */
const LOADED_ON_USE = ['description', 'pattern', 'minEntropy', 'validate', 'confidence', 'isWeakSecret', 'fix', 'examples'] as const;

/** A Detector whose id, keywords and severity are at hand and whose pattern loads on first use. */
const lazyDetector = recordsLoadedOnUse<Detector, IndexedRule>(LOADED_ON_USE, loadIndexedRule, (entry) => ({
  id: entry.id,
  keywords: entry.keywords,
  severity: entry.severity,
  isGeneric: entry.isGeneric,
  ...(entry.window === undefined ? {} : { window: entry.window }),
}));

const ENTRY = Symbol('index entry');
const LOADED = Symbol('loaded record');
interface PendingRecord<Rule, Entry> {
  readonly [ENTRY]: Entry;
  [LOADED]?: Rule;
}

/**
 * A maker of records from index entries: the fields `known` takes from the entry are at hand, the
 * other `fields` come from what `load` returns for the entry, called once per record, at the first
 * read of one of them. The getters sit on one prototype the records share: defining eight getters on
 * each of 524 rules cost 48 million instructions (callgrind) on every scan, a tenth of node's own
 * start-up; the prototype costs 2 million.
 */
export function recordsLoadedOnUse<Rule extends object, Entry>(fields: readonly (keyof Rule)[], load: (entry: Entry) => Rule, known: (entry: Entry) => Partial<Rule>): (entry: Entry) => Rule {
  const prototype = {};
  for (const field of fields) {
    Object.defineProperty(prototype, field, {
      get(this: PendingRecord<Rule, Entry>) {
        return (this[LOADED] ??= load(this[ENTRY]))[field];
      },
      enumerable: true,
    });
  }
  return (entry) => Object.assign(Object.create(prototype) as object, known(entry), { [ENTRY]: entry }) as Rule;
}

function loadIndexedRule(entry: IndexedRule): Detector {
  const detectors = (require(`./detectors/${entry.file}`) as Record<string, readonly Detector[] | undefined>)[entry.exportName];
  const detector = detectors?.[entry.position];
  // Only a build that skipped writing the index can get here; a wrong rule must not run silently.
  if (detector?.id !== entry.id) throw new Error(`leakguard's ${RULE_INDEX} does not match detectors/${entry.file} (expected ${entry.id}); rebuild with \`npm run build\``);
  return detector;
}
