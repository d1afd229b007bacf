import { join } from 'node:path';
import { readHooksLocation, type HooksLocation } from '../../git/hooks-location';
import { hasTrackedFiles } from '../../git/tracked-files';
import { huskyUserDir } from '../../install/hook-manager';
import { HOOK_NAMES } from '../../install/hook-template';
import { installHook, refusalOf, uninstallHook } from '../../install/install-hook';
import { isRefusal, type InstallRefusal } from '../../install/install-outcome';
import { LeakguardError } from '../../model/errors';
import { EXIT_CLEAN, type CliIo, type Command } from '../io';
import { INSTALL_NEXT_STEPS, INSTALL_USAGE, cannotChangeHook, describeInstall, describeLeftovers, describeUninstall, hooksDirIsCommitted, hooksPathIsMachineWide, installRefused, lefthookRunsLeakguard, notInWorkTree, skippedInCi, unexpectedArguments } from '../messages/install';
import { frameworkRunsLeakguard } from '../messages/pre-commit-framework';
import { parseOptions } from '../parse-options';

/** This package's entry point, recorded in the hook so it works without node_modules or PATH. */
const CLI_PATH = join(__dirname, '..', '..', '..', 'bin', 'leakguard.js');

export const installCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'install');
  if (values.help) {
    io.stdout(INSTALL_USAGE);
    return EXIT_CLEAN;
  }
  if (positionals.length > 0) throw unexpectedArguments('install', positionals);
  const isForced = values.force === true;
  const location = await locationToInstallIn(io, isForced);
  if (location === undefined) return EXIT_CLEAN;
  const requests = HOOK_NAMES.map((hookName) => ({ location, hookName, cli: { node: process.execPath, cli: CLI_PATH }, isForced }));
  // Every refusal is known before the first write: install changes all the hooks or none.
  const refusal = requests.map(refusalOf).find((found) => found !== undefined);
  const alreadyRunning = managerRunsLeakguard(refusal);
  if (alreadyRunning !== undefined) {
    io.stdout(alreadyRunning);
    return EXIT_CLEAN;
  }
  if (refusal !== undefined) throw installRefused(refusal);
  let isChanged = false;
  for (const request of requests) {
    const outcome = explainFileErrors(() => installHook(request));
    if (isRefusal(outcome)) throw installRefused(outcome);
    io.stdout(describeInstall(outcome));
    isChanged ||= outcome.kind !== 'unchanged';
  }
  for (const warning of await sharedHooksWarnings(location)) io.stderr(warning);
  // Once, after the hooks went in: a `prepare` that finds them in place (every npm ci) says no more.
  if (isChanged) io.stdout(INSTALL_NEXT_STEPS);
  return EXIT_CLEAN;
};

/**
 * Where to install, or undefined (said in one line) where there is nothing to guard, so that
 * `"prepare": "leakguard install"` never fails an `npm ci`: in CI (a checkout that commits nothing by
 * hand; --force installs anyway), and outside a git work tree (a Docker build, a package tarball, no git).
 */
/** What to say when the hook manager in the way already runs leakguard: then there is nothing to install. */
function managerRunsLeakguard(refusal: InstallRefusal | undefined): string | undefined {
  if (refusal?.kind === 'refused-pre-commit-framework' && refusal.isConfigured) return frameworkRunsLeakguard(refusal.configPath);
  if (refusal?.kind === 'refused-lefthook' && refusal.configured !== undefined) return lefthookRunsLeakguard(refusal.configured);
  return undefined;
}

async function locationToInstallIn(io: CliIo, isForced: boolean): Promise<HooksLocation | undefined> {
  const ci = io.env.CI;
  if (!isForced && isSet(ci)) {
    io.stdout(skippedInCi(ci));
    return undefined;
  }
  try {
    return await readHooksLocation(io.cwd);
  } catch (error) {
    if (!(error instanceof LeakguardError && error.code === 'NOT_A_REPOSITORY')) throw error;
    io.stdout(notInWorkTree(io.cwd));
    return undefined;
  }
}

/** As CI services set it (CI=true; some CI=1) and tools read it: set, and not empty, 0 or false. */
const isSet = (value: string | undefined): value is string => value !== undefined && !['', '0', 'false'].includes(value.toLowerCase());

export const uninstallCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' } }, 'uninstall');
  if (values.help) {
    io.stdout(INSTALL_USAGE);
    return EXIT_CLEAN;
  }
  if (positionals.length > 0) throw unexpectedArguments('uninstall', positionals);
  const location = await readHooksLocation(io.cwd);
  for (const hookName of HOOK_NAMES) {
    const { outcome, removedLeftovers } = explainFileErrors(() => uninstallHook(location, hookName));
    io.stdout(describeUninstall(outcome) + describeLeftovers(removedLeftovers));
  }
  return EXIT_CLEAN;
};

/**
 * Hooks that reach further than this repository on this machine: a core.hooksPath from the global or
 * system config (git-config(1), --show-scope) runs them in every repository; a directory git tracks
 * hands them to everyone who clones. husky's own directory holds no path of this machine's.
 */
async function sharedHooksWarnings(location: HooksLocation): Promise<string[]> {
  const warnings: string[] = [];
  const scope = location.hooksPathOrigin?.scope;
  if (scope === 'global' || scope === 'system') warnings.push(hooksPathIsMachineWide(location));
  if (huskyUserDir(location) === undefined && (await hasTrackedFiles(location.root, location.hooksDir))) warnings.push(hooksDirIsCommitted(location.hooksDir));
  return warnings;
}

/**
 * A hooks directory the user may not write to (owned by root, read-only mount) is theirs to fix, not
 * a bug: name the file instead of printing a stack.
 */
function explainFileErrors<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      throw cannotChangeHook(error as NodeJS.ErrnoException);
    }
    throw error;
  }
}
