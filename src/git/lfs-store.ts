import { join } from 'node:path';
import { absolutePath } from './repo-facts';
import { runGit } from './run-git';

/**
 * Where Git LFS keeps this repository's objects: `<storage>/objects/<oid[0:2]>/<oid[2:4]>/<oid>`
 * (git-lfs docs/spec.md, "Intercepting Git"), with `<storage>` the `lfs.storage` setting
 * (git-lfs-config(5): relative paths are inside the git directory) or `<git common dir>/lfs`: one
 * store shared by every worktree. Asked only when a scan meets an LFS pointer.
 */
export async function lfsObjectLocator(root: string): Promise<(oid: string) => string> {
  const gitDir = absolutePath(root, (await runGit(root, ['rev-parse', '--git-common-dir'])).trim());
  const configured = (await runGit(root, ['config', '--default', '', '--get', 'lfs.storage'])).trim();
  const store = configured === '' ? join(gitDir, 'lfs') : absolutePath(gitDir, configured);
  return (oid) => join(store, 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);
}
