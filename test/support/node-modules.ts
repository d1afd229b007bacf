import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, type TempRepo } from './temp-repo';

/**
 * The project's leakguard in the repository's node_modules as `npm i -D` leaves it: the package and its
 * `.bin` link, which `npx --no leakguard` and husky's PATH (node_modules/.bin) find; node_modules ignored.
 */
export function linkLeakguardPackage(repo: TempRepo): void {
  mkdirSync(join(repo.dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(PROJECT_ROOT, join(repo.dir, 'node_modules', 'leakguard'));
  symlinkSync(join('..', 'leakguard', 'bin', 'leakguard.js'), join(repo.dir, 'node_modules', '.bin', 'leakguard'));
  repo.write('.gitignore', 'node_modules\n');
}

/** A package this project pins in its devDependencies (lefthook, husky), and its command in node_modules/.bin. */
export const devPackage = (name: string): string => join(PROJECT_ROOT, 'node_modules', name);
export const devTool = (name: string): string => join(PROJECT_ROOT, 'node_modules', '.bin', name);
