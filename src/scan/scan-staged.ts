import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPathIgnore } from '../allow/path-ignore';
import { loadConfig } from '../config/load-config';
import { parseDiffStream } from '../diff/parse-diff-stream';
import { readRepoFacts } from '../git/repo-facts';
import { streamStagedDiff, streamStagedFilesWhole } from '../git/staged-diff';
import type { AddedLine } from '../model/added-line';
import { LeakguardError } from '../model/errors';
import type { ScanReport } from '../model/finding';
import type { Severity } from '../model/severity';
import { activeDetectors, activeFileRules, builtInRuleIds } from './active-detectors';
import { loadBaselineFilter, type BaselineChoice } from '../baseline/read-baseline';
import { withBlobContent } from './blob-stage';
import { scanDiffStream, type DiffScanContext, type WholeFileRequest } from './scan-diff';

export const SECRETIGNORE_FILE = '.secretignore';

export interface StagedScanOptions extends BaselineChoice {
  readonly cwd: string;
  /** --config: a config file to use instead of searching the repository root. */
  readonly configPath?: string;
  /** --min-severity: rules below it are not run. */
  readonly minSeverity?: Severity;
}

/** Scans the added lines of what `git commit` would record now. Reads only; writes nothing. */
export async function scanStaged(options: StagedScanOptions): Promise<ScanReport> {
  const { root, mergeHeadPath } = await readRepoFacts(options.cwd);
  const context = await buildScanContext(root, options);
  const isNewLine = existsSync(mergeHeadPath) ? await linesNewToMergedBranch(context) : undefined;
  const readWholeFiles = (requests: readonly WholeFileRequest[]) => parseDiffStream(streamStagedFilesWhole(root, requests.map((request) => request.file)));
  return scanDiffStream(streamStagedDiff(root), { ...context, ...(isNewLine ? { isNewLine } : {}) }, readWholeFiles);
}

/** Everything a scan needs besides its source: the active rules and the allowlists. */
export async function buildScanContext(
  root: string,
  options: Omit<StagedScanOptions, 'cwd'> = {},
): Promise<DiffScanContext> {
  const config = await loadConfig(root, builtInRuleIds, options.configPath);
  const ignoreFilePath = join(root, SECRETIGNORE_FILE);
  const ignoreFile = { path: ignoreFilePath, text: await readOptionalFile(ignoreFilePath) };
  const isIgnoredPath = createPathIgnore({ ignoreFile, allowedPaths: { source: config.source, globs: config.allowedPaths } });
  const baseline = await loadBaselineFilter(root, options);
  return {
    root,
    unscannable: config.unscannable,
    detectors: activeDetectors(config, options.minSeverity),
    fileRules: activeFileRules(config, options.minSeverity),
    isIgnoredPath,
    allowlist: { values: config.allowedValues },
    ...(baseline ? { baseline } : {}),
  };
}

/**
 * While a merge is being committed, the index is compared with HEAD, so everything the other branch
 * brings looks added. A line is new only if it is added against both parents; this reads the diff
 * against MERGE_HEAD and keeps the lines that side does not have either.
 */
async function linesNewToMergedBranch(context: DiffScanContext): Promise<(line: AddedLine) => boolean> {
  const addedAgainstTheirs = new Set<string>();
  // Binary files' content too: else a merge would drop every line read from a blob.
  for await (const batches of withBlobContent(parseDiffStream(streamStagedDiff(context.root, 'MERGE_HEAD')), context)) {
    for (const batch of batches) for (const line of batch.addedLines) addedAgainstTheirs.add(`${line.file}\0${line.text}`);
  }
  return (line) => addedAgainstTheirs.has(`${line.file}\0${line.text}`);
}

async function readOptionalFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new LeakguardError('IO_FAILED', `Could not read ${path}: ${(error as Error).message}`, {
      hint: 'Check the file\'s permissions, or remove it.',
      cause: error,
    });
  }
}
