import type { Dirent } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { PathPredicate } from '../allow/path-ignore';
import { blobAsAddedLines } from '../diff/blob-as-added-lines';
import { PROBE_BYTES } from '../diff/decode-blob';
import { textAsAddedLines } from '../diff/text-as-added-lines';
import { listWorkTreeFiles } from '../git/list-files';
import { readRepoFacts } from '../git/repo-facts';
import type { FileDiff } from '../model/added-line';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';
import type { ScanReport } from '../model/finding';
import { scanFileBatches } from './scan-diff';
import { buildScanContext, type StagedScanOptions } from './scan-staged';

/** The name piped text is reported under. */
export const STDIN_NAME = '<stdin>';

export type FilesScanOptions = Pick<StagedScanOptions, 'cwd' | 'configPath' | 'minSeverity' | 'baseline' | 'matchAnyFile'>;

/** Where the files are: the root their names are relative to, and the names, streamed. */
export interface FileSelection {
  readonly root: string;
  readonly files: AsyncIterable<string>;
  /** Symbolic links named on the command line: followed, where links met on the way are not. */
  readonly namedLinks?: ReadonlySet<string>;
}

/** Scans every line of the files under `paths` (files or directories, relative to cwd). Reads only. */
export async function scanFiles(paths: readonly string[], options: FilesScanOptions): Promise<ScanReport> {
  const selection = await selectFiles(options.cwd, paths);
  const context = await buildScanContext(selection.root, options);
  return scanFileBatches(oneAtATime(readFilesAsAddedLines(selection, context.isIgnoredPath)), context);
}

/** Scans piped text (logs, CI output) as one file named `<stdin>`, line by line as it arrives. */
export async function scanText(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, options: FilesScanOptions): Promise<ScanReport> {
  const { root } = await locateRoot(options.cwd);
  const context = await buildScanContext(root, options);
  return scanFileBatches(oneAtATime(textAsAddedLines(STDIN_NAME, decodeUtf8(chunks))), context);
}

/** The untracked files of the work tree that .gitignore does not exclude, one batch at a time. */
export function untrackedFileBatches(root: string, isIgnoredPath: PathPredicate): AsyncGenerator<readonly FileDiff[]> {
  return oneAtATime(readFilesAsAddedLines({ root, files: listWorkTreeFiles(root, ['.'], { isUntrackedOnly: true }) }, isIgnoredPath));
}

/**
 * Inside a git work tree, git lists the files of the directories named, so .gitignore is honoured
 * exactly as git honours it, and names are relative to the repository root (where .secretignore and
 * the config live). A file named explicitly is read even if .gitignore excludes it: the user asked for
 * it. Outside a work tree directories are walked: every file except `.git` directories.
 */
export async function selectFiles(cwd: string, paths: readonly string[]): Promise<FileSelection> {
  const { root, isRepository } = await locateRoot(cwd);
  const targets = await Promise.all(paths.map((path) => existingPath(cwd, path)));
  // git lists a symbolic link as the link, never what it points to: a linked directory named on the
  // command line is walked, as a directory outside the repository would be.
  const inside = targets.filter((target) => isRepository && isWithin(root, target.path) && !(target.isLink && target.isDirectory));
  const namedFiles = inside.filter((target) => !target.isDirectory).map((target) => toName(root, target.path));
  const directories = inside.filter((target) => target.isDirectory).map((target) => relative(root, target.path) || '.');
  const listed = directories.length > 0 ? except(new Set(namedFiles), listWorkTreeFiles(root, directories)) : none();
  const outside = targets.filter((target) => !inside.includes(target)).map((target) => target.path);
  const named = targets.filter((target) => target.isLink).map((target) => toName(root, target.path));
  return { root, files: concat(new Set(namedFiles), listed, walkAll(root, outside)), namedLinks: new Set(named) };
}

/**
 * Each listed file as batches of added lines. Ignored files are not read, but still arrive as an empty
 * batch so the report can list them. A file git would call binary (a NUL in its first 8000 bytes) is
 * marked so, then read as a blob is: UTF-16/UTF-32 decoded, a real binary's printable runs. Symbolic links
 * are not followed (git records where they point, not what), nor is anything that is not a file.
 */
export async function* readFilesAsAddedLines(selection: FileSelection, isIgnoredPath: PathPredicate): AsyncGenerator<FileDiff> {
  for await (const file of selection.files) {
    if (isIgnoredPath(file)) yield { file, isBinary: false, addedLines: [] };
    else yield* readFileAsAddedLines(join(selection.root, file), file, selection.namedLinks?.has(file) === true);
  }
}

