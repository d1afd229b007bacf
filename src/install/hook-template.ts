import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Identifies a hook file leakguard wrote; never changes meaning across versions. */
export const MANAGED_MARKER = '# leakguard-managed-hook';
const BLOCK_START = '# >>> leakguard >>>';
const BLOCK_END = '# <<< leakguard <<<';
/** Where install moves a hook that was there before; the shim runs it after scanning. */
export const CHAINED_SUFFIX = '.pre-leakguard';

export interface CliLocation {
  /** The node binary that ran install, so hooks work where PATH lacks node (GUI git clients). */
  readonly node: string;
  /** This leakguard's bin/leakguard.js. */
  readonly cli: string;
}

/**
 * The hooks install writes; one shim serves all three, and asks the question its name calls for:
 * the staged change, the commit message (in the file git names, githooks(5)), the pushed commits.
 */
export const HOOK_NAMES = ['pre-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/**
 * The shim from hooks/shim.sh for the named hook, with the CLI's location filled in. Without a
 * location the recorded paths stay empty and the shim looks only in node_modules/.bin and on PATH: for
 * a file that is committed and shared (husky's), where one machine's paths mean nothing on another.
 */
export function renderHook(hookName: HookName, location?: CliLocation): string {
  const template = readFileSync(join(__dirname, '..', '..', 'hooks', 'shim.sh'), 'utf8');
  // A replacer function, because a replacement string would treat `$&` or `$'` in a path as patterns.
  return template
    .replace('@LEAKGUARD_HOOK@', () => hookName)
    .replace('@LEAKGUARD_NODE@', () => quoteForShell(location?.node ?? ''))
    .replace('@LEAKGUARD_CLI@', () => quoteForShell(location?.cli ?? ''));
}

/** The scanning block alone, markers included: what goes into a hook manager's own hook file. */
export function scanningBlock(hook: string): string {
  const start = hook.indexOf(BLOCK_START);
  const end = hook.indexOf(BLOCK_END);
  return hook.slice(start, end + BLOCK_END.length) + '\n';
}

export function hasScanningBlock(text: string): boolean {
  return scanningBlockStart(text) >= 0;
}

/** Where leakguard's block starts in `text`, or -1 when it has none (or only half of one). */
export function scanningBlockStart(text: string): number {
  const start = text.indexOf(BLOCK_START);
  return start >= 0 && text.indexOf(BLOCK_END, start) > start ? start : -1;
}

/** `text` with leakguard's block swapped for `block`, in the same place; the lines around it untouched. */
export function replaceScanningBlock(text: string, block: string): string {
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END, start);
  if (start < 0 || end < 0) return text;
  const afterEnd = text.indexOf('\n', end);
  return text.slice(0, start) + block + (afterEnd < 0 ? '' : text.slice(afterEnd + 1));
}

/** `text` without leakguard's block, exactly as it was before the block was added. */
export function removeScanningBlock(text: string): string {
  return replaceScanningBlock(text, '');
}

/**
 * The paths install recorded in a shim it wrote, read back from the lines renderHook filled in; an
 * empty one (husky's block records none) reads as absent.
 */
export function recordedLocationOf(hook: string): CliLocation | undefined {
  const node = recordedValue(hook, 'leakguard_recorded_node');
  const cli = recordedValue(hook, 'leakguard_recorded_cli');
  return node || cli ? { node: node ?? '', cli: cli ?? '' } : undefined;
}

function recordedValue(hook: string, name: string): string | undefined {
  const quoted = new RegExp(`^\\s*${name}='((?:[^']|'\\\\'')*)'$`, 'm').exec(hook)?.[1];
  return quoted === undefined || quoted === '' ? undefined : quoted.replace(/'\\''/g, "'");
}

/** The inside of a single-quoted sh string: a quote becomes '\'' (close, escaped quote, reopen). */
function quoteForShell(value: string): string {
  return value.replace(/'/g, `'\\''`);
}
