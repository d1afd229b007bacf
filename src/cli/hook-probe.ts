import { execFile } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { renderHook, type CliLocation } from '../install/hook-template';

/** What a hook would run, as the shim finds it: the node, and the CLI's script or a launcher. */
export interface HookFinds {
  readonly node: string | undefined;
  readonly cli: string | undefined;
  readonly launcher: string | undefined;
  /** `node --version` of that node. */
  readonly nodeVersion: string | undefined;
  /** What that node and CLI say when asked their version: leakguard's, or why they cannot run. */
  readonly cliAnswer: { readonly isRunning: boolean; readonly text: string } | undefined;
}

/**
 * Asks the shim itself where it finds node and leakguard (LEAKGUARD_PROBE=1: it prints what it found
 * and stops), so that status follows the shim's search order instead of a copy of it. It runs this
 * leakguard's own template, with the paths recorded in the installed hook: never code from a file in
 * the repository, which a clone could have put there.
 */
export async function probeHook(root: string, recorded: CliLocation | undefined, env: NodeJS.ProcessEnv): Promise<HookFinds> {
  const probeEnv = { ...env, LEAKGUARD_PROBE: '1', LEAKGUARD_SKIP: '' };
  // Every hook searches alike; pre-commit's is asked because it reads no stdin (pre-push waits for refs).
  // The probe blocks (exit 2) by design, so that a stray LEAKGUARD_PROBE never lets a commit through.
  const { stdout } = await runQuietly('sh', ['-c', renderHook('pre-commit', recorded), 'pre-commit'], root, probeEnv);
  const found = (name: string) => new RegExp(`^${name}=(.+)$`, 'm').exec(stdout)?.[1];
  const node = found('node');
  const cli = found('cli');
  const launcher = found('launcher');
  const nodeVersion = node === undefined ? undefined : (await runQuietly(node, ['--version'], root, env)).stdout.trim() || undefined;
  const command = cli !== undefined && node !== undefined ? [node, cli] : launcher !== undefined ? [launcher] : undefined;
  // As the shim does, a launcher gets the node found there on PATH.
  const launcherEnv = node === undefined ? env : { ...env, PATH: `${dirname(node)}${delimiter}${env.PATH ?? ''}` };
  const answer = command === undefined ? undefined : await runQuietly(command[0] as string, [...command.slice(1), '--version'], root, launcherEnv);
  const cliAnswer = answer === undefined ? undefined : { isRunning: answer.exitCode === 0, text: (answer.exitCode === 0 ? answer.stdout : answer.stderr).trim() };
  return { node, cli, launcher, nodeVersion, cliAnswer };
}

interface Ran {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a small command to its end; a failure to start it at all reads as exit 127, as in sh. */
function runQuietly(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, [...args], { cwd, env, encoding: 'utf8', timeout: 10_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 127;
      resolve({ exitCode: code, stdout, stderr: stderr || (error?.message ?? '') });
    });
  });
}
