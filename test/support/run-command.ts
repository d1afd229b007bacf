import type { CliIo, Command } from '../../src/cli/io';
import type { TempRepo } from './temp-repo';

export interface Ran {
  readonly exitCode: number;
  readonly stdout: string;
}

/**
 * Runs a command the way the CLI would, in the repo's isolated git environment: git reads
 * GIT_CONFIG_GLOBAL and friends from the process, and the developer's own core.hooksPath must not count.
 */
export async function runIn(repo: TempRepo, command: Command, args: readonly string[], cwd = repo.dir): Promise<Ran> {
  const saved = { ...process.env };
  // Exactly the repo's environment: a variable it leaves out on purpose (CI) must not come through.
  for (const key of Object.keys(process.env)) if (!(key in repo.env)) delete process.env[key];
  Object.assign(process.env, repo.env);
  let stdout = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: () => undefined, env: process.env, cwd, isStdoutTty: false };
  try {
    return { exitCode: await command(args, io), stdout };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
