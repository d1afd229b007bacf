import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { readIfExists } from '../fs/read-if-exists';
import { EXECUTABLE, modeOf } from './hook-files';
import { hasScanningBlock, removeScanningBlock, replaceScanningBlock, scanningBlockStart } from './hook-template';
import type { InstallOutcome, UninstallOutcome } from './install-outcome';

/**
 * The start of a husky hook file that leakguard created. uninstall deletes the file only when this is
 * all that is left, so a file the user had before (or has since added to) is never deleted.
 */
const CREATED_FILE_HEADER = '#!/usr/bin/env sh\n# Created by `leakguard install`; `leakguard uninstall` deletes it when nothing else is here.\n';

/**
 * Puts leakguard's block into the user's husky hook file, keeping every other line (see
 * withBlockAtTop). A block already there is updated where it stands (the user may have moved it, or
 * written lines after it), unless a line before it ends the script: then it moves to the top.
 */
export function addHuskyBlock(path: string, block: string): InstallOutcome {
  const existing = readIfExists(path);
  if (existing === undefined) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, CREATED_FILE_HEADER + block, EXECUTABLE);
    return { kind: 'husky-block-added', path, isFileCreated: true };
  }
  const start = scanningBlockStart(existing);
  const endingLine = start >= 0 ? endingLineBefore(existing, start) : undefined;
  if (endingLine !== undefined) {
    writeFileAtomic(path, withBlockAtTop(removeScanningBlock(existing), block), modeOf(path));
    return { kind: 'husky-block-updated', path, movedAbove: endingLine };
  }
  if (start >= 0) {
    const updated = replaceScanningBlock(existing, block);
    if (updated === existing) return { kind: 'unchanged', path };
    writeFileAtomic(path, updated, modeOf(path));
    return { kind: 'husky-block-updated', path };
  }
  writeFileAtomic(path, withBlockAtTop(existing, block), modeOf(path));
  return { kind: 'husky-block-added', path, isFileCreated: false };
}

/**
 * The block goes after the lines that open the file (the shebang, comments, and husky 4-8's
 * `. "$(dirname -- "$0")/_/husky.sh"`, which runs the file again under `sh -e` and exits: the block
 * before it would run twice), before the user's first command. Anywhere later, a line of the user's
 * could end the script before it: `exit 0`, `exec npx lint-staged`, `[ -n "$CI" ] && exit 0`, an exit
 * inside an if; finding each of those would mean parsing sh, while nothing before the first command
 * can end it. uninstall takes the block out and leaves the file as it was. A file of opening lines
 * only, without a final newline, gets one first (and keeps it).
 */
function withBlockAtTop(text: string, block: string): string {
  let offset = 0;
  for (;;) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end < 0 ? text.length : end);
    if (offset === text.length || !isOpeningLine(line)) return text.slice(0, offset) + block + text.slice(offset);
    if (end < 0) return `${text}\n${block}`;
    offset = end + 1;
  }
}

const isOpeningLine = (line: string): boolean => line.startsWith('#') || /^\.\s.*\/husky\.sh["']?\s*$/.test(line);

/**
 * The first line before `offset` that ends the script whatever happens (`exit` or `exec` at the start
 * of a line), so a block after it never runs: where an earlier leakguard appended its block.
 */
export function endingLineBefore(text: string, offset: number): string | undefined {
  return /^(?:exit|exec)\b.*$/m.exec(text.slice(0, offset))?.[0];
}

export function removeHuskyBlock(path: string): UninstallOutcome {
  const existing = readIfExists(path);
  if (existing === undefined || !hasScanningBlock(existing)) return { kind: 'not-installed', path };
  const rest = removeScanningBlock(existing);
  if (rest === CREATED_FILE_HEADER) {
    rmSync(path);
    return { kind: 'husky-block-removed', path, isFileDeleted: true };
  }
  writeFileAtomic(path, rest, modeOf(path));
  return { kind: 'husky-block-removed', path, isFileDeleted: false };
}
