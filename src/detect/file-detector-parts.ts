import type { Span } from '../model/redact';
import type { FileDetector } from './file-detector';
import { looksLikePlaceholder } from './placeholders';

/** What file-detectors/<kind>.ts are made of: values and credential lines, written once. */

export const isNotBlank = (line: string): boolean => line.trim() !== '';

/** Names that announce a secret, as the generic rule reads them. */
export const SECRET_NAME = /passw(?:or)?d|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;

/** The first words of every file detector's fix. */
export const ROTATE_AND_REMOVE = 'Remove the file from the commit (git rm --cached <file>) and add it to .gitignore; ';

/** A value written in place: not empty, not a placeholder or a reference, not a bare number or boolean. */
export function isRealValue(raw: string): boolean {
  const value = raw.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (value === '' || /^(?:[0-9.]{1,20}|true|false|yes|no|on|off|null|none)$/i.test(value)) return false;
  return !looksLikePlaceholder(value) && !/^\$|^\{\{|^var\./.test(value);
}

/**
 * Where the real value that group `group` of `pattern` captures is on a line, quotes and spaces
 * trimmed; with `namePattern`, only when the text before the value names a secret.
 */
export function valueSpan(pattern: RegExp, group = 1, namePattern?: RegExp): (line: string) => Span | undefined {
  const spanOf = groupSpan(pattern, group);
  return (line) => {
    const span = spanOf(line);
    if (span === undefined || !isRealValue(line.slice(span.start, span.end))) return undefined;
    if (namePattern !== undefined && !namePattern.test(line.slice(0, span.start))) return undefined;
    return withoutQuotesAndSpaces(line, span);
  };
}

/** Where group `group` of `pattern` is on a line, as it is: for kinds that judge the value themselves. */
export function groupSpan(pattern: RegExp, group = 1): (line: string) => Span | undefined {
  const withIndices = new RegExp(pattern.source, `${pattern.flags}d`);
  return (line) => {
    const [start, end] = withIndices.exec(line)?.indices?.[group] ?? [];
    return start === undefined || end === undefined ? undefined : { start, end };
  };
}

function withoutQuotesAndSpaces(line: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(line[start] as string)) start++;
  while (end > start && /\s/.test(line[end - 1] as string)) end--;
  const quote = line[start];
  if (end - start >= 2 && (quote === '"' || quote === "'") && line[end - 1] === quote) return { start: start + 1, end: end - 1 };
  return { start, end };
}

export const hasValue = (secretIn: (line: string) => Span | undefined) => (line: string): boolean => secretIn(line) !== undefined;

/** A kind whose credential is a value on one line: that line shows the file is sensitive, and is a secret by itself. */
export function credentialLine(pattern: RegExp, group = 1, namePattern?: RegExp): Pick<FileDetector, 'holdsSecret' | 'secretIn'> {
  const secretIn = valueSpan(pattern, group, namePattern);
  return { holdsSecret: hasValue(secretIn), secretIn };
}
