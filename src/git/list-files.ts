import { streamGit } from './run-git';

/**
 * The work tree's files under `pathspecs` (relative to `root`) as git sees them: the tracked ones, from
 * the index, and the untracked ones that .gitignore, .git/info/exclude and core.excludesFile do not
 * exclude, exactly as `git status` would show them. Names are relative to the root and arrive as git
 * prints them, so a monorepo's hundred thousand files are never held in one string. A tracked file
 * deleted from disk is still listed: the reader skips what it cannot find. `isUntrackedOnly` lists
 * only the untracked ones.
 */
export async function* listWorkTreeFiles(root: string, pathspecs: readonly string[], options: { readonly isUntrackedOnly?: boolean } = {}): AsyncGenerator<string> {
  // -z: names end with NUL and are never quoted. --literal-pathspecs: a name with `*` is that name.
  const which = options.isUntrackedOnly ? ['--others'] : ['--cached', '--others'];
  const args = ['--literal-pathspecs', 'ls-files', '-z', ...which, '--exclude-standard', '--', ...pathspecs];
  let partial = '';
  let previous = '';
  for await (const chunk of streamGit(root, args)) {
    const names = (partial + chunk).split('\0');
    partial = names.pop() ?? '';
    for (const name of names) {
      // An unmerged file is listed once per conflict stage, one after another.
      if (name !== previous) yield name;
      previous = name;
    }
  }
}
