const VISIBLE_PREFIX = 4;
const MASK_LENGTH = 8;
/** Below this length even a short visible prefix is too large a share of the secret. */
const SHORTEST_WITH_PREFIX = 16;
const PREVIEW_WIDTH = 160;

/**
 * Masks a secret. Long secrets keep their first characters, which for most providers are the public
 * prefix (`ghp_`, `AKIA`, `xoxb`) and tell the reader which credential it is; the mask has a fixed
 * length so it does not reveal the secret's length either.
 */
export function redactSecret(secret: string): string {
  const prefix = secret.length >= SHORTEST_WITH_PREFIX ? secret.slice(0, VISIBLE_PREFIX) : '';
  return prefix + '*'.repeat(MASK_LENGTH);
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Overlapping or touching spans joined into disjoint ones, sorted by start. Done once per line: every
 * preview of that line then redacts them all, so no part of a second secret escapes.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The line cut to a readable window around `focus`, with every secret span in the window redacted.
 * `mergedSpans` come from mergeSpans. Only the window is built, so a multi-megabyte line with many
 * findings costs each finding the window's width, not the line's. A span cut by the window's edge
 * shows no prefix: its first characters there are from the middle of a secret.
 */
export function redactLine(text: string, mergedSpans: readonly Span[], focus: Span): string {
  const windowStart = Math.max(0, Math.min(focus.start - PREVIEW_WIDTH / 4, text.length - PREVIEW_WIDTH));
  const windowEnd = Math.min(text.length, windowStart + PREVIEW_WIDTH);
  let result = windowStart > 0 ? '…' : '';
  let cursor = windowStart;
  for (let index = firstSpanEndingAfter(mergedSpans, windowStart); index < mergedSpans.length; index++) {
    const span = mergedSpans[index] as Span;
    if (span.start >= windowEnd) break;
    const start = Math.max(span.start, windowStart);
    result += text.slice(cursor, start);
    result += start > span.start ? '*'.repeat(MASK_LENGTH) : redactSecret(text.slice(span.start, span.end));
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < windowEnd) result += text.slice(cursor, windowEnd);
  return (result + (Math.max(cursor, windowEnd) < text.length ? '…' : '')).trimEnd();
}

/**
 * The whole line with every secret span masked, as `leakguard redact` writes it in place of the line.
 * A span that starts in `continued` goes on from text already written (the line above, for a PEM
 * body line; the part of a long line before its cut) and shows no prefix: its first characters there
 * are from the middle of a secret.
 */
export function maskLine(text: string, spans: readonly Span[], continued: ReadonlySet<number> = NOTHING_CONTINUED): string {
  if (spans.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    result += text.slice(cursor, span.start);
    result += continued.has(span.start) ? '*'.repeat(MASK_LENGTH) : redactSecret(text.slice(span.start, span.end));
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

const NOTHING_CONTINUED: ReadonlySet<number> = new Set();

/** Binary search: the index of the first span whose end lies after `position`. */
function firstSpanEndingAfter(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as Span).end > position) high = middle;
    else low = middle + 1;
  }
  return low;
}
