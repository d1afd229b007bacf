#!/usr/bin/env node
'use strict';
// Part of `npm run build`, after tsc and write-rule-index.js: writes dist/bundle.js, every compiled
// module of dist/ in one script, and dist/bundle.cache, V8's code cache for it after a scan has run.
// Why: a clean commit spent ~10 ms finding ~100 files (stat, realpath, package.json scopes) and ~12 ms
// compiling them; one file costs one read, and a code cache skips the compiling. src/boot/bundle-loader.ts
// loads it, and falls back to dist/cli/run.js wherever the cache does not fit.
// Each module keeps its own __filename and __dirname, and runs only when first required, as with node's
// own loader: the bundle changes where the code is read from, never what it does.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative, sep } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
/** The loader itself, and what it reads: they cannot be inside what they load. */
const OUTSIDE = new Set(['boot/bundle-loader.js']);

function* compiledFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* compiledFiles(path);
    else if (/\.(?:js|json)$/.test(entry.name) && !/^bundle\./.test(entry.name)) yield relative(DIST, path).split(sep).join('/');
  }
}

/** One module as a function node's loader would wrap it in; JSON as a string JSON.parse reads fastest. */
function wrapped(file) {
  const text = readFileSync(join(DIST, file), 'utf8');
  const body = file.endsWith('.json') ? `module.exports = JSON.parse(${JSON.stringify(text)});` : text.replace(/^#!.*/, '');
  return asAscii(`${JSON.stringify(file)}: function (exports, require, module, __filename, __dirname) {\n${body}\n}`);
}

/**
 * Every other character as a \u escape, which means the same in the strings, templates, regular
 * expressions and comments tsc writes: the loader then reads the file as latin1, a one-byte string,
 * instead of decoding UTF-8 into a two-byte string twice the size.
 */
function asAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const files = [...compiledFiles(DIST)].filter((file) => !OUTSIDE.has(file));
for (const stale of readdirSync(DIST).filter((name) => /^bundle-.*\.cache$/.test(name))) rmSync(join(DIST, stale));
writeFileSync(join(DIST, 'bundle.js'), `(function () { return {\n${files.map(wrapped).join(',\n')}\n}; })`);
writeCodeCache().catch((error) => {
  process.stderr.write(`write-bundle: ${error.stack}\n`);
  process.exitCode = 1;
});

/**
 * The cache V8 writes after a scan holds the functions that scan compiled, so a hook's scan skips
 * compiling them too. Written after a scan, in this process, of a scratch repository with a staged file
 * that has the usual suspects (an assignment, a URL with a query, an environment read).
 */
async function writeCodeCache() {
  const loader = require(join(DIST, 'boot', 'bundle-loader.js'));
  const repo = mkdtempSync(join(tmpdir(), 'leakguard-bundle-'));
  try {
    const git = (...args) => spawnSync('git', args, { cwd: repo, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(repo, 'settings.ts'), 'export const apiKey = process.env.API_KEY;\nconst url = "https://example.com/path?token=abc";\n');
    git('add', '.');
    const script = loader.compileBundle();
    const { run } = loader.bundleRequire(loader.tableOf(script))('cli/run.js');
    const quiet = () => {};
    const code = await run(['scan', '--staged'], { stdout: quiet, stderr: quiet, env: {}, cwd: repo, isStdoutTty: false, isStderrTty: false, stdin: process.stdin, parentPid: process.pid, stdoutStream: process.stdout });
    if (code !== 0) throw new Error(`the scan whose compiled code dist/bundle-*.cache keeps exited ${code}`);
    writeFileSync(loader.bundleCachePath(), script.createCachedData());
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
