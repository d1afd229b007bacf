import { EXIT_CLEAN, EXIT_ERROR, type CliIo, type Command } from './io';
import { describeError } from './messages/errors';
import { MAIN_USAGE, unknownCommand } from './messages/usage';
import { readVersion } from './version';

/** Each command is loaded only when it runs: the hook pays for `scan`, never for `install`. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  install: async () => (await import('./commands/install')).installCommand,
  uninstall: async () => (await import('./commands/install')).uninstallCommand,
  status: async () => (await import('./commands/status')).statusCommand,
  scan: async () => (await import('./commands/scan')).scanCommand,
  rules: async () => (await import('./commands/rules')).rulesCommand,
  baseline: async () => (await import('./commands/baseline')).baselineCommand,
  redact: async () => (await import('./commands/redact')).redactCommand,
};

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(MAIN_USAGE);
    return name === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${readVersion()}\n`);
    return EXIT_CLEAN;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr(`${unknownCommand(name, Object.keys(COMMANDS))}\n\n${MAIN_USAGE}`);
    return EXIT_ERROR;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    io.stderr(describeError(error));
    return EXIT_ERROR;
  }
}
