import type { SecretFinder } from '../detect/find-secrets';
import type { CommitInfo, Finding } from '../model/finding';
import { mergeSpans, redactLine } from '../model/redact';

/**
 * What the scan does with findings that come from commits (pre-push, ranges, history):
 *
 * - Each secret is reported once per file, at the first commit that adds it: the log is read parents
 *   first, and a later commit that re-adds the same secret to the same file (an edit of its line, a
 *   revert) says nothing new. Several lines of that first commit are all reported. The key is the
 *   file and the fingerprint, which is already a one-way hash of rule and secret: the same secret in
 *   another file is another place to clean up, and is reported there too.
 * - A subject is shown beside the finding, and a subject can hold a secret too ("add key ghp_…"):
 *   it is redacted with the same rules as the lines.
 */
export class CommitFindings {
  private readonly firstCommitOf = new Map<string, string>();
  private lastCommit: CommitInfo | undefined;
  private lastShown: CommitInfo | undefined;
  private count = 0;

  constructor(private readonly finder: SecretFinder) {}

  /** How many commits have been seen so far. */
  get commitsSeen(): number {
    return this.count;
  }

  /** Counts a commit the first time one of its batches arrives; batches of a commit are contiguous. */
  see(commit: CommitInfo): void {
    if (commit === this.lastCommit) return;
    this.lastCommit = commit;
    this.count++;
  }

  /** The finding with its commit, or undefined when an earlier commit already added the same secret here. */
  attach(finding: Finding, commit: CommitInfo): Finding | undefined {
    const key = `${finding.file}\0${finding.fingerprint}`;
    const first = this.firstCommitOf.get(key);
    if (first !== undefined && first !== commit.sha) return undefined;
    this.firstCommitOf.set(key, commit.sha);
    return { ...finding, commit: this.shown(commit) };
  }

  private shown(commit: CommitInfo): CommitInfo {
    if (this.lastShown?.sha !== commit.sha) {
      const matches = this.finder.findSecrets([{ file: '', line: 0, text: commit.subject }]);
      const subject = matches.length === 0 ? commit.subject : redactLine(commit.subject, mergeSpans(matches), { start: 0, end: 0 });
      this.lastShown = { sha: commit.sha, subject };
    }
    return this.lastShown;
  }
}
