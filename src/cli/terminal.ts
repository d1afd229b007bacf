import type { CliIo } from './io';

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function shouldUseColor(io: CliIo, isDisabledByFlag: boolean): boolean {
  if (isDisabledByFlag || (io.env['NO_COLOR'] ?? '') !== '') return false;
  return io.isStdoutTty;
}
