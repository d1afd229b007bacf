/**
 * How an error message names a wrong value. A config is written by hand and may hold a secret under
 * the wrong key, so its messages name the kind only (kindOf). The baseline's values are written by
 * leakguard (rule ids, verdicts, costs), so its messages show a short one as it is (valueOrKindOf).
 */
const LONGEST_SHOWN = 24;

/** `a list`, `an object`, `a string`, `null`: never the value itself. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A number, a boolean or a short string as it is (`"fine"`, `0`); a longer string by its length. */
export function valueOrKindOf(value: unknown): string {
  if (typeof value === 'string') return value.length <= LONGEST_SHOWN ? JSON.stringify(value) : `a string of ${value.length} characters`;
  if (value === null || typeof value !== 'object') return String(value);
  return kindOf(value);
}
