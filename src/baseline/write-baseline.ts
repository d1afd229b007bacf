import { readFileSync } from 'node:fs';
import { serializeBaseline, type Baseline } from '../allow/baseline-format';
import { writeFileAtomic } from '../fs/atomic-write';
import { LeakguardError } from '../model/errors';

/**
 * Writes the baseline atomically (temp file + rename): a reader, or a crash, sees the old file or the
 * new one, never half of either. Unchanged content is not rewritten. Returns whether it wrote.
 */
export function writeBaseline(path: string, baseline: Baseline): boolean {
  const text = serializeBaseline(baseline);
  if (readIfExists(path) === text) return false;
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new LeakguardError('IO_FAILED', `Could not write the baseline ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      hint: 'Check that you may write to that directory; the previous baseline, if any, is unchanged.',
      cause: error,
    });
  }
  return true;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Missing or unreadable: write, and let the write report a real problem.
    return undefined;
  }
}
