import { LeakguardError } from '../model/errors';
import type { ForeignBaseline } from './imported-entry';
import { readDetectSecrets } from './read-detect-secrets';
import { readGitleaksIgnore, readGitleaksReport } from './read-gitleaks';

const FORMATS_HINT = 'baseline import reads a detect-secrets .secrets.baseline, a .gitleaksignore or a gitleaks JSON report (--report-format json).';

/**
 * Another scanner's triage, told apart by its shape: a JSON list is a gitleaks report, a JSON object
 * with `results` a detect-secrets baseline, anything else the lines of a `.gitleaksignore`.
 */
export function parseForeignBaseline(text: string, path: string): ForeignBaseline {
  const unreadable: string[] = [];
  if (!/^\s*[[{]/.test(text)) return { format: '.gitleaksignore', entries: readGitleaksIgnore(text, unreadable), unreadable };
  const value = parseJson(text, path);
  if (Array.isArray(value)) return { format: 'gitleaks report', entries: readGitleaksReport(value, unreadable), unreadable };
  if (typeof value === 'object' && value !== null && 'results' in value) {
    return { format: 'detect-secrets baseline', entries: readDetectSecrets((value as { results: unknown }).results, unreadable), unreadable };
  }
  throw new LeakguardError('BASELINE_INVALID', `${path} is JSON, but neither a detect-secrets baseline (an object with "results") nor a gitleaks report (a list of findings).`, { hint: FORMATS_HINT });
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the fault, and a gitleaks report holds secrets.
    throw new LeakguardError('BASELINE_INVALID', `${path} starts like JSON but is not valid JSON.`, { hint: FORMATS_HINT });
  }
}
