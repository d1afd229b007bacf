import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';

const HOOKS = ['pre-commit', 'commit-msg', 'pre-push'];

/** What `"prepare": "leakguard install"` needs: it must never fail an `npm ci` where there is nothing to guard. */
describe('leakguard install where there is nothing to guard', () => {
  let repo: TempRepo;

  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  const hooksInstalled = (): string[] => HOOKS.filter((hook) => existsSync(join(repo.dir, '.git', 'hooks', hook)));

  function expectOneLine(result: RunResult, saying: string): void {
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([expect.stringContaining(saying), '']);
  }

  test('outside a git work tree (a Docker build): one line, exit 0, nothing written', () => {
    const outside = createTempRepo({ init: false });
    try {
      expectOneLine(outside.leakguard(['install']), `${outside.dir} is not inside a git work tree (or git is missing): no hooks installed.`);
      expect(readdirSync(outside.dir)).toEqual([]);
    } finally {
      outside.remove();
    }
  });

  test('without git on PATH (a slim image): one line, exit 0', () => {
    expectOneLine(repo.leakguard(['install'], { env: { PATH: join(repo.root, 'no-such-dir') } }), 'is not inside a git work tree (or git is missing)');
    expect(hooksInstalled()).toEqual([]);
  });

  test.each(['true', '1'])('with CI=%s: one line, exit 0, no hooks; --force installs them', (ci) => {
    expectOneLine(repo.leakguard(['install'], { env: { CI: ci } }), `CI is set (CI=${ci}): no hooks installed`);
    expect(hooksInstalled()).toEqual([]);
    expect(repo.leakguard(['install', '--force'], { env: { CI: ci } }).exitCode).toBe(0);
    expect(hooksInstalled()).toEqual(HOOKS);
  });

  test('with CI=false, and inside a work tree: installs, and ends with the next steps', () => {
    const installed = repo.leakguard(['install'], { env: { CI: 'false' } });
    expect(installed.exitCode).toBe(0);
    expect(hooksInstalled()).toEqual(HOOKS);
    expect(installed.stdout.trimEnd().split('\n').at(-1)).toBe(
      'leakguard: next: `npx leakguard scan .` scans the files you have now; `npx leakguard baseline create` records what is already there, so that only new secrets block.',
    );
  });
});
