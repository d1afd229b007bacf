import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The installed package's version, read from its package.json only when asked. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
