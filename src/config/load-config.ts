import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Loaders } from 'cosmiconfig';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';
import { EMPTY_CONFIG, type ResolvedConfig } from './config-schema';
import type { ParseFailure } from './describe-parse-error';

const RC_EXTENSIONS = ['', '.json', '.yaml', '.yml', '.js', '.ts', '.cjs', '.mjs'];
const DOT_CONFIG = '.config/';

/**
 * cosmiconfig 9's standard places for the module name "leakguard" (getDefaultSearchPlaces in its
 * dist/defaults.js), in its order: the first that holds a config wins. `.config/leakguardrc*` is the
 * repository's own `.config` directory, committed like any other file. hooks/shim.sh globs the same
 * names (the commit-msg hook's prefilter): a new place goes in both.
 */
const CONFIG_PLACES = [
  'package.json',
  ...RC_EXTENSIONS.map((extension) => `.leakguardrc${extension}`),
  ...RC_EXTENSIONS.map((extension) => `${DOT_CONFIG}leakguardrc${extension}`),
  ...['.js', '.ts', '.cjs', '.mjs'].map((extension) => `leakguard.config${extension}`),
];

/**
 * Finds and validates the config at the repository root (CONFIG_PLACES), or reads `explicitPath`
 * (from --config) instead. Nothing outside the root applies: a config in a parent directory belongs to
 * another project, and one in the home directory to no repository at all.
 *
 * cosmiconfig's search is not used, only its parsers, because the search reads outside the root
 * whatever its options say (checked in cosmiconfig 9.0.2's dist/): `stopDir` switches on the "global"
 * strategy, which ends in `$XDG_CONFIG_HOME/leakguard/config*` or `~/.config/leakguard/config*`; every
 * explorer first reads a "meta config" from the current directory (package.json's "cosmiconfig" key or
 * `.config/config.*`) whose "leakguard" key then wins over the root's file; and `$import` merges files
 * from any path. Without the search, `$import` is an unknown key like any other and is refused.
 */
export async function loadConfig(root: string, knownRuleIds: ReadonlySet<string>, explicitPath?: string): Promise<ResolvedConfig> {
  const candidates = explicitPath === undefined ? configCandidates(root) : [explicitPath];
  for (const path of candidates) {
    // --config's value is typed (or pasted) by the user, so it is quoted redacted; the places found
    // at the root are named as they are.
    const shownAs = path === explicitPath ? redactQuoted(path) : path;
    const config = await readConfigFile(path, shownAs);
    // Loaded only for a config: with the checks of custom patterns it costs a few ms of every commit.
    if (config !== undefined) return (await import('./validate-config')).validateConfig(config, shownAs, knownRuleIds);
  }
  return EMPTY_CONFIG;
}

/**
 * The places that exist at the root, looked up with one directory listing (and one of `.config/`)
 * before loading cosmiconfig, which costs about 4 ms on every commit: most repositories have none.
 */
function configCandidates(root: string): string[] {
  const names = new Set(readdirSync(root));
  const dotConfigNames = names.has('.config') ? namesInDirectory(join(root, '.config')) : new Set<string>();
  return CONFIG_PLACES.filter((place) => (place.startsWith(DOT_CONFIG) ? dotConfigNames.has(place.slice(DOT_CONFIG.length)) : names.has(place)))
    .filter((place) => place !== 'package.json' || hasLeakguardKey(join(root, place)))
    .map((place) => join(root, place));
}

function namesInDirectory(path: string): Set<string> {
  try {
    return new Set(readdirSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return new Set();
    throw unreadable(path, error);
  }
}

/** The "leakguard" key, not the word: a devDependency on leakguard names it too. */
function hasLeakguardKey(packageJsonPath: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
    return typeof manifest !== 'object' || manifest === null || 'leakguard' in manifest;
  } catch {
    return true; // unreadable or invalid: let the parser report it properly
  }
}

/**
 * The file parsed by cosmiconfig's loader for its extension (YAML without one), or undefined when it
 * holds nothing: an empty file, or a package.json without the "leakguard" key. A directory that
 * happens to carry a config's name is no config, as in cosmiconfig's search.
 */
async function readConfigFile(path: string, shownAs: string): Promise<unknown> {
  let text: string;
  try {
    // Read at once: a config is small, and node:fs/promises cost 2-3 ms to load on every commit that has one.
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw unreadable(shownAs, error);
  }
  if (text.trim() === '') return undefined;
  const { defaultLoaders } = await import('cosmiconfig');
  const loaders: Loaders = defaultLoaders;
  const extension = extname(path);
  const loader = loaders[extension || 'noExt'];
  if (loader === undefined) throw unreadable(shownAs, new Error(`no parser for "${redactQuoted(extension)}" files; use .json, .yaml, .yml, .js, .ts, .cjs or .mjs`));
  let loaded: unknown;
  try {
    loaded = await loader(path, text);
  } catch (error) {
    // Loaded only here: a config that does not parse is rare, and the hook runs on every commit.
    const failure = (await import('./describe-parse-error')).describeParseError(path, text, error);
    throw unparsable({ ...failure, file: failure.file === path ? shownAs : failure.file }, error);
  }
  const config = basename(path, extension) === 'package' && isObject(loaded) ? loaded['leakguard'] : loaded;
  return config ?? undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A file that could not be read. Node's message ends with the path it opened (libuv's
 * "<code>: <description>, <syscall> '<path>'"), already named in front, and perhaps typed by the user.
 */
function unreadable(shownAs: string, error: unknown): LeakguardError {
  const reason = redactQuoted((error as Error).message.split('\n')[0]?.replace(/, \w+ '.*'$/, '') ?? '');
  return new LeakguardError('CONFIG_UNREADABLE', `Could not read leakguard config ${shownAs}: ${reason}`, {
    hint: 'Check that the file named above exists and is readable (--config takes a path to a config file).',
    cause: error,
  });
}

function unparsable(failure: ParseFailure, error: unknown): LeakguardError {
  const place = failure.line === undefined ? '' : `, line ${failure.line}${failure.column === undefined ? '' : `, column ${failure.column}`}`;
  const excerpt = failure.excerpt === undefined ? '' : `\n${failure.excerpt}`;
  const quoted = failure.excerpt === undefined ? 'the file is not quoted, as it may hold a secret' : 'the values on the line shown are masked, as they may hold a secret';
  return new LeakguardError('CONFIG_UNREADABLE', `Could not read leakguard config ${failure.file}${place}: ${failure.reason}${excerpt}`, {
    hint: `Fix the syntax at the place named above (JSON, YAML or a JavaScript module exporting an object); ${quoted}.`,
    cause: error,
  });
}
