import { didYouMean } from '../model/closest-name';
import { invalidConfig, LeakguardError } from '../model/errors';
import { redactSecret } from '../model/redact';
import { kindOf } from '../model/describe-value';
import { redactQuoted } from '../model/redact-quoted';
import { RULE_ID } from '../model/rule-id';
import { SEVERITIES, type Severity } from '../model/severity';
import { whyAllowsAnySecret } from './allows-any-secret';
import type { ResolvedConfig, ResolvedRule } from './config-schema';
import { backtrackingProblemsOfEach } from './custom-pattern-checks';
import { CUSTOM_PATTERN_BUDGET, perAttemptProblems } from './pattern-safety';
import { readUnscannable } from './unscannable-option';

const TOP_LEVEL_KEYS = ['disable', 'rules', 'allowlist', 'unscannable'];
const ALLOWLIST_KEYS = ['paths', 'values'];
const RULE_KEYS = ['id', 'description', 'pattern', 'keywords', 'minEntropy', 'severity', 'fix'];
/**
 * What a rule id or a key looks like. Anything else a message would echo (a disable entry, an id, a
 * key name) may be a token pasted into the wrong place, so it is shown redacted.
 */
const ID_SHAPE = /^[a-z0-9-]{1,40}$/;
const KEY_SHAPE = /^\$?[a-zA-Z][a-zA-Z0-9_-]{0,29}$/;
const DEFAULT_CUSTOM_FIX = 'Remove the value, rotate it if it was ever pushed, and load it from the environment or a secret manager.';
const NARROW_VALUE =
  'allow the one value with a pattern only it matches (e.g. "^EXAMPLE_KEY_[0-9]{4}$"), an inline `leakguard:allow` comment on its line, or the baseline (`leakguard baseline create`)';

/**
 * Collects every problem before reporting, so one run shows the user all there is to fix. Each goes
 * through the redactor as well: a problem may quote part of a pattern (pattern-safety names the
 * quantifier at fault), and nothing the config holds leaves unredacted.
 */
class Problems {
  readonly list: string[] = [];
  add(key: string, problem: string): void {
    this.list.push(redactQuoted(`${key}: ${problem}`));
  }
}

/**
 * A compiled pattern of the config and what it belongs to (a rule, or the pattern itself), waiting for
 * the backtracking check, which runs on all of a config's patterns at once: one worker thread for all.
 */
interface Unchecked<T> {
  readonly key: string;
  readonly pattern: RegExp;
  readonly value: T;
}

/**
 * Checks what the user wrote and compiles it. `knownRuleIds` are the built-in ids: passed in, so that
 * config does not depend on the detectors.
 */
export function validateConfig(raw: unknown, source: string, knownRuleIds: ReadonlySet<string>): ResolvedConfig {
  const problems = new Problems();
  if (!isPlainObject(raw)) {
    problems.add('(top level)', `expected an object, got ${kindOf(raw)}`);
    throw configError(source, problems);
  }
  reportUnknownKeys(raw, TOP_LEVEL_KEYS, '', problems);
  const disabledRuleIds = readStrings(raw['disable'], 'disable', problems).filter((id, index) => {
    if (!knownRuleIds.has(id)) problems.add(`disable[${index}]`, `${quoteId(id)} is not a rule id (list them with \`leakguard rules\`).${didYouMean(id, [...knownRuleIds], quote)}`);
    return knownRuleIds.has(id);
  });
  const rules = readRules(raw['rules'], knownRuleIds, problems);
  const allowlist = raw['allowlist'] === undefined ? {} : raw['allowlist'];
  if (!isPlainObject(allowlist)) problems.add('allowlist', `expected an object with "paths" and/or "values", got ${kindOf(allowlist)}`);
  const allowlistObject = isPlainObject(allowlist) ? allowlist : {};
  reportUnknownKeys(allowlistObject, ALLOWLIST_KEYS, 'allowlist.', problems);
  const allowedPaths = readStrings(allowlistObject['paths'], 'allowlist.paths', problems);
  const values = readStrings(allowlistObject['values'], 'allowlist.values', problems).flatMap((source, index) =>
    readValuePattern(source, `allowlist.values[${index}]`, problems),
  );
  const isSafe = backtrackingCheck([...rules, ...values], problems);
  const customRules = rules.filter(isSafe).map((rule) => rule.value);
  const allowedValues = values.filter((value) => isSafe(value) && isNarrowValue(value, problems)).map((value) => value.value);
  const unscannable = readUnscannable(raw['unscannable']);
  if (unscannable.problem !== undefined) problems.add('unscannable', unscannable.problem);
  if (problems.list.length > 0) throw configError(source, problems);
  return { source, disabledRuleIds, customRules, allowedPaths, allowedValues, unscannable: unscannable.policy };
}

