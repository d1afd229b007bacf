import { existsSync, readFileSync } from 'node:fs';

/** The file's text, or undefined when there is no file at `path`. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
