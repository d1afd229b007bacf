import { join } from 'node:path';
import { BASELINE_FILE } from '../../baseline/baseline-file';
import { writeFileAtomic } from '../../fs/atomic-write';
import { linkedFileOf } from '../../fs/linked-file';
import { readIfExists } from '../../fs/read-if-exists';

export const GITATTRIBUTES_FILE = '.gitattributes';
export const UNION_MERGE_LINE = `${BASELINE_FILE} merge=union`;

/**
 * Makes git join two branches' baseline entries instead of reporting a conflict: git's built-in union
 * merge driver keeps the lines of both sides (gitattributes(5), "merge"). The line is added to the
 * repository root's .gitattributes unless a line for the baseline is there already (the user's own
 * choice is left alone). Returns whether it added the line.
 */
export function ensureUnionMerge(root: string): boolean {
  const path = join(root, GITATTRIBUTES_FILE);
  const text = readIfExists(path) ?? '';
  const mentionsBaseline = text.split('\n').some((line) => {
    const pattern = line.trim().split(/\s+/)[0];
    return pattern === BASELINE_FILE || pattern === `/${BASELINE_FILE}`;
  });
  if (mentionsBaseline) return false;
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  // A .gitattributes shared through a symbolic link stays shared: the file it points to is edited.
  writeFileAtomic(linkedFileOf(path), `${text}${separator}${UNION_MERGE_LINE}\n`);
  return true;
}
