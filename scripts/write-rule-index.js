#!/usr/bin/env node
'use strict';
// Part of `npm run build`: writes dist/detect/rule-index.json, what a scan needs of each built-in rule
// before a line calls for it (src/detect/built-in-rules.ts explains why).
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const detect = join(__dirname, '..', 'dist', 'detect');
const { indexRules } = require(join(detect, 'built-in-rules.js'));
const registry = require(join(detect, 'registry.js'));
writeFileSync(join(detect, 'rule-index.json'), JSON.stringify(indexRules(registry)) + '\n');
