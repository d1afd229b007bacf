import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { redactQuoted } from '../model/redact-quoted';
import { firstJsonError } from './first-json-error';
import { lineExcerpt } from './line-excerpt';

/** Why a config file did not load, and where: never its text. */
export interface ParseFailure {
  /** The file at fault: the config, or the package.json node read to load a JavaScript config. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;
  /** The line at fault with its values masked and a caret under the column (lineExcerpt). */
  readonly excerpt?: string;
}

/**
 * The parsers' messages quote the file: parse-json and js-yaml append a code frame, V8 quotes the
 * JSON around an unexpected token and the identifier it did not expect, and a module that throws says
 * whatever it says. So the place comes from the error's data and the reason is the message's first
 * line with the loader's "JSON Error in <path>:" prefix dropped, quoted text cut and tokens redacted.
 * The line itself is shown with every value masked (lineExcerpt), so the user sees the fault.
 */
export function describeParseError(path: string, text: string, error: unknown): ParseFailure {
  const described = placeAndReason(path, text, error);
  const excerpt = described.line === undefined ? undefined : lineExcerpt(described.file === path ? text : readText(described.file), described.line, described.column);
  return excerpt === undefined ? described : { ...described, excerpt };
}

function placeAndReason(path: string, text: string, error: unknown): ParseFailure {
  const failure = error as Error & { mark?: { line: number; column: number }; reason?: string; path?: unknown };
  // js-yaml's YAMLException: `mark` is 0-based, `reason` the message without the code frame.
  if (failure.mark !== undefined && typeof failure.reason === 'string') {
    return { file: path, line: failure.mark.line + 1, column: failure.mark.column + 1, reason: cleanReason(failure.reason) };
  }
  // Node reads the package.json beside a JavaScript module to learn its module type; a broken one
  // fails the import with a SyntaxError carrying that file's `path`.
  if (failure instanceof SyntaxError && typeof failure.path === 'string' && basename(failure.path) === 'package.json') {
    return { file: failure.path, ...jsonFailure(readText(failure.path)) };
  }
  if (/\.json$/.test(path)) return { file: path, ...jsonFailure(text) };
  return { file: path, ...placeInStack(path, failure.stack ?? ''), reason: `${failure.name}: ${firstLine(cleanReason(failure.message))}` };
}

function jsonFailure(text: string): Omit<ParseFailure, 'file'> {
  const error = firstJsonError(text);
  if (error === undefined) return { reason: 'not valid JSON' };
  const before = text.slice(0, error.offset);
  const line = before.split('\n').length;
  const column = error.offset - before.lastIndexOf('\n');
  return { line, column, reason: `not valid JSON: expected ${error.expected}${error.offset === text.length ? ', and the file ends' : ''}` };
}

/**
 * The module's line and column from the stack: a thrown error has a frame `(<path>:<line>:<column>)` or
 * `file://<path>:…`; node's CommonJS loader starts a SyntaxError's stack with `<path>:<line>`, the
 * line's code and a row of `^` under the fault, whose first one gives the column. A TypeScript config
 * runs as `<path>.<uuid>.mjs` (cosmiconfig's loadTs), compiled line for line.
 */
function placeInStack(path: string, stack: string): { line?: number; column?: number } {
  const names = [path, pathToFileURL(path).href].map(escapeRegExp).join('|');
  const match = new RegExp(`(?:${names})(?:\\.[0-9a-f-]{36}\\.mjs)?:(\\d+)(?::(\\d+))?(?:\\n.*\\n( *)\\^)?`).exec(stack);
  if (match === null) return {};
  const column = match[2] === undefined ? (match[3] === undefined ? undefined : match[3].length + 1) : Number(match[2]);
  return { line: Number(match[1]), ...(column === undefined ? {} : { column }) };
}

/** Quoted text ('…' or "…" longer than a character or two) is the file's, not the parser's words. */
function cleanReason(reason: string): string {
  return redactQuoted(reason.replace(/^(?:JSON|YAML|TypeScript) Error in .*?:\s*/, '').replace(/(['"])[^'"]{3,}\1/g, '$1…$1'));
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
