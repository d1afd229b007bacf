import type { FileSample } from '../../src/detect/file-detector';
import type { FileDiff } from '../../src/model/added-line';

/** A file detector's example as the scan hands it over: one file's batch of added lines. */
export function fileSampleAsBatch(sample: FileSample): FileDiff {
  return {
    file: sample.path,
    isBinary: sample.isBinary ?? false,
    addedLines: sample.lines.map((text, index) => ({ file: sample.path, line: index + 1, text })),
  };
}
