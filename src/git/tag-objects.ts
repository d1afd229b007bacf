import { detached } from '../model/detached';
import { LeakguardError } from '../model/errors';
import { runGit, streamGitBytes } from './run-git';

/** An annotated tag object: what `git push` sends besides commits, with a message of its own. */
export interface TagObject {
  readonly sha: string;
  /** The name the tag was made with (its `tag` header). */
  readonly name: string;
  /**
   * The message as the tag holds it, a signed tag's signature included: the armoured signature trips
   * no rule, and cutting at a signature line would leave unread whatever a forged one hides below it.
   */
  readonly message: string;
}

/** The annotated tags any ref points at (`git for-each-ref`: every ref, as `git log --all` reads them). */
export async function tagsOfAllRefs(root: string): Promise<string[]> {
  return namesOfTags(await runGit(root, ['for-each-ref', '--format=%(objecttype) %(objectname)']));
}

/** Which of these names are annotated tags (git-cat-file(1), --batch-check; "<name> missing" otherwise). */
export async function tagsAmong(root: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  return namesOfTags(await runGit(root, ['cat-file', '--batch-check=%(objecttype) %(objectname)'], names.map((name) => `${name}\n`).join('')));
}

const namesOfTags = (output: string): string[] => [...new Set(output.split('\n').filter((line) => line.startsWith('tag ')).map((line) => line.slice(4)))];

/**
 * These tag objects and the tags they point at, through tags of tags, each once. One `git cat-file
 * --batch` per level of nesting; only tags are asked for, so no blob or tree is ever read.
 */
export async function readTagObjects(root: string, tagShas: readonly string[]): Promise<TagObject[]> {
  const seen = new Set<string>();
  const tags: TagObject[] = [];
  let next = [...new Set(tagShas)];
  while (next.length > 0) {
    next.forEach((sha) => seen.add(sha));
    const level = await catTags(root, next);
    tags.push(...level.map((tag) => tag.object));
    next = level.map((tag) => tag.pointsAtTag).filter((sha): sha is string => sha !== undefined && !seen.has(sha));
  }
  return tags;
}

interface ParsedTag {
  readonly object: TagObject;
  /** The tag this one tags, for a tag of a tag. */
  readonly pointsAtTag?: string;
}

/**
 * `git cat-file --batch` prints `<sha> <type> <size>\n<content>\n` per object (git-cat-file(1),
 * BATCH OUTPUT); the size is in bytes, so the output is read as bytes. Tags are small: it is kept whole.
 */
async function catTags(root: string, shas: readonly string[]): Promise<ParsedTag[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamGitBytes(root, ['cat-file', '--batch'], shas.map((sha) => `${sha}\n`).join(''))) chunks.push(chunk);
  const output = Buffer.concat(chunks);
  const tags: ParsedTag[] = [];
  let position = 0;
  while (position < output.length) {
    const headerEnd = output.indexOf(0x0a, position);
    const header = output.subarray(position, headerEnd < 0 ? output.length : headerEnd).toString('utf8');
    const [sha = '', type = '', size = ''] = header.split(' ');
    if (type !== 'tag' || headerEnd < 0) throw unreadableTag(root, header);
    const start = headerEnd + 1;
    tags.push(parseTag(sha, output.subarray(start, start + Number(size)).toString('utf8')));
    position = start + Number(size) + 1;
  }
  return tags;
}

/** A tag object: header lines (`object`, `type`, `tag`, `tagger`), a blank line, the message (git-mktag(1)). */
function parseTag(sha: string, content: string): ParsedTag {
  const blank = content.indexOf('\n\n');
  const headers = (blank < 0 ? content : content.slice(0, blank)).split('\n');
  const field = (name: string): string | undefined => headers.find((line) => line.startsWith(`${name} `))?.slice(name.length + 1);
  const message = blank < 0 ? '' : content.slice(blank + 2);
  const object = { sha: detached(sha), name: detached(field('tag') ?? ''), message };
  const target = field('object');
  return field('type') === 'tag' && target !== undefined ? { object, pointsAtTag: target } : { object };
}

function unreadableTag(root: string, answer: string): LeakguardError {
  return new LeakguardError('GIT_FAILED', `git cat-file --batch in ${root} did not give a tag: "${answer.slice(0, 100)}"`, {
    hint: 'Check the repository with `git fsck`: a tag it names is missing or damaged.',
  });
}
