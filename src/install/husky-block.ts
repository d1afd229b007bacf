import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { readIfExists } from '../fs/read-if-exists';
import { EXECUTABLE, modeOf } from './hook-files';
import { hasScanningBlock, removeScanningBlock, replaceScanningBlock } from './hook-template';
import type { InstallOutcome, UninstallOutcome } from './install-hook';

/**
 * The start of a husky hook file that leakguard created. uninstall deletes the file only when this is
 * all that is left, so a file the user had before (or has since added to) is never deleted.
 */
const CREATED_FILE_HEADER = '#!/usr/bin/env sh\n# Created by `leakguard install`; `leakguard uninstall` deletes it when nothing else is here.\n';

/**
 * Appends leakguard's block to the user's husky hook file, keeping every other line. A file without a
 * final newline gets one before the block, and keeps it after uninstall.
 */
export function addHuskyBlock(path: string, block: string): InstallOutcome {
  const existing = readIfExists(path);
  if (existing === undefined) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, CREATED_FILE_HEADER + block, EXECUTABLE);
    return { kind: 'husky-block-added', path, isFileCreated: true };
  }
  if (hasScanningBlock(existing)) {
    // Updated where it stands: the user may have moved it or written lines after it.
    const updated = replaceScanningBlock(existing, block);
    if (updated === existing) return { kind: 'unchanged', path };
    writeFileAtomic(path, updated, modeOf(path));
    return { kind: 'husky-block-updated', path };
  }
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  writeFileAtomic(path, existing + separator + block, modeOf(path));
  return { kind: 'husky-block-added', path, isFileCreated: false };
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
