import { parseDiffStream } from '../../diff/parse-diff-stream';
import { streamFilesAtHead } from '../../git/committed-files';
import { listWorkTreeFiles } from '../../git/list-files';
import { readRepoFacts } from '../../git/repo-facts';
import { LeakguardError } from '../../model/errors';
import { withBlobContent } from '../blob-stage';
import { concat, oneAtATime } from './batch-streams';
import { readFilesAsAddedLines } from './read-files';
import type { ScanSource } from './source';

/**
 * Every tracked file as committed at HEAD, every line added, and with `includeUntracked` the
 * untracked files of the work tree that .gitignore does not exclude: what a baseline records.
 */
export async function headTreeSource(cwd: string, options: { readonly includeUntracked: boolean }): Promise<ScanSource> {
  const { root } = await readRepoFacts(cwd);
  const chunks = await streamFilesAtHead(root);
  if (chunks === undefined) {
    throw new LeakguardError('USAGE', 'This repository has no commit yet: a baseline records the findings of the committed files at HEAD.', {
      hint: 'Commit first; with nothing committed there are no old findings, and the hook checks every new one.',
    });
  }
  return {
    root,
    readsCommits: false,
    batches: (context) => {
      const committed = withBlobContent(parseDiffStream(chunks), { root, isIgnoredPath: context.isIgnoredPath });
      if (!options.includeUntracked) return committed;
      const untracked = listWorkTreeFiles(root, ['.'], { isUntrackedOnly: true });
      return concat(committed, oneAtATime(readFilesAsAddedLines({ root, files: untracked }, context.isIgnoredPath)));
    },
  };
}
