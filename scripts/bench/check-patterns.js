'use strict';
// Run by the bench in a fresh node: the pattern safety check a config's rules get at load, over the
// patterns of the JSON file named by argv[2], timed alone (module loading excluded), with this
// process's peak memory. Prints one JSON line.
const { readFileSync } = require('node:fs');
const { patternSafetyProblems } = require('../../dist/config/pattern-safety');

const sources = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const started = process.hrtime.bigint();
const refused = sources.filter((source) => patternSafetyProblems(new RegExp(source)).length > 0).length;
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ ms, refused, peakMiB: process.resourceUsage().maxRSS / 1024 }));
