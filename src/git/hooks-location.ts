import { queryGit } from './git-query';
import { absolutePath, askWorkTree } from './repo-facts';

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
  const [root, hooks = ''] = await askWorkTree(cwd, ['--git-path', 'hooks']);
  const setting = (await queryGit(root, ['config', '--get', 'core.hooksPath'])).trim();
  return { root, hooksDir: absolutePath(cwd, hooks), hooksPathSetting: setting === '' ? undefined : setting };
}
