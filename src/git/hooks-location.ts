import { join } from 'node:path';
import { LeakguardError } from '../model/errors';
import { GitStderr, runGit } from './run-git';
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
  /**
   * Where that setting comes from: git's scope (system, global, local, worktree, command) and the
   * file. A global or system one applies to every repository on the machine.
   */
  readonly hooksPathOrigin: { readonly scope: string; readonly file: string } | undefined;
  /** The common git directory's hooks/: where git looks when core.hooksPath is not set. */
  readonly defaultHooksDir: string;
}

export async function readHooksLocation(cwd: string): Promise<HooksLocation> {
  const [root, hooks = '', commonDir = ''] = await askWorkTree(cwd, ['--git-path', 'hooks', '--git-common-dir']);
  // One line, "SCOPE<TAB>ORIGIN<TAB>VALUE" (git-config(1), --show-scope and --show-origin), e.g.
  // "local	file:.git/config	.husky/_"; nothing when the setting is absent.
  const answer = (await runGit(root, ['config', '--show-scope', '--show-origin', '--get', 'core.hooksPath']).catch(unlessUnset)).replace(/\n$/, '');
  const [scope = '', origin = '', ...value] = answer.split('\t');
  const setting = value.join('\t');
  return {
    root,
    hooksDir: absolutePath(cwd, hooks),
    hooksPathSetting: setting === '' ? undefined : setting,
    hooksPathOrigin: setting === '' ? undefined : { scope, file: origin.replace(/^file:/, '') },
    defaultHooksDir: join(absolutePath(cwd, commonDir), 'hooks'),
  };
}

/**
 * `git config --get` exits 1, saying nothing, for a key that is not set (git-config(1), EXIT STATUS);
 * `--default` would answer instead, but git aborts when it is combined with --show-origin (2.39).
 */
function unlessUnset(error: unknown): string {
  const cause = error instanceof LeakguardError ? error.cause : undefined;
  if (cause instanceof GitStderr && cause.exitCode === 1 && cause.stderr.trim() === '') return '';
  throw error;
}
