import type { SecretFinder } from '../detect/find-secrets';
import type { CommitInfo } from '../model/finding';
import { mergeSpans, redactLine } from '../model/redact';
import type { FindingDraft } from './to-finding';

/**
 * What the scan does with findings that come from commits (pre-push, ranges, history):
 *
 * - Each secret is reported once per file, at the first commit that adds it: the log is read parents
 *   first, and a later commit that re-adds the same secret to the same file (an edit of its line, a
 *   revert) says nothing new. Several lines of that first commit are all reported. The key is the
 *   file and localSecretKey of rule and secret (not the report's fingerprint, which is made of the
 *   redacted line and cannot tell two secrets on the same line apart): the same secret in another
 *   file is another place to clean up, and is reported there too.
 * - A subject is shown beside the finding, and a subject can hold a secret too ("add key ghp_…"):
 *   it is redacted with the same rules as the lines (the message itself is scanned as a batch of
 *   its own, see attachToMessage).
 */
export class CommitFindings {
  private readonly firstCommitOf = new Map<string, string>();
  private lastShown: CommitInfo | undefined;

  constructor(private readonly finder: SecretFinder) {}

  /** The finding with its commit, or undefined when an earlier commit already added the same secret here. */
  attach<T extends FindingDraft>(finding: T, commit: CommitInfo, secretKey: string): T | undefined {
    const key = `${finding.file}\0${secretKey}`;
    const first = this.firstCommitOf.get(key);
    if (first !== undefined && first !== commit.sha) return undefined;
    this.firstCommitOf.set(key, commit.sha);
    return { ...finding, commit: this.shown(commit) };
  }

  /**
   * A finding in a commit's or tag's message, with its commit: reported in every message that holds
   * it, since rewriting one message leaves the others as they are, and a later message is never an
   * edit of an earlier one.
   */
  attachToMessage<T extends FindingDraft>(finding: T, commit: CommitInfo): T {
    return { ...finding, commit: this.shown(commit) };
  }

  private shown(commit: CommitInfo): CommitInfo {
    if (this.lastShown?.sha !== commit.sha) {
      const tag = commit.tag === undefined ? {} : { tag: this.redacted(commit.tag) };
      this.lastShown = { sha: commit.sha, subject: this.redacted(commit.subject), ...tag };
    }
    return this.lastShown;
  }

  /** A subject (or a tag's name, which is the user's text too) redacted like a line. */
  private redacted(text: string): string {
    const matches = this.finder.findSecrets([{ file: '', line: 0, text }]);
    return matches.length === 0 ? text : redactLine(text, mergeSpans(matches), { start: 0, end: 0 });
  }
}
