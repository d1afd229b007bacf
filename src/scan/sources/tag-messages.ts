import { textAsAddedLines } from '../../diff/text-as-added-lines';
import type { TagObject } from '../../git/tag-objects';
import type { FileDiff } from '../../model/added-line';
import { TAG_MESSAGE_FILE } from '../../model/commit-line';
import { only } from './batch-streams';

/** Each tag's message as batches of a message named "tag message", numbered from its first line. */
export async function* tagMessageBatches(tags: AsyncIterable<TagObject>): AsyncGenerator<readonly FileDiff[]> {
  for await (const tag of tags) {
    const commit = { sha: tag.sha, subject: tag.message.split('\n', 1)[0] ?? '', tag: tag.name };
    for await (const batch of textAsAddedLines(TAG_MESSAGE_FILE, only(tag.message))) yield [{ ...batch, isMessage: true, commit }];
  }
}
