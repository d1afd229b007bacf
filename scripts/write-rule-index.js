#!/usr/bin/env node
'use strict';
// Part of `npm run build`: writes dist/detect/rule-index.json, what a scan needs of each built-in rule
// before a line calls for it (src/detect/built-in-rules.ts explains why), dist/detect/keyword-automaton.json,
// the prefilter's automaton for those rules' keywords in the index's order (src/detect/keyword-automaton.ts
// says why it is built here and not on every commit), dist/detect/keywords.txt,
// every built-in rule's keywords one a line, for the commit-msg hook's prefilter (hooks/shim.sh), and
// dist/detect/file-detector-index.json, where each file detector's module is, so that a scan loads
// them without the registry (src/detect/built-in-file-detectors.ts).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const detect = join(__dirname, '..', 'dist', 'detect');
const { indexRules } = require(join(detect, 'built-in-rules.js'));
const { indexFileDetectors } = require(join(detect, 'built-in-file-detectors.js'));
const { buildKeywordAutomaton } = require(join(detect, 'keyword-automaton.js'));
const registry = require(join(detect, 'registry.js'));
const index = indexRules(registry);
writeFileSync(join(detect, 'rule-index.json'), JSON.stringify(index) + '\n');
writeFileSync(join(detect, 'keyword-automaton.json'), JSON.stringify(buildKeywordAutomaton(index.map((rule) => rule.keywords))) + '\n');
writeFileSync(join(detect, 'file-detector-index.json'), JSON.stringify(indexFileDetectors(registry)) + '\n');
// A rule without keywords would run on every line: then there is no list, and the hook always scans.
const keywords = new Set(index.flatMap((rule) => rule.keywords));
const isEveryRuleKeyed = index.every((rule) => rule.keywords.length > 0);
if (isEveryRuleKeyed) writeFileSync(join(detect, 'keywords.txt'), [...keywords].sort().join('\n') + '\n');
