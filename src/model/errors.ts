/** Stable error codes: scripts and tests match on them, never on message text. */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'GIT_FAILED'
  | 'NOT_A_REPOSITORY'
  | 'HOOK_CONFLICT'
  | 'IO_FAILED'
  | 'BASELINE_INVALID'
  | 'BASELINE_UNSUPPORTED'
  | 'BASELINE_LOCKED';

/**
 * An expected failure the user can fix. The CLI prints `message` and `hint` and exits 2; anything that
 * is not a LeakguardError is a bug and is printed with its stack.
 */
export class LeakguardError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LeakguardError';
    this.code = code;
    this.hint = options.hint;
  }
}

/** A config that fails validation: every problem in one message that names the file, and the fix. */
export function invalidConfig(source: string, problems: readonly string[], hint: string): LeakguardError {
  return new LeakguardError('CONFIG_INVALID', `Invalid leakguard config in ${source}:\n  - ${problems.join('\n  - ')}`, { hint });
}
