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
 * Replaces every secret span on a line with its redacted form and cuts the line to a readable window
 * around `focus`. Every span must be redacted, not only the finding's own: a line can hold two secrets,
 * and overlapping spans are merged so no part of either escapes.
 */
export function redactLine(text: string, spans: readonly Span[], focus: Span): string {
  let result = '';
  let cursor = 0;
  let focusStart = 0;
  for (const span of mergeSpans(spans)) {
    result += text.slice(cursor, span.start);
    if (span.start <= focus.start && focus.start < span.end) focusStart = result.length;
    result += redactSecret(text.slice(span.start, span.end));
    cursor = span.end;
  }
  result += text.slice(cursor);
  return clipAround(result.trimEnd(), focusStart);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

function clipAround(text: string, focusStart: number): string {
  if (text.length <= PREVIEW_WIDTH) return text;
  const start = Math.max(0, Math.min(focusStart - PREVIEW_WIDTH / 4, text.length - PREVIEW_WIDTH));
  const head = start > 0 ? '…' : '';
  const tail = start + PREVIEW_WIDTH < text.length ? '…' : '';
  return head + text.slice(start, start + PREVIEW_WIDTH) + tail;
}
