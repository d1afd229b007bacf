import { join } from 'node:path';
import { createTempRepo, type TempRepo } from './temp-repo';

/** A repository with one commit and a user's own pre-commit hook to keep, for the install fault tests. */
export interface UserHookRepo {
  readonly repo: TempRepo;
  readonly hooksDir: string;
  /** Where the pre-commit hook is (the user's hook is not written yet: each test decides). */
  readonly hook: string;
  /** The file the user's hook appends "ran" to: a trace the test can see. */
  readonly marker: string;
  /** The user's hook, with bytes a text round trip would change (a Latin-1 byte). */
  readonly userHook: Buffer;
}

export function createUserHookRepo(): UserHookRepo {
  const repo = createTempRepo();
  const hooksDir = join(repo.dir, '.git', 'hooks');
  const marker = join(repo.root, 'user-hook-ran');
  const userHook = Buffer.from(`#!/bin/sh\n# caf\xe9\necho ran >> '${marker}'\nexit 0\n`, 'latin1');
  repo.write('base.txt', 'base\n');
  repo.mustGit('add', '.');
  repo.mustGit('commit', '-qm', 'base');
  return { repo, hooksDir, hook: join(hooksDir, 'pre-commit'), marker, userHook };
}
