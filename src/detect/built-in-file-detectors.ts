import type { Severity } from '../model/severity';
import { exportNameOf, loadRegistry, readIndex, recordsLoadedOnUse } from './built-in-rules';
import type { FileDetector } from './file-detector';
import type * as Registry from './registry';

/** The file the build writes beside the compiled registry (scripts/write-rule-index.js). */
const FILE_DETECTOR_INDEX = './file-detector-index.json';

/** What a scan needs to know of a file detector before a file's name calls for it. */
export interface IndexedFileDetector {
  readonly id: string;
  /** The file-detectors/<kind> module, and the export that holds the detector. */
  readonly kind: string;
  readonly exportName: string;
  readonly severity: Severity;
  readonly namePattern: { readonly source: string; readonly flags: string };
}

/**
 * The built-in file detectors as a scan uses them. Every changed file's name is put to each of them,
 * but loading their dozen modules eagerly cost 5 to 8 ms (medians, a busy 2-core machine; a clean
 * commit's scan takes about 140) where the one file they came from cost 1, and almost no commit
 * adds a file of theirs. So, like the content rules, they load lazily: the index holds each one's
 * name pattern and severity (what the matcher reads first), and a detector's module loads when a
 * path fits its name. Without the index (the tests run from src/) the registry is loaded whole.
 */
export function builtInFileDetectorsForScan(): readonly FileDetector[] {
  const index = readIndex<IndexedFileDetector[]>(FILE_DETECTOR_INDEX);
  return index === undefined ? loadRegistry().builtInFileDetectors : index.map(lazyFileDetector);
}

/** The index the build writes: built from the registry, so the two cannot disagree. */
export function indexFileDetectors(registry: typeof Registry): IndexedFileDetector[] {
  return Object.entries(registry.fileDetectorsByKind).map(([kind, detector]) => ({
    id: detector.id,
    kind,
    exportName: exportNameOf(`./file-detectors/${kind}`, detector),
    severity: detector.severity,
    namePattern: { source: detector.namePattern.source, flags: detector.namePattern.flags },
  }));
}

/** The fields read once a path fits the name: they come from the detector's module. */
const LOADED_ON_USE = ['description', 'confidence', 'label', 'holdsSecret', 'secretIn', 'binaryIsSecret', 'fix', 'examples'] as const;

const lazyFileDetector = recordsLoadedOnUse<FileDetector, IndexedFileDetector>(LOADED_ON_USE, loadIndexedFileDetector, (entry) => ({
  id: entry.id,
  severity: entry.severity,
  namePattern: new RegExp(entry.namePattern.source, entry.namePattern.flags),
}));

function loadIndexedFileDetector(entry: IndexedFileDetector): FileDetector {
  const detector = (require(`./file-detectors/${entry.kind}`) as Record<string, FileDetector | undefined>)[entry.exportName];
  // Only a build that skipped writing the index can get here; a wrong rule must not run silently.
  if (detector?.id !== entry.id) throw new Error(`leakguard's ${FILE_DETECTOR_INDEX} does not match file-detectors/${entry.kind} (expected ${entry.id}); rebuild with \`npm run build\``);
  return detector;
}
