#!/usr/bin/env node
'use strict';
// `prepack` and `postpack` (package.json): the tarball's package.json carries no `prepare`. npm runs
// `prepare` for a git dependency (it installs the devDependencies, then builds dist/ with tsc), which
// is why the repository keeps it; a tarball already holds dist/, and a `prepare` there would make
// npm 11 warn every consumer about an install script they never need (npm install-scripts).
// `strip` renames it to `_prepare` (pinst's way: npm runs no script of that name) in the same place;
// `restore` puts it back, after the tarball is written. npm pack reads package.json again after
// prepack, so it runs no prepare either: prepack builds dist/ itself.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const PATH = join(__dirname, '..', 'package.json');
const RENAMES = { strip: ['prepare', '_prepare'], restore: ['_prepare', 'prepare'] };

const rename = RENAMES[process.argv[2]];
if (rename === undefined) {
  process.stderr.write('usage: node scripts/pack-manifest.js strip|restore\n');
  process.exit(2);
}
const [from, to] = rename;
const manifest = JSON.parse(readFileSync(PATH, 'utf8'));
const scripts = manifest.scripts ?? {};
if (from in scripts) {
  // Key by key, so that the order (and with it `git diff` after restore) stays as it was.
  manifest.scripts = Object.fromEntries(Object.entries(scripts).map(([name, command]) => [name === from ? to : name, command]));
  // npm's own layout of package.json: two spaces, a final newline.
  writeFileSync(PATH, JSON.stringify(manifest, null, 2) + '\n');
}
