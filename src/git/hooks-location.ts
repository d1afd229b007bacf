import { isAbsolute, resolve } from 'node:path';
import { LeakguardError } from '../model/errors';
import { queryGit } from './git-query';

export interface HooksLocation {
  /** The work tree's top-level directory. */
  readonly root: string;
  /**
   * The directory git runs hooks from: `core.hooksPath` when set, else the common git directory's
   * hooks/, which linked worktrees share (githooks(5)).
   */
  readonly hooksDir: string;
  /** core.hooksPath as configured, when it is: hook managers (husky) set it. */
  readonly hooksPathSetting: string | undefined;
}

export async function readHooksLocation(cwd: string): Promise<HooksLocation> {
  let output: string;
  try {
    output = await queryGit(cwd, ['rev-parse', '--show-toplevel', '--git-path', 'hooks']);
  } catch (error) {
    throw new LeakguardError('NOT_A_REPOSITORY', `${cwd} is not inside a git work tree.`, {
      hint: 'Run `leakguard install` inside the repository to protect (`git init` first for a new one).',
      cause: error,
    });
  }
  const [root = '', hooks = ''] = output.split('\n');
  const setting = (await queryGit(root, ['config', '--get', 'core.hooksPath'])).trim();
  return { root, hooksDir: isAbsolute(hooks) ? hooks : resolve(cwd, hooks), hooksPathSetting: setting === '' ? undefined : setting };
}
