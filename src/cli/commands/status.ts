import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../config/load-config';
import { readHooksLocation } from '../../git/hooks-location';
import { HOOK_NAMES } from '../../install/hook-template';
import { inspectHook, runsLeakguard, strandedShims, type HookState } from '../../install/hook-status';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import { LeakguardError } from '../../model/errors';
import { builtInRuleIds } from '../../scan/active-detectors';
import { probeHook, type HookFinds } from '../hook-probe';
import { EXIT_CLEAN, EXIT_FINDINGS, type Command } from '../io';
import { unexpectedArguments } from '../messages/install';
import { STATUS_USAGE, describeStatus, type ConfigState } from '../messages/status';
import { parseOptions } from '../parse-options';

/**
 * Whether the hooks git runs in this repository call leakguard, and what they would use. Exit 0 when
 * all of them do and can, 1 when one does not (scripts and CI check this), 2 when it cannot tell.
 */
export const statusCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' } }, 'status');
  if (values.help) {
    io.stdout(STATUS_USAGE);
    return EXIT_CLEAN;
  }
  if (positionals.length > 0) throw unexpectedArguments('status', positionals);
  const location = await readHooksLocation(io.cwd);
  const hooks = HOOK_NAMES.map((name) => ({ name, state: inspectHook(location, name) }));
  const finds = await probeFirstLeakguardHook(location.root, hooks.map(({ state }) => state), io.env);
  const config = await readConfigState(location.root);
  const baselinePath = join(location.root, BASELINE_FILE);
  const baseline = existsSync(baselinePath) ? baselinePath : undefined;
  const isEveryHookRunning = hooks.every(({ state }) => runsLeakguard(state));
  // Why a hook does not run leakguard, when the cause is a core.hooksPath set after install.
  const stranded = isEveryHookRunning ? [] : strandedShims(location);
  io.stdout(describeStatus({ location, hooks, stranded, finds, config, baseline }));
  const isWorking = isEveryHookRunning && (finds === undefined || finds.cliAnswer?.isRunning === true) && config.error === undefined;
  return isWorking ? EXIT_CLEAN : EXIT_FINDINGS;
};

/** The shim (or husky block) of the first hook that has one; the others were made from the same template. */
async function probeFirstLeakguardHook(root: string, states: readonly HookState[], env: NodeJS.ProcessEnv): Promise<HookFinds | undefined> {
  const state = states.find(({ kind }) => kind === 'shim' || kind === 'husky-block');
  if (state === undefined) return undefined;
  return probeHook(root, state.kind === 'shim' ? state.recorded : undefined, env);
}

/** The config the hook's scan would load, found and validated the same way. */
async function readConfigState(root: string): Promise<ConfigState> {
  try {
    return { source: (await loadConfig(root, builtInRuleIds)).source };
  } catch (error) {
    if (error instanceof LeakguardError) return { source: undefined, error: error.message };
    throw error;
  }
}
