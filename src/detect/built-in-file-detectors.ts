import { exportNameOf, loadRegistry, readIndex } from './built-in-rules';
import type { FileDetector } from './file-detector';
import type * as Registry from './registry';

/** The file the build writes beside the compiled registry (scripts/write-rule-index.js). */
const FILE_DETECTOR_INDEX = './file-detector-index.json';

/** Where a file detector's module is: file-detectors/<kind> and the export that holds it. */
export interface IndexedFileDetector {
  readonly id: string;
  readonly kind: string;
  readonly exportName: string;
}

/**
 * The built-in file detectors as a scan uses them. Unlike the content rules they load eagerly, all
 * of them: every changed file's name is put to each, so a scan would load them all at its first file
 * anyway, and a dozen small modules cost less than the content registry's hundred. The index only
 * spares a scan the registry, which would load every content detector with them.
 */
export function builtInFileDetectorsForScan(): readonly FileDetector[] {
  const index = readIndex<IndexedFileDetector[]>(FILE_DETECTOR_INDEX);
  return index === undefined ? loadRegistry().builtInFileDetectors : index.map(loadIndexedFileDetector);
}

/** The index the build writes: built from the registry, so the two cannot disagree. */
export function indexFileDetectors(registry: typeof Registry): IndexedFileDetector[] {
  return Object.entries(registry.fileDetectorsByKind).map(([kind, detector]) => ({
    id: detector.id,
    kind,
    exportName: exportNameOf(`./file-detectors/${kind}`, detector),
  }));
}

function loadIndexedFileDetector(entry: IndexedFileDetector): FileDetector {
  const detector = (require(`./file-detectors/${entry.kind}`) as Record<string, FileDetector | undefined>)[entry.exportName];
  // Only a build that skipped writing the index can get here; a wrong rule must not run silently.
  if (detector?.id !== entry.id) throw new Error(`leakguard's ${FILE_DETECTOR_INDEX} does not match file-detectors/${entry.kind} (expected ${entry.id}); rebuild with \`npm run build\``);
  return detector;
}
