import type { CliIo } from './io';
import { processAncestors } from './process-ancestors';

/** What started this scan, as far as the launching tool says so: it decides which bypass works. */
export type Launcher = 'shim' | 'husky' | 'pre-commit' | 'lefthook' | 'unknown';

/** What our shim (hooks/shim.sh) sets for the scan it runs: the hook file's path, its `$0`. */
export const SHIM_HOOK_FILE_VARIABLE = 'LEAKGUARD_HOOK_FILE';

/** From the CLI up to the git that ran the hook: sh, npx's node, the hook manager, its hook script. */
const ANCESTOR_DEPTH = 8;

/**
 * Each tool is known by what it really sets, never by a config file lying around:
 * - our shim passes LEAKGUARD_HOOK_FILE; in husky's directory its block is in a husky hook file
 *   (husky runs `.husky/<hook>` with `sh -e`, so `$0` is that path);
 * - the pre-commit framework sets PRE_COMMIT=1 for every hook it runs (pre_commit/commands/run.py);
 * - lefthook 2 sets nothing of its own for a job (checked with lefthook 2.2.1: its jobs see git's
 *   environment only) and runs it as `sh -c` under its own process, named lefthook;
 * - husky (v9's `.husky/_/h`) sets nothing either and runs `sh -e .husky/<hook>`: that command line.
 */
export function detectLauncher(io: Pick<CliIo, 'env' | 'parentPid'>): Launcher {
  const hookFile = io.env[SHIM_HOOK_FILE_VARIABLE];
  if (hookFile !== undefined && hookFile !== '') return isInHuskyDir(hookFile) ? 'husky' : 'shim';
  if (io.env['PRE_COMMIT'] === '1') return 'pre-commit';
  if (io.parentPid === undefined) return 'unknown';
  const ancestors = processAncestors(io.parentPid, ANCESTOR_DEPTH);
  if (ancestors.some((ancestor) => ancestor.name === 'lefthook' || ancestor.name === 'lefthook.exe')) return 'lefthook';
  if (ancestors.some((ancestor) => ancestor.commandLine.split(' ').some(isInHuskyDir))) return 'husky';
  return 'unknown';
}

const isInHuskyDir = (path: string): boolean => /(?:^|[/\\])\.husky[/\\][^/\\]+$/.test(path);