/**
 * Runs the backtracking check on every pattern at once and reports those it refuses; what it returns
 * says whether a pattern passed.
 */
function backtrackingCheck(patterns: readonly Unchecked<unknown>[], problems: Problems): (pattern: Unchecked<unknown>) => boolean {
  const verdicts = backtrackingProblemsOfEach(patterns.map(({ pattern }) => pattern));
  const refused = new Set<Unchecked<unknown>>();
  patterns.forEach((pattern, index) => {
    for (const problem of verdicts[index] ?? []) problems.add(pattern.key, problem);
    if ((verdicts[index] ?? []).length > 0) refused.add(pattern);
  });
  return (pattern) => !refused.has(pattern);
}

function readValuePattern(source: string, key: string, problems: Problems): Unchecked<RegExp>[] {
  const pattern = compileRegExp(source, key, problems);
  return pattern === undefined ? [] : [{ key, pattern, value: pattern }];
}

/**
 * A value pattern is tested against each secret found. One that accepts any secret turns the scanner
 * off while looking like a narrow exception, so it is refused; the message names the key only, as the
 * pattern may quote a real secret. Trying the pattern on tokens is safe only once it is known not to
 * backtrack exponentially: this runs after the backtracking check.
 */
function isNarrowValue({ key, pattern }: Unchecked<RegExp>, problems: Problems): boolean {
  const allowsAnySecret = whyAllowsAnySecret(pattern);
  if (allowsAnySecret !== undefined) problems.add(key, `${allowsAnySecret}; ${NARROW_VALUE}`);
  return allowsAnySecret === undefined;
}

/** The rules, each with its compiled pattern (wrapped in a `secret` group), for the backtracking check. */
function readRules(value: unknown, knownRuleIds: ReadonlySet<string>, problems: Problems): Unchecked<ResolvedRule>[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add('rules', `expected a list of rules, got ${kindOf(value)}`);
    return [];
  }
  const seen = new Set<string>();
  return value.flatMap((rule: unknown, index) => {
    const resolved = readRule(rule, `rules[${index}]`, problems);
    if (resolved === undefined) return [];
    if (knownRuleIds.has(resolved.id) || seen.has(resolved.id)) {
      problems.add(`rules[${index}].id`, `${quoteId(resolved.id)} is already taken; choose another id`);
      return [];
    }
    seen.add(resolved.id);
    return [{ key: `rules[${index}].pattern`, pattern: resolved.pattern, value: resolved }];
  });
}

