import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const SRC = resolve(__dirname, '../../src');

/**
 * The import table of the architecture notes: which modules of src/ each module may use, and which
 * node built-ins it must not touch. The pure core (diff, detect, allow, report) never reads files,
 * runs processes or looks at the environment; only git/ runs git.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  diff: ['model'],
  detect: ['model'],
  allow: ['model'],
  report: ['model'],
  git: ['model'],
  // The cache of patterns that passed their check lives outside the repository, written atomically as
  // every file leakguard writes (fs/), where the user's cache directory is found too.
  config: ['model', 'fs'],
  // Files that may be absent, atomic writes and locks; their errors are model's LeakguardError.
  fs: ['model'],
  // The baseline is a floor: its format, reading, fingerprint, matching and reconciling. Creating,
  // updating and auditing it scan and write, so they live with the commands in cli/.
  baseline: ['model'],
  // Sources read files (the work tree's, .secretignore): through fs/ like everyone else.
  scan: ['git', 'diff', 'detect', 'allow', 'baseline', 'config', 'fs', 'model'],
  install: ['git', 'fs', 'model'],
  cli: ['model', 'diff', 'detect', 'allow', 'baseline', 'report', 'git', 'config', 'scan', 'install', 'fs'],
  // What bin/ loads first: the CLI from the one-file bundle, or from dist/cli/run.js without one.
  boot: ['cli'],
};
const FORBIDDEN_BUILTINS: Readonly<Record<string, readonly string[]>> = {
  model: ['node:fs', 'node:child_process'],
  diff: ['node:fs', 'node:child_process'],
  detect: ['node:fs', 'node:child_process'],
  allow: ['node:fs', 'node:child_process'],
  report: ['node:fs', 'node:child_process'],
  config: ['node:child_process'],
  scan: ['node:child_process'],
  install: ['node:child_process'],
  fs: ['node:child_process'],
  // Reading the baseline file is the one thing it does besides pure data: node:fs, never a process.
  baseline: ['node:child_process'],
  boot: ['node:child_process'],
};
const PACKAGES_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  allow: ['micromatch', 'ignore'],
  report: ['picocolors'],
  // git/ runs git through node:child_process alone (src/git/run-git.ts): simple-git took 20-28 ms to load.
  config: ['cosmiconfig', 'redos-detector'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // `from '…'` only where an import or export statement (or the last line of a multi-line one) has it:
  // a string like 'rename from ' in the code is no import.
  const statement = /(?:^(?:import|export)\b[^'\n]*\sfrom\s+|^\}\s*from\s+|^import\s+|import\(\s*|require\(\s*)'([^']+)'/gm;
  const specifiers = [...text.matchAll(statement)].map((match) => match[1] as string);
  return [...new Set(specifiers)];
}

/** The package a specifier loads from: `redos-detector/package.json` is redos-detector's. */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const moduleOf = (file: string): string => relative(SRC, file).split('/')[0] as string;

const cases = sourceFiles(SRC).map((file) => [relative(SRC, file), file] as const);

test.each(cases)('%s imports only what the architecture allows', (_name, file) => {
  const own = moduleOf(file);
  const problems: string[] = [];
  for (const specifier of importsOf(file)) {
    if (specifier.startsWith('.')) {
      const target = moduleOf(resolve(dirname(file), specifier));
      if (target !== own && !(MAY_IMPORT[own] ?? []).includes(target)) problems.push(`${own} → ${target} (${specifier})`);
    } else if (specifier.startsWith('node:')) {
      if ((FORBIDDEN_BUILTINS[own] ?? []).includes(specifier)) problems.push(`${own} → ${specifier}`);
    } else if (own !== 'cli' && !(PACKAGES_ALLOWED[own] ?? []).includes(packageOf(specifier))) {
      problems.push(`${own} → package ${specifier}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the import reader sees static, dynamic and require imports', () => {
  expect(importsOf(join(SRC, 'scan', 'sources', 'staged.ts'))).toContain('../../git/repo-facts');
  expect(importsOf(join(SRC, 'cli', 'run.ts'))).toContain('./commands/scan');
  expect(importsOf(join(SRC, 'allow', 'path-ignore.ts'))).toContain('micromatch');
});

/** The relative imports of `file`, as absolute paths of the .ts files they name. */
function localImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => `${resolve(dirname(file), specifier)}.ts`);
}

/**
 * Arrows point one way inside a module too: a file that imports a file that (through others) imports
 * it back cannot be read, tested or moved on its own. A depth-first walk over every file's imports
 * names the first cycle it meets.
 */
test('no file imports a file that imports it back', () => {
  const edges = new Map(cases.map(([, file]) => [file, localImportsOf(file)] as const));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (file: string, trail: readonly string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].map((path) => relative(SRC, path)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of edges.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of edges.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
