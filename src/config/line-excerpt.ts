import { redactSecret } from '../model/redact';

/**
 * What of a line the excerpt shows as written: a key (`"allowlist":`, `disable:`), JSON's and YAML's
 * literals, a short number, punctuation (a YAML list's `-`, JavaScript's `=`). Every other value, quoted or not, is masked (redactSecret): a config line
 * can hold a secret in any value, an allowlist pattern or a pasted token, and a letters-only password
 * looks like any word. Keys have the shape validate-config already echoes unredacted.
 */
const KEY = /^\$?[a-zA-Z][a-zA-Z0-9_-]{0,29}$/;
const LITERAL = /^(?:true|false|null|~|-?[0-9]{1,4}(?:\.[0-9]{1,4})?|[^A-Za-z0-9]+)$/;
/** A quoted string (to the end of the line when it is not closed) or a run of anything but structure. */
const UNIT = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[^\s"'{}[\],:#]+/g;
/** Half the excerpt's width, around the column: a minified config is one long line. */
const HALF_WIDTH = 40;
const CUT_MASK = '********';

/**
 * The line of a syntax error as two lines, the masked line and a caret under the column:
 *
 *     2 |   "disable": ["********",]
 *       |                         ^
 *
 * Undefined when the line is empty or not in the text. Tabs become spaces, so the caret lines up.
 */
export function lineExcerpt(text: string, line: number, column: number | undefined): string | undefined {
  const lineText = text.split('\n')[line - 1]?.replace(/\r$/, '').replace(/\t/g, ' ');
  if (lineText === undefined || lineText.trim() === '') return undefined;
  const at = Math.min(Math.max((column ?? 1) - 1, 0), lineText.length);
  const start = Math.max(0, Math.min(at - HALF_WIDTH, lineText.length - 2 * HALF_WIDTH));
  const window = { start, end: Math.min(lineText.length, start + 2 * HALF_WIDTH) };
  const { shown, caret } = masked(lineText, window, at);
  const gutter = String(line);
  return `    ${gutter} | ${shown}\n    ${' '.repeat(gutter.length)} | ${' '.repeat(caret)}^`;
}

/** The window of the line with its values masked, and where the caret goes in it. */
function masked(lineText: string, window: { start: number; end: number }, at: number): { shown: string; caret: number } {
  let shown = window.start > 0 ? '…' : '';
  let caret: number | undefined;
  let cursor = window.start;
  for (const unit of lineText.matchAll(UNIT)) {
    const [start, end] = [unit.index, unit.index + unit[0].length];
    if (end <= window.start || start >= window.end) continue;
    const before = lineText.slice(cursor, Math.max(cursor, start));
    if (caret === undefined && at < start) caret = shown.length + (at - cursor);
    shown += before;
    if (caret === undefined && at < end) caret = shown.length;
    const isCut = start < window.start || end > window.end;
    shown += isCut ? `${/^["']/.test(unit[0]) ? unit[0][0] : ''}${CUT_MASK}` : shownUnit(lineText, unit[0], start, end);
    cursor = Math.max(cursor, end);
  }
  const rest = lineText.slice(cursor, window.end);
  caret ??= shown.length + Math.max(0, at - cursor);
  return { shown: shown + rest + (window.end < lineText.length ? '…' : ''), caret };
}

function shownUnit(lineText: string, unit: string, start: number, end: number): string {
  const quote = unit[0] === '"' || unit[0] === "'" ? unit[0] : '';
  const closes = quote !== '' && unit.length > 1 && unit.endsWith(quote);
  const inner = quote === '' ? unit : unit.slice(1, closes ? -1 : undefined);
  if (LITERAL.test(unit) || (KEY.test(inner) && isKeyAt(lineText, start, end))) return unit;
  return `${quote}${redactSecret(inner)}${closes ? quote : ''}`;
}

/**
 * A mapping key: first on its line (after indentation or a YAML list's `- `) or after `{` or `,`,
 * and followed by `:` and a space or the end of the line (YAML needs the space, JSON and JavaScript
 * have one or a value's quote). `user:password` in a value is no key.
 */
function isKeyAt(lineText: string, start: number, end: number): boolean {
  const before = lineText.slice(0, start).trimEnd();
  const opensKey = before === '' || before.endsWith('{') || before.endsWith(',') || /(?:^|\s)-$/.test(before);
  return opensKey && /^\s*:(?:\s|$|["'[{])/.test(lineText.slice(end));
}
