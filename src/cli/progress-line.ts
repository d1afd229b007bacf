import type { ScanProgress } from '../scan/scan-context';
import type { CliIo } from './io';
import { progressText } from './messages/scan';

/** A scan quicker than this shows nothing: a progress line that flashes by is noise. */
const FIRST_AFTER_MS = 500;
/** Redrawing more often than this costs time and shows nothing a reader can follow. */
const EVERY_MS = 200;

export interface ProgressLine {
  /** Whether it shows at all: only then is a total worth counting. */
  readonly isOnTerminal: boolean;
  readonly update: (progress: ScanProgress) => void;
  /** How many commits there are in all, once known: the line then says "1200 of 5000 commits (24%)". */
  readonly setTotal: (total: number) => void;
  /** Erases the line, so the report starts on a clean line. */
  readonly clear: () => void;
}

/**
 * One line on stderr, overwritten in place (`\r`, then ESC[K to erase what a longer line left), only
 * when stderr is a terminal: in CI logs and pipes a stream of redraws would be garbage.
 */
export function createProgressLine(io: CliIo, now: () => number = Date.now): ProgressLine {
  if (io.isStderrTty !== true) return { isOnTerminal: false, update: () => undefined, setTotal: () => undefined, clear: () => undefined };
  const start = now();
  let lastDrawn = 0;
  let isShown = false;
  let total: number | undefined;
  return {
    isOnTerminal: true,
    update(progress) {
      const time = now();
      if (time - start < FIRST_AFTER_MS || time - lastDrawn < EVERY_MS) return;
      lastDrawn = time;
      isShown = true;
      io.stderr(`\r${progressText(progress, (time - start) / 1000, total)}\x1b[K`);
    },
    setTotal(count) {
      total = count;
    },
    clear() {
      if (isShown) io.stderr('\r\x1b[K');
    },
  };
}
