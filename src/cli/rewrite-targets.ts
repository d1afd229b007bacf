import { parsePushInput } from '../git/pushed-commits';
import { hasParent, remoteTracking } from '../git/remote-refs';
import { readRepoFacts } from '../git/repo-facts';
import type { ScanReport } from '../model/finding';
import type { RewriteTarget } from './messages/commit-advice';

const SHORT_SHA = 7;
const BRANCH = 'refs/heads/';
const isZero = (sha: string): boolean => /^0+$/.test(sha);

/**
 * For each branch a blocked push sends, where `git rebase -i` starts: the remote branch it updates
 * (`origin/main`, from git's pre-push input, when this repository tracks it), for a new branch the
 * remote's default branch, and otherwise the parent of the oldest commit that adds a finding (the
 * report lists commits parents first), or `--root`.
 */
export async function rewriteTargets(cwd: string, remote: string, pushInput: string, report: ScanReport): Promise<RewriteTarget[]> {
  const updates = parsePushInput(pushInput).filter((ref) => !isZero(ref.localSha) && !ref.localRef.startsWith('refs/tags/'));
  if (updates.length === 0) return [];
  const { root } = await readRepoFacts(cwd);
  const tracking = await remoteTracking(root, remote);
  let fallback: string | undefined;
  const targets: RewriteTarget[] = [];
  for (const ref of updates) {
    const local = ref.localRef.startsWith(BRANCH) ? ref.localRef.slice(BRANCH.length) : ref.localSha.slice(0, SHORT_SHA);
    const remoteBranch = ref.remoteRef.startsWith(BRANCH) ? `${remote}/${ref.remoteRef.slice(BRANCH.length)}` : undefined;
    let base = isZero(ref.remoteSha) ? tracking.head : remoteBranch !== undefined && tracking.branches.has(remoteBranch) ? remoteBranch : undefined;
    base ??= fallback ??= await oldestParent(root, report);
    targets.push({ local, base, range: base === '--root' ? local : `${base}..${local}` });
  }
  return targets;
}

async function oldestParent(root: string, report: ScanReport): Promise<string> {
  const oldest = report.findings.find((finding) => finding.commit !== undefined && finding.commit.tag === undefined)?.commit?.sha;
  if (oldest === undefined || !(await hasParent(root, oldest))) return '--root';
  return `${oldest.slice(0, SHORT_SHA)}~1`;
}
