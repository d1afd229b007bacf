import { runGit } from './run-git';

/** What this repository knows of a remote's branches: its remote-tracking refs. */
export interface RemoteTracking {
  /** `origin/main` and the like, each present under refs/remotes/<remote>/. */
  readonly branches: ReadonlySet<string>;
  /** What refs/remotes/<remote>/HEAD points at (`origin/main`), the remote's default branch, when clone or `git remote set-head` recorded it. */
  readonly head: string | undefined;
}

/**
 * One `git for-each-ref` of refs/remotes/<remote>/ (a remote given as a URL has none). %(symref) is
 * the target of a symbolic ref, empty for others (git-for-each-ref(1), FIELD NAMES).
 */
export async function remoteTracking(root: string, remote: string): Promise<RemoteTracking> {
  const lines = (await runGit(root, ['for-each-ref', '--format=%(refname:short)%00%(symref:short)', `refs/remotes/${remote}/`])).split('\n');
  const branches = new Set<string>();
  let head: string | undefined;
  for (const line of lines) {
    const [name = '', target = ''] = line.split('\0');
    if (target !== '') head = target;
    else if (name !== '') branches.add(name);
  }
  return { branches, head };
}

/** Whether the commit has a parent: `<sha>~1` names an object (git-cat-file(1), --batch-check says "missing" otherwise). */
export async function hasParent(root: string, sha: string): Promise<boolean> {
  return !(await runGit(root, ['cat-file', '--batch-check=%(objectname)'], `${sha}~1\n`)).includes('missing');
}