async function* readFileAsAddedLines(path: string, file: string, isFollowed: boolean): AsyncGenerator<FileDiff> {
  const handle = await openRegularFile(path, isFollowed);
  if (handle === undefined) return;
  try {
    const probe = Buffer.alloc(PROBE_BYTES);
    const { bytesRead } = await handle.read(probe, 0, PROBE_BYTES, 0);
    const content = handle.createReadStream({ start: 0, autoClose: false });
    if (!probe.subarray(0, bytesRead).includes(0)) {
      yield* textAsAddedLines(file, decodeUtf8(content));
      return;
    }
    yield { file, isBinary: true, addedLines: [] };
    yield* blobAsAddedLines(file, content);
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * The file open for reading, or undefined when it is gone (deleted after git listed it) or not a file
 * (a link, unless `isFollowed`).
 */
async function openRegularFile(path: string, isFollowed: boolean) {
  try {
    if (!(await (isFollowed ? stat(path) : lstat(path))).isFile()) return undefined;
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, error);
  }
}

async function locateRoot(cwd: string): Promise<{ root: string; isRepository: boolean }> {
  try {
    return { root: (await readRepoFacts(cwd)).root, isRepository: true };
  } catch (error) {
    // Only the plain absence of a repository means "walk the directories"; a repository git refuses
    // (dubious ownership) is reported, or .gitignore would silently stop counting.
    if (error instanceof LeakguardError && error.code === 'NOT_A_REPOSITORY') return { root: cwd, isRepository: false };
    throw error;
  }
}

async function existingPath(cwd: string, path: string): Promise<{ path: string; isDirectory: boolean; isLink: boolean }> {
  const absolute = resolve(cwd, path);
  try {
    const isLink = (await lstat(absolute)).isSymbolicLink();
    // A dangling link fails here, and is reported as not existing: there is nothing to scan.
    return { path: absolute, isDirectory: (await stat(absolute)).isDirectory(), isLink };
  } catch (error) {
    throw new LeakguardError('USAGE', `Cannot scan ${redactQuoted(path)}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : redactQuoted((error as Error).message)}.`, {
      hint: 'Name files or directories that exist, relative to the current directory.',
      cause: error,
    });
  }
}

/** Files under each path, named relative to `root` with "/", each once even if paths overlap. */
async function* walkAll(root: string, paths: readonly string[]): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    for await (const file of walk(path)) {
      const name = toName(root, file);
      if (seen.has(name)) continue;
      seen.add(name);
      yield name;
    }
  }
}

/** Files under `path`; `path` itself is followed if it is a link, the links inside it are not. */
async function* walk(path: string): AsyncGenerator<string> {
  if (!(await stat(path)).isDirectory()) {
    yield path;
    return;
  }
  const entries = await readdir(path, { withFileTypes: true }).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  for (const entry of entries.sort(byName)) {
    if (entry.isDirectory() && entry.name === '.git') continue;
    if (entry.isDirectory()) yield* walk(join(path, entry.name));
    else if (entry.isFile()) yield join(path, entry.name);
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Names in reports use "/" whatever the platform, as git's do. */
const toName = (root: string, path: string): string => relative(root, path).split(sep).join('/');

const isWithin = (root: string, path: string): boolean => {
  const relation = relative(root, path);
  return relation === '' || (!relation.startsWith('..') && !isAbsolute(relation));
};

async function* except(names: ReadonlySet<string>, source: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const name of source) if (!names.has(name)) yield name;
}

export async function* concat<T>(...sources: (AsyncIterable<T> | Iterable<T>)[]): AsyncGenerator<T> {
  for (const source of sources) yield* source;
}

async function* none(): AsyncGenerator<never> {}

/** Items as batches of one: the shape scanFileBatches takes. */
export async function* oneAtATime<T>(items: AsyncIterable<T>): AsyncGenerator<readonly T[]> {
  for await (const item of items) yield [item];
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  yield decoder.end();
}

function unreadable(path: string, error: unknown): LeakguardError {
  if (error instanceof LeakguardError) return error;
  return new LeakguardError('IO_FAILED', `Could not read ${path}: ${(error as Error).message}`, {
    hint: 'Check the file\'s permissions, or leave it out (.secretignore).',
    cause: error,
  });
}