function readRule(rule: unknown, key: string, problems: Problems): ResolvedRule | undefined {
  if (!isPlainObject(rule)) {
    problems.add(key, `expected a rule object, got ${kindOf(rule)}`);
    return undefined;
  }
  const before = problems.list.length;
  reportUnknownKeys(rule, RULE_KEYS, `${key}.`, problems);
  const id = readString(rule['id'], `${key}.id`, problems);
  if (id !== undefined && !RULE_ID.test(id)) problems.add(`${key}.id`, `${quoteId(id)} must be kebab-case "provider-kind", e.g. "acme-api-key"`);
  const description = readString(rule['description'], `${key}.description`, problems);
  const patternSource = readString(rule['pattern'], `${key}.pattern`, problems);
  const pattern = patternSource === undefined ? undefined : compileRulePattern(patternSource, `${key}.pattern`, problems);
  const keywords = readStrings(rule['keywords'], `${key}.keywords`, problems).map((keyword) => keyword.toLowerCase());
  if (rule['keywords'] !== undefined && keywords.length === 0) problems.add(`${key}.keywords`, 'needs at least one keyword that every match contains');
  if (rule['keywords'] === undefined) problems.add(`${key}.keywords`, 'is required: lowercase words that every match contains');
  const minEntropy = rule['minEntropy'];
  if (minEntropy !== undefined && (typeof minEntropy !== 'number' || minEntropy < 0 || minEntropy > 8)) {
    problems.add(`${key}.minEntropy`, `expected a number from 0 to 8 (bits per character), got ${kindOf(minEntropy)}`);
  }
  const severity = rule['severity'] ?? 'high';
  if (!(SEVERITIES as readonly unknown[]).includes(severity)) problems.add(`${key}.severity`, `expected one of ${SEVERITIES.join(', ')}, got ${kindOf(severity)}`);
  const fix = rule['fix'] === undefined ? DEFAULT_CUSTOM_FIX : readString(rule['fix'], `${key}.fix`, problems);
  if (problems.list.length > before || !id || !description || !pattern || !fix) return undefined;
  return { id, description, pattern, keywords, minEntropy: minEntropy as number | undefined, severity: severity as Severity, fix };
}

function compileRulePattern(source: string, key: string, problems: Problems): RegExp | undefined {
  const pattern = compileRegExp(source, key, problems);
  if (pattern === undefined) return undefined;
  const unsafe = perAttemptProblems(pattern, CUSTOM_PATTERN_BUDGET);
  for (const problem of unsafe) problems.add(key, problem);
  if (unsafe.length > 0) return undefined;
  // The engine would report an empty "secret" at every position of every line with a keyword.
  if (pattern.test('')) {
    problems.add(key, 'matches the empty string; make the secret at least one character long (e.g. {8,64} instead of {0,64} or ?)');
    return undefined;
  }
  if (source.includes('(?<secret>')) return pattern;
  return new RegExp(`(?<secret>${source})`);
}

function compileRegExp(source: string, key: string, problems: Problems): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch (error) {
    problems.add(key, `is not a valid regular expression: ${withoutPattern((error as Error).message, source)}`);
    return undefined;
  }
}

/**
 * V8 quotes the whole pattern: "Invalid regular expression: /<source>/<flags>: <reason>". The reason
 * alone says what to fix, and the key names the pattern.
 */
function withoutPattern(message: string, source: string): string {
  const quoted = `Invalid regular expression: /${source}/`;
  if (!message.startsWith(quoted)) return redactQuoted(message.split(source).join('…'));
  return message.slice(quoted.length).replace(/^[a-z]*: /, '');
}

function readString(value: unknown, key: string, problems: Problems): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.add(key, value === undefined ? 'is required (a non-empty string)' : `expected a non-empty string, got ${kindOf(value)}`);
  return undefined;
}

function readStrings(value: unknown, key: string, problems: Problems): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  problems.add(key, `expected a list of strings, got ${kindOf(value)}`);
  return [];
}

function reportUnknownKeys(object: Record<string, unknown>, allowed: readonly string[], prefix: string, problems: Problems): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) problems.add(`${prefix}${KEY_SHAPE.test(key) ? key : `"${redactSecret(key)}"`}`, `unknown key; expected one of: ${allowed.join(', ')}.${didYouMean(key, allowed, quote)}`);
  }
}

const quote = (name: string): string => `"${name}"`;

function quoteId(id: string): string {
  return `"${ID_SHAPE.test(id) ? id : redactSecret(id)}"`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function configError(source: string, problems: Problems): LeakguardError {
  return invalidConfig(source, problems.list, 'Fix the keys listed above; the README\'s "Configuration" section shows every key with an example.');
}
