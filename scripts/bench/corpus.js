'use strict';
// What the benchmark scans, generated the same on every run (a fixed seed), or copied from this
// project's node_modules: real code has the short lines, comments and keyword density a synthetic
// corpus would have to guess.
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { createSampleGenerator } = require('../../dist/detect/sample-generator');
const { crc32, toBase62 } = require('../../dist/detect/checksums');

const generate = createSampleGenerator(2024);
const NODE_MODULES = join(__dirname, '..', '..', 'node_modules');

const WORDS = ['value', 'result', 'config', 'options', 'request', 'response', 'user', 'items', 'index', 'count', 'handler', 'token', 'key', 'secret', 'password'];
const word = () => WORDS[Number(generate.digits(3)) % WORDS.length];
const CODE_FORMS = [
  (index) => `  const ${word()}${index} = await ${word()}Service.get(${word()}, { id: "${generate.hex(8)}" });`,
  (index) => `  if (${word()}.length > ${index % 100}) { return ${word()}.map((x) => x.${word()}); }`,
  () => `  // ${word()} the ${word()} before the ${word()} is sent to the ${word()} endpoint`,
  () => `  logger.info(\`loaded \${${word()}.size} ${word()}s from \${path}\`);`,
  () => `  export function ${word()}To${word()}(${word()}: string): string { return ${word()}.trim(); }`,
];

/** One line of TypeScript-like code, full of the words rules look for, and no secret. */
function codeLine(index) {
  return CODE_FORMS[index % CODE_FORMS.length](index);
}

/** A token with a valid checksum, built here so that no file of this repository holds one. */
function githubToken() {
  const random = generate.alnum(30);
  return ['gh', 'p_'].join('') + random + toBase62(crc32(random), 6);
}

/**
 * The JavaScript and TypeScript files of node_modules of 2 KB to 2 MB, in a stable order: modules
 * (about 21 KB on average, so 40 MB is about 2,000 files), not the one-line stubs that re-export them.
 */
function* nodeModulesCode(dir = NODE_MODULES) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* nodeModulesCode(path);
    else if (/\.(?:js|cjs|mjs|ts)$/.test(entry.name) && isModuleSized(statSync(path).size)) yield path;
  }
}

const isModuleSized = (bytes) => bytes >= 2 << 10 && bytes < 2 << 20;

/**
 * Bytes that look like compressed data, the same every run (AES-128-CTR of zeros under a fixed key):
 * git calls them binary, and their printable runs are as rare as in a real PNG or zip.
 */
function binarySoup(seed, length) {
  const key = Buffer.alloc(16, seed);
  return require('node:crypto').createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

module.exports = { generate, codeLine, githubToken, nodeModulesCode, binarySoup };
