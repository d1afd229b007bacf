#!/usr/bin/env node
'use strict';
// `npm run bench:accuracy`: recall and precision of the real `leakguard scan --staged` on a labelled
// corpus built at run time in a temporary repository (scripts/accuracy-corpus.js). Secrets are never
// printed: misses and false alarms are listed by rule id, file and line only.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { builtInFileDetectors, detectorsByProvider } = require('../dist/detect/registry');
const { createSampleGenerator } = require('../dist/detect/sample-generator');
const { buildCorpus } = require('./accuracy-corpus');
const { hardNegatives } = require('./accuracy-negatives');

const CLI = join(__dirname, '..', 'bin', 'leakguard.js');
const NODE_MODULES = join(__dirname, '..', 'node_modules');
const TARGETS = { recall: 0.98, precision: 0.97 };

function isolatedEnv(home) {
  writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = bench\n\temail = bench@example.com\n[commit]\n\tgpgsign = false\n[core]\n\tautocrlf = false\n');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
  return { ...env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), NO_COLOR: '1' };
}

function run(dir, env, command, args) {
  const result = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return result;
}

function git(dir, env, ...args) {
  const result = run(dir, env, 'git', args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A binary file: git calls a file binary when it holds a NUL byte. */
function writeFiles(dir, files) {
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.binary ? Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, ...Buffer.from(file.path)]) : file.lines.join(file.crlf ? '\r\n' : '\n') + '\n');
  }
}

/** Stages the corpus in a fresh repository and returns the findings of `scan --staged --format json`. */
function scanCorpus(root, corpus) {
  const home = join(root, 'home');
  const dir = join(root, 'repo');
  mkdirSync(home);
  mkdirSync(dir);
  const env = isolatedEnv(home);
  git(dir, env, 'init', '-q');
  writeFiles(dir, corpus.committedFirst);
  git(dir, env, 'add', '-A');
  git(dir, env, 'commit', '-qm', 'secrets committed before', '--no-verify');
  writeFiles(dir, corpus.change);
  git(dir, env, 'add', '-A');
  const started = process.hrtime.bigint();
  const result = run(dir, env, process.execPath, [CLI, 'scan', '--staged', '--format', 'json']);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`scan failed (${result.status}): ${result.stderr}`);
  return { findings: JSON.parse(result.stdout).findings, seconds };
}

/** A rule's family is its provider prefix: the detector file it lives in, or "sensitive-file". */
const familyOfRule = new Map([
  ...Object.entries(detectorsByProvider).flatMap(([family, detectors]) => detectors.map((detector) => [detector.id, family])),
  ...builtInFileDetectors.map((detector) => [detector.id, 'sensitive-file']),
]);

function score(corpus, findings) {
  const labelsByFile = new Map();
  for (const label of corpus.labels) {
    label.foundBy = new Set();
    labelsByFile.set(label.file, [...(labelsByFile.get(label.file) ?? []), label]);
  }
  const falseAlarms = [];
  const trueFindings = [];
  for (const finding of findings) {
    const label = (labelsByFile.get(finding.file) ?? []).find((candidate) => candidate.from <= finding.line && finding.line <= candidate.to);
    if (label) {
      label.foundBy.add(finding.ruleId);
      trueFindings.push(finding);
    } else {
      falseAlarms.push({ ...finding, kind: corpus.negativeKindOf.get(finding.file) ?? 'ordinary lines around planted secrets' });
    }
  }
  return { labels: corpus.labels, findings, trueFindings, falseAlarms };
}

const ratio = (part, whole) => (whole === 0 ? 1 : part / whole);
const format = (value) => value.toFixed(3);

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function familyTable({ labels, findings, falseAlarms }) {
  const families = [...new Set([...labels.map((label) => label.family), ...findings.map((finding) => familyOfRule.get(finding.ruleId) ?? 'custom')])].sort();
  const rows = families.map((family) => {
    const planted = labels.filter((label) => label.family === family);
    const found = planted.filter((label) => label.foundBy.size > 0).length;
    const reported = findings.filter((finding) => familyOfRule.get(finding.ruleId) === family).length;
    const wrong = falseAlarms.filter((finding) => familyOfRule.get(finding.ruleId) === family).length;
    return `  ${family.padEnd(16)} ${String(planted.length).padStart(5)} ${String(found).padStart(5)}  ${format(ratio(found, planted.length))}  ${String(reported).padStart(8)} ${String(wrong).padStart(6)}  ${format(ratio(reported - wrong, reported))}`;
  });
  return ['  family           secrets found  recall  findings  false  precision', ...rows].join('\n');
}

function report(result, seconds, corpus) {
  const { labels, findings, trueFindings, falseAlarms } = result;
  const found = labels.filter((label) => label.foundBy.size > 0);
  const recall = ratio(found.length, labels.length);
  const precision = ratio(trueFindings.length, findings.length);
  const misses = labels.filter((label) => label.foundBy.size === 0);
  const byOtherFamily = found.filter((label) => ![...label.foundBy].some((ruleId) => familyOfRule.get(ruleId) === label.family));
  const lines = [
    `leakguard accuracy: ${labels.length} planted secrets in ${corpus.change.length} staged files, ${findings.length} findings, scan ${seconds.toFixed(2)} s`,
    '',
    familyTable(result),
    '',
    `recall    ${format(recall)}  (${found.length}/${labels.length}; target ≥ ${TARGETS.recall})`,
    `precision ${format(precision)}  (${trueFindings.length}/${findings.length}; target ≥ ${TARGETS.precision})`,
    `found by a rule of another family: ${byOtherFamily.length}${byOtherFamily.length ? ` (${countBy(byOtherFamily, (label) => `${label.ruleId} -> ${[...label.foundBy].join('+')}`).map(([key, count]) => `${key} ×${count}`).join(', ')})` : ''}`,
    '',
    `misses (${misses.length}), by the rule whose example was planted:`,
    ...countBy(misses, (label) => label.ruleId).map(([ruleId, count]) => `  ${ruleId} ×${count}: ${misses.filter((label) => label.ruleId === ruleId).map((label) => `${label.file}:${label.from}`).join(' ')}`),
    '',
    `false alarms (${falseAlarms.length}), by rule and kind of negative:`,
    ...countBy(falseAlarms, (finding) => `${finding.ruleId} on ${finding.kind}`).map(([key, count]) => `  ${key} ×${count}: ${falseAlarms.filter((finding) => `${finding.ruleId} on ${finding.kind}` === key).slice(0, 6).map((finding) => `${finding.file}:${finding.line}`).join(' ')}`),
  ];
  console.log(lines.join('\n'));
  return recall >= TARGETS.recall && precision >= TARGETS.precision;
}

function main() {
  const root = mkdtempSync(join(tmpdir(), 'leakguard-accuracy-'));
  try {
    const corpus = buildCorpus(hardNegatives(createSampleGenerator(31), NODE_MODULES));
    const { findings, seconds } = scanCorpus(root, corpus);
    const meetsTargets = report(score(corpus, findings), seconds, corpus);
    if (!meetsTargets) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();
