import { runGit } from './run-git';

export interface MessageConfig {
  /** core.commentChar, "#" when unset. */
  readonly commentChar: string;
  /** commit.cleanup, "default" when unset. */
  readonly cleanupMode: string;
}

/**
 * The settings that decide what git drops from an edited commit message (git-config(1),
 * core.commentChar and commit.cleanup). The commit-msg hook runs on every commit that opens an
 * editor: two small questions asked at once; `--default` answers for an unset key, so an absent
 * setting is not a failure.
 */
export async function readMessageConfig(root: string): Promise<MessageConfig> {
  const ask = async (key: string, fallback: string): Promise<string> => (await runGit(root, ['config', '--get', '--default', fallback, key])).replace(/\n$/, '');
  const [commentChar, cleanupMode] = await Promise.all([ask('core.commentChar', '#'), ask('commit.cleanup', 'default')]);
  return { commentChar, cleanupMode };
}
