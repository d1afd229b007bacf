'use strict';
// The scratch repositories the sections scan, each made once per run under the bench's root.
const { spawnSync } = require('node:child_process');
const { closeSync, copyFileSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const { CLI } = require('./measure');
const { codeLine, githubToken, nodeModulesCode } = require('./corpus');

function git(dir, ...args) {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function makeRepo(root, name) {
  const dir = join(root, name);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** Repositories already made in this run, by name: sections that scan the same one share it. */
const made = new Map();
function once(root, name, make) {
  if (!made.has(name)) made.set(name, make(makeRepo(root, name)));
  return made.get(name);
}

/** `leakguard install`'s hooks; --force: measured wherever this runs, CI included (where install otherwise installs nothing). */
function installHooks(dir) {
  spawnSync(process.execPath, [CLI, 'install', '--force'], { cwd: dir });
  const hook = join(dir, '.git', 'hooks', 'pre-commit');
  if (!existsSync(hook)) throw new Error(`leakguard install wrote no hook at ${hook}`);
  return join(dir, '.git', 'hooks');
}

/**
 * A typical commit: 10 files with 60 added lines each, on top of a committed version of the same
 * files, the hooks installed; with `isPlanted`, one added line holds a token.
 */
function typicalCommitRepo(root, isPlanted) {
  return once(root, isPlanted ? 'typical' : 'clean', (dir) => {
    const bases = Array.from({ length: 10 }, () => Array.from({ length: 200 }, (_, i) => codeLine(i)));
    bases.forEach((lines, file) => writeFileSync(join(dir, `module${file}.ts`), lines.join('\n') + '\n'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base', '--no-verify');
    bases.forEach((base, file) => {
      const lines = [...base];
      for (let added = 0; added < 60; added++) lines.splice(added * 3, 0, codeLine(1000 + added));
      if (isPlanted && file === 4) lines[30] = `  const token = "${githubToken()}";`;
      writeFileSync(join(dir, `module${file}.ts`), lines.join('\n') + '\n');
    });
    git(dir, 'add', '.');
    installHooks(dir);
    return dir;
  });
}

/** `megabytes` of node_modules code staged as new files (copied again under other names when it holds less), the hooks installed. */
function largeChangeRepo(root, megabytes) {
  return once(root, `large${megabytes}`, (dir) => {
    const files = [...nodeModulesCode()];
    if (files.length === 0) throw new Error('no JavaScript in node_modules to stage: run npm ci first');
    for (let index = 0, copied = 0; copied < megabytes << 20; index++) {
      const file = files[index % files.length];
      const target = join(dir, 'vendor', String(copied), basename(file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
      copied += statSync(file).size;
    }
    git(dir, 'add', '.');
    installHooks(dir);
    return dir;
  });
}

/** What is staged: its files and their size in MiB. */
function stagedSize(dir) {
  const files = git(dir, 'diff', '--cached', '--name-only').trim().split('\n');
  return { files: files.length, megabytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) / (1 << 20) };
}

/**
 * `commits` commits on main made with git fast-import (git-fast-import(1)), which writes tens of
 * thousands in seconds: each rewrites 3 lines of one of 200 files, and every 1000th adds a token that
 * a later commit removes again.
 */
function historyInto(dir, commits) {
  const streamPath = `${dir}.fi`;
  const out = openSync(streamPath, 'w');
  const files = Array.from({ length: 200 }, (_, file) => Array.from({ length: 30 }, (_, line) => codeLine(file * 30 + line)));
  const blob = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let index = 1; index <= commits; index++) {
    const file = index % files.length;
    const lines = files[file];
    for (let change = 0; change < 3; change++) lines[(index * 7 + change * 11) % lines.length] = codeLine(index + change);
    if (index % 1000 === 1) lines[0] = `  const token = "${githubToken()}";`;
    writeSync(out, `commit refs/heads/main\nmark :${index}\ncommitter bench <bench@example.com> ${1700000000 + index} +0000\n${blob(`Change ${index} to module${file}`)}`);
    if (index > 1) writeSync(out, `from :${index - 1}\n`);
    writeSync(out, `M 100644 inline src/module${file}.ts\n${blob(lines.join('\n') + '\n')}\n`);
  }
  closeSync(out);
  const result = spawnSync('sh', ['-c', `git fast-import --quiet < '${streamPath}'`], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git fast-import: ${result.stderr}`);
  rmSync(streamPath);
  return dir;
}

module.exports = { git, makeRepo, once, installHooks, typicalCommitRepo, largeChangeRepo, stagedSize, historyInto };
