import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_WITHOUT_LEAKGUARD } from './hook-env';
import { devPackage } from './node-modules';
import type { TempRepo } from './temp-repo';

/**
 * The real `npx husky init` (husky 9, this project's devDependency, linked into the repository's
 * node_modules as `npm i -D husky` would put it): it adds `"prepare": "husky"` to package.json (made
 * here when absent), sets core.hooksPath=.husky/_ and writes there one script per git hook that runs
 * the user's .husky/<hook> with `sh -e`, and writes .husky/pre-commit (`npm test`), which is then
 * replaced by `userPreCommit` (the package.json made here has a test script that says it ran).
 */
export function huskyInit(repo: TempRepo, userPreCommit?: string): void {
  if (!existsSync(join(repo.dir, 'package.json'))) repo.write('package.json', `${JSON.stringify({ name: 'app', private: true, scripts: { test: 'echo "npm test ran" >&2' } })}\n`);
  const modules = join(repo.dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  if (!existsSync(join(modules, 'husky'))) {
    symlinkSync(devPackage('husky'), join(modules, 'husky'));
    symlinkSync(join('..', 'husky', 'bin.js'), join(modules, '.bin', 'husky'));
  }
  const init = repo.run('npx', ['--no', 'husky', 'init'], { env: { PATH: PATH_WITHOUT_LEAKGUARD } });
  if (init.exitCode !== 0) throw new Error(`npx husky init failed (${init.exitCode}): ${init.stderr}`);
  if (userPreCommit !== undefined) repo.write('.husky/pre-commit', userPreCommit);
}
