import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** PATH without any directory that holds a `leakguard`, so only what the test provides can be found. */
export const PATH_WITHOUT_LEAKGUARD = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => dir !== '' && !existsSync(join(dir, 'leakguard')))
  .join(delimiter);

/** An executable sh script standing in for a launcher (npm's .bin link, a global install) or a tool. */
export function writeScript(path: string, body: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/**
 * A stand-in for the leakguard CLI that writes its arguments (and, for `scan --commit-msg FILE`, the
 * message) to `trace` and finds a "secret" wherever the word BLOCKME is: it tests what the hooks ask,
 * not the scan.
 */
export function fakeCli(trace: string): string {
  return [
    `printf '%s\\n' "$*" >> '${trace}'`,
    'if [ "$2" = --commit-msg ]; then grep -q BLOCKME "$3" && { echo "fake leakguard: secret in the message" >&2; exit 1; }; fi',
    'exit 0',
  ].join('\n');
}
