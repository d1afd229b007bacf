import { existsSync } from 'node:fs';
import { parseDiffStream } from '../../diff/parse-diff-stream';
import { readRepoFacts } from '../../git/repo-facts';
import { startStagedDiff, streamStagedDiff, streamStagedFilesWhole } from '../../git/staged-diff';
import type { AddedLine, FileDiff } from '../../model/added-line';
import { withBlobContent } from '../blob-stage';
import type { ScanSource, SourceContext } from './source';

/**
 * What `git commit` would record now: the index (or the temporary index git names in GIT_INDEX_FILE
 * during `git commit -a`) against HEAD, added lines only. What the pre-commit hook scans.
 */
export async function stagedSource(cwd: string): Promise<ScanSource> {
  // git diffs while the repository is asked for its root and the config is read: a hook waited for
  // these two git calls one after the other.
  const diff = startStagedDiff(cwd);
  const { root, mergeHeadPath } = await readRepoFacts(cwd);
  const isMerging = existsSync(mergeHeadPath);
  let isNewLine: Promise<LinePredicate | undefined> | undefined;
  const newLinesOnly = (context: SourceContext) => (isNewLine ??= isMerging ? linesNewToMergedBranch(root, context) : Promise.resolve(undefined));
  return {
    root,
    readsCommits: false,
    batches: (context) => keepLines(diffBatches(root, diff, context), newLinesOnly(context)),
    readWhole: (requests, context) => keepLines(diffBatches(root, streamStagedFilesWhole(root, requests.map((request) => request.file)), context), newLinesOnly(context)),
  };
}

type LinePredicate = (line: AddedLine) => boolean;

/** A diff's batches with what git would not diff as text read from its blobs. */
const diffBatches = (root: string, chunks: AsyncIterable<string>, context: SourceContext): AsyncGenerator<readonly FileDiff[]> =>
  withBlobContent(parseDiffStream(chunks), { root, isIgnoredPath: context.isIgnoredPath });

/**
 * While a merge is being committed, the index is compared with HEAD, so everything the other branch
 * brings looks added. A line is new only if it is added against both parents; this reads the diff
 * against MERGE_HEAD and keeps the lines that side does not have either.
 */
async function linesNewToMergedBranch(root: string, context: SourceContext): Promise<LinePredicate> {
  const addedAgainstTheirs = new Set<string>();
  // Binary files' content too: else a merge would drop every line read from a blob.
  for await (const batches of diffBatches(root, streamStagedDiff(root, 'MERGE_HEAD'), context)) {
    for (const batch of batches) for (const line of batch.addedLines) addedAgainstTheirs.add(`${line.file}\0${line.text}`);
  }
  return (line) => addedAgainstTheirs.has(`${line.file}\0${line.text}`);
}

async function* keepLines(source: AsyncIterable<readonly FileDiff[]>, predicate: Promise<LinePredicate | undefined>): AsyncGenerator<readonly FileDiff[]> {
  const isKept = await predicate;
  if (isKept === undefined) return yield* source;
  for await (const batches of source) yield batches.map((batch) => ({ ...batch, addedLines: batch.addedLines.filter(isKept) }));
}
