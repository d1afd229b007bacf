import { UNSCANNABLE_POLICIES, type UnscannablePolicy } from '../model/finding';

/**
 * `"unscannable": "block" | "report"`: what a file leakguard cannot read whole does to the scan.
 * Absent, it blocks: a scan that did not see a file must not pass as if it had (fail closed); the
 * report names the file and the reason, and this key or .secretignore is the deliberate way out.
 * Returns the policy, or the problem to report under the key.
 */
export function readUnscannable(value: unknown): { readonly policy: UnscannablePolicy; readonly problem?: string } {
  if (value === undefined) return { policy: 'block' };
  if ((UNSCANNABLE_POLICIES as readonly unknown[]).includes(value)) return { policy: value as UnscannablePolicy };
  // The value is not quoted back: a misplaced secret must not be printed.
  return { policy: 'block', problem: 'expected "block" (the default) or "report"' };
}
