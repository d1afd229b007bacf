import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { listWorkTreeFiles } from '../../git/list-files';
import { LeakguardError } from '../../model/errors';
import { redactQuoted } from '../../model/redact-quoted';
import { concat, oneAtATime } from './batch-streams';
import { locateRoot } from './locate-root';
import { readFilesAsAddedLines, unreadable, type FileSelection } from './read-files';
import type { ScanSource } from './source';

/** Every line of the files under `paths` (files or directories, relative to cwd), each line added. */
export async function filesSource(cwd: string, paths: readonly string[]): Promise<ScanSource> {
  const selection = await selectFiles(cwd, paths);
  return { root: selection.root, readsCommits: false, batches: (context) => oneAtATime(readFilesAsAddedLines(selection, context.isIgnoredPath)) };
}

/**
 * Inside a git work tree, git lists the files of the directories named, so .gitignore is honoured
 * exactly as git honours it, and names are relative to the repository root (where .secretignore and
 * the config live). A file named explicitly is read even if .gitignore excludes it: the user asked for
 * it. Outside a work tree directories are walked: every file except `.git` directories.
 */
async function selectFiles(cwd: string, paths: readonly string[]): Promise<FileSelection> {
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

async function* none(): AsyncGenerator<never> {}
