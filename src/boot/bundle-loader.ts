import { readFileSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { posix, sep } from 'node:path';
import { Script } from 'node:vm';

/** A compiled module as node's loader wraps it. */
type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
type ModuleTable = Readonly<Record<string, ModuleFunction>>;

/** dist/, where tsc writes the modules and scripts/write-bundle.js the bundle of them. */
const DIST = `${__dirname}${sep}..`;
const BUNDLE = `${DIST}${sep}bundle.js`;

/**
 * The cache for this node's V8 only: V8 would refuse another version's cache, but only after compiling
 * the whole bundle, which costs more than loading the modules one by one.
 */
export function bundleCachePath(): string {
  return `${DIST}${sep}bundle-${process.versions.v8}-${process.arch}.cache`;
}

/**
 * The bundle compiled with its code cache, or undefined when there is no bundle. The bundle is ASCII
 * (scripts/write-bundle.js escapes the rest), so latin1 reads it as the one-byte string V8 keeps.
 */
export function compileBundle(cachedData?: Buffer): Script | undefined {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'latin1');
  } catch {
    return undefined;
  }
  return new Script(source, { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
}

/** Runs the bundle's script, which evaluates to a function returning the table of modules. */
export function tableOf(script: Script): ModuleTable {
  return (script.runInThisContext() as () => ModuleTable)();
}

/** Requires `file` (a path under dist/, e.g. "cli/run.js") from `table`, as node would from dist/. */
export function bundleRequire(table: ModuleTable): (file: string) => unknown {
  const load = (file: string): unknown => {
    const filename = `${DIST}${sep}${sep === '/' ? file : file.replaceAll('/', sep)}`;
    const known = require.cache[filename];
    if (known) return known.exports;
    // In node's own module cache, before it runs, as node does: a cycle sees the exports filled so
    // far, a require() by path gets this same module, and what was loaded can be listed as ever.
    const module = new Module(filename);
    module.filename = filename;
    require.cache[filename] = module;
    (table[file] as ModuleFunction)(module.exports, requireFor(file, filename), module, filename, filename.slice(0, filename.lastIndexOf(sep)));
    module.loaded = true;
    return module.exports;
  };
  const requireFor = (file: string, filename: string): NodeJS.Require => {
    let outside: NodeJS.Require | undefined;
    const fromDisk = (): NodeJS.Require => (outside ??= createRequire(filename));
    const inside = (request: string): unknown => {
      const found = request.startsWith('.') ? resolveInTable(table, posix.join(posix.dirname(file), request)) : undefined;
      return found === undefined ? fromDisk()(request) : load(found);
    };
    // What modules here use of require besides calling it: nothing today; node's own for the rest.
    return Object.assign(inside, { resolve: (request: string) => fromDisk().resolve(request) }) as NodeJS.Require;
  };
  return load;
}

/** What node would find for a relative request: the file, then with .js, .json, then a folder's index.js. */
function resolveInTable(table: ModuleTable, path: string): string | undefined {
  return [`${path}.js`, path, `${path}.json`, `${path}/index.js`].find((candidate) => Object.hasOwn(table, candidate));
}

/**
 * The CLI's module (its run()), from the bundle when this node has the bundle's code cache, else from
 * dist/cli/run.js: a missing or foreign cache only costs the time the bundle would have saved. A bundle
 * older than dist/ is stale (tsc ran alone) and is passed over.
 */
export function loadCli(): unknown {
  let cachedData: Buffer;
  try {
    if (statSync(BUNDLE).mtimeMs < statSync(`${DIST}${sep}cli${sep}run.js`).mtimeMs) return require('../cli/run');
    cachedData = readFileSync(bundleCachePath());
  } catch {
    return require('../cli/run');
  }
  // Run even if V8 rejects the cache (a V8 flag in NODE_OPTIONS): the bundle is compiled by then.
  const script = compileBundle(cachedData);
  return script === undefined ? require('../cli/run') : bundleRequire(tableOf(script))('cli/run.js');
}
