import type { Launcher } from '../launcher';

/** What a hook's scan is for: the bypass names the git command it belongs to. */
export type HookAction = 'commit' | 'push';

/**
 * The hook's id that `.pre-commit-hooks.yaml` gives leakguard, which pre-commit's SKIP names (a
 * comma-separated list of ids, pre_commit/commands/run.py), and the job name the README's lefthook.yml
 * gives it, which LEFTHOOK_EXCLUDE names (lefthook.dev/usage/envs/LEFTHOOK_EXCLUDE).
 */
const HOOK_ID = 'leakguard';

/**
 * The deliberate ways past this hook that work for the way it was started, the narrowest first:
 * LEAKGUARD_SKIP=1 (read by the shim and by the CLI) skips the scan alone; the framework's own skip
 * skips leakguard's hook there; --no-verify skips every hook (commit-msg too, githooks(5)).
 */
export function bypassLine(launcher: Launcher, action: HookAction): string {
  const git = `git ${action}`;
  const noVerify = `${git} --no-verify`;
  switch (launcher) {
    case 'pre-commit':
      return `To ${action} anyway, deliberately: SKIP=${HOOK_ID} ${git} …  (pre-commit skips the hook with that id; or ${noVerify}: every hook)`;
    case 'lefthook':
      return `To ${action} anyway, deliberately: LEFTHOOK_EXCLUDE=${HOOK_ID} ${git} …  (lefthook skips the job with that name; or ${noVerify}: every hook)`;
    case 'husky':
      return `To ${action} anyway, deliberately: LEAKGUARD_SKIP=1 ${git} …  (only this scan; HUSKY=0 ${git} … or ${noVerify}: every hook)`;
    case 'shim':
    case 'unknown':
      return `To ${action} anyway, deliberately: ${noVerify}  (or LEAKGUARD_SKIP=1 ${git} …)`;
  }
}

/** What a skipped scan says on stderr, as the shim does: a skip is deliberate, and visible. */
export const skippedNotice = (what: string): string => `leakguard: LEAKGUARD_SKIP=1, ${what} ${what.startsWith('this ') ? 'was' : 'were'} NOT scanned for secrets.\n`;

/** LEAKGUARD_SKIP is for hooks: a scan someone asked for by name (CI, `scan .`) runs anyway, and says so. */
export const skipIgnoredNotice = (): string => 'leakguard: LEAKGUARD_SKIP=1 skips the scans hooks run, not this one: scanning.\n';
