import { join } from 'node:path';
import { readHooksLocation } from '../../git/hooks-location';
import { installHook, uninstallHook } from '../../install/install-hook';
import { EXIT_CLEAN, type Command } from '../io';
import { INSTALL_USAGE, describeInstall, describeUninstall } from '../messages/install';
import { parseOptions } from '../parse-options';

const HOOK_NAME = 'pre-commit';
/** This package's entry point, recorded in the hook so it works without node_modules or PATH. */
const CLI_PATH = join(__dirname, '..', '..', '..', 'bin', 'leakguard.js');

export const installCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'install');
  if (values.help) {
    io.stdout(INSTALL_USAGE);
    return EXIT_CLEAN;
  }
  const location = await readHooksLocation(io.cwd);
  const outcome = installHook({ location, hookName: HOOK_NAME, cli: { node: process.execPath, cli: CLI_PATH }, isForced: values.force === true });
  io.stdout(describeInstall(outcome));
  return EXIT_CLEAN;
};

export const uninstallCommand: Command = async (args, io) => {
  const { values } = parseOptions(args, { help: { type: 'boolean', short: 'h' } }, 'uninstall');
  if (values.help) {
    io.stdout(INSTALL_USAGE);
    return EXIT_CLEAN;
  }
  io.stdout(describeUninstall(uninstallHook(await readHooksLocation(io.cwd), HOOK_NAME)));
  return EXIT_CLEAN;
};
