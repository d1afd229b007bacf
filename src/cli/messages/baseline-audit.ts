import type { BaselineEntry, Verdict } from '../../baseline/baseline-format';
import type { LocatedEntry } from '../baseline/locate-entries';
import { redactLine, type Span } from '../../model/redact';

/** Clears the screen and the scrollback, so a revealed secret does not stay on screen after the answer. */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J\u001b[3J';

export const AUDIT_KEYS = '[f] false positive  [a] accepted  [m] must fix  [s] skip  [r] reveal/hide  [q] quit';

export const AUDIT_NEEDS_TERMINAL = 'baseline audit asks questions one key at a time and needs a terminal, but stdin or stdout is not one.';
export const AUDIT_NEEDS_TERMINAL_HINT =
  'Run it in a terminal. Without one, `leakguard baseline audit --stats` and `leakguard baseline list` show the verdicts, and a verdict can be edited in .secretbaseline.jsonl directly.';

export const VERDICT_OF_KEY: Readonly<Record<string, Verdict>> = { f: 'false-positive', a: 'accepted', m: 'must-fix' };

/** One finding to review: where, which rule, and the lines around it with every secret masked unless revealed. */
export function describeAuditItem(item: LocatedEntry, position: number, total: number, isRevealed: boolean): string {
  const { entry, location } = item;
  const place = location === undefined ? entry.file : `${entry.file}:${location.match.line}`;
  const lines = [`leakguard baseline audit: ${position} of ${total} unreviewed`, '', `${place}  ${entry.rule}`, ''];
  if (location === undefined) {
    lines.push('  (not found in the work tree: the file or the secret may be gone; `leakguard baseline update` prunes it)');
  } else {
    const width = String(location.context[location.context.length - 1]?.line ?? 0).length;
    for (const context of location.context) {
      const isFocus = context.line === location.match.line;
      const spans = isRevealed && context.focus !== undefined ? withoutSpan(context.spans, context.focus) : context.spans;
      const window = isFocus ? location.match : { start: 0, end: 0 };
      lines.push(`${isFocus ? '>' : ' '} ${String(context.line).padStart(width)} | ${redactLine(context.text, spans, window)}`);
    }
    lines.push('', isRevealed ? '  the secret is shown: press r to mask it again' : '  the secret is masked: press r to reveal it');
  }
  return CLEAR_SCREEN + [...lines, '', AUDIT_KEYS, ''].join('\n');
}

export function describeAnswer(entry: BaselineEntry, verdict: Verdict | 'skipped'): string {
  return verdict === 'skipped' ? `${entry.file}: skipped\n` : `${entry.file}: ${verdict} (saved)\n`;
}

export function describeAuditEnd(answered: number, skipped: number, left: number, isQuit: boolean): string {
  return `${CLEAR_SCREEN}leakguard: ${isQuit ? 'stopped; ' : ''}${answered} answered, ${skipped} skipped; ${left} still unreviewed.\n`;
}

export const NOTHING_TO_AUDIT = 'leakguard: every baseline entry has a verdict; nothing to review.\n';

/** A line's spans without the focus secret's own part, so only that secret is revealed. */
function withoutSpan(spans: readonly Span[], focus: Span): Span[] {
  return spans.flatMap((span) => {
    if (span.end <= focus.start || span.start >= focus.end) return [span];
    return [{ start: span.start, end: focus.start }, { start: focus.end, end: span.end }].filter((part) => part.end > part.start);
  });
}
