import { basename } from 'node:path';
import { detectLauncher } from '../../src/cli/launcher';
import { bypassLine } from '../../src/cli/messages/bypass';
import { processAncestors } from '../../src/cli/process-ancestors';

describe('detectLauncher: what started the scan, from what the launching tool sets', () => {
  test('our shim passes its hook file; in .husky/ it is a husky hook', () => {
    expect(detectLauncher({ env: { LEAKGUARD_HOOK_FILE: '/repo/.git/hooks/pre-commit' } })).toBe('shim');
    expect(detectLauncher({ env: { LEAKGUARD_HOOK_FILE: '.husky/pre-commit' } })).toBe('husky');
    expect(detectLauncher({ env: { LEAKGUARD_HOOK_FILE: '/repo/.husky/pre-push', PRE_COMMIT: '1' } })).toBe('husky');
  });

  test('PRE_COMMIT=1 is the pre-commit framework; nothing known is unknown', () => {
    expect(detectLauncher({ env: { PRE_COMMIT: '1' } })).toBe('pre-commit');
    expect(detectLauncher({ env: {} })).toBe('unknown');
    // This process's ancestors are jest's node and the shell that started it: no hook manager.
    expect(detectLauncher({ env: {}, parentPid: process.ppid })).toBe('unknown');
  });

  test('processAncestors starts at the given process and names its program', () => {
    const [self] = processAncestors(process.pid, 1);
    expect(self?.name).toBe(basename(process.argv0));
  });
});

describe('bypassLine', () => {
  test('names the bypass of each launcher, and --no-verify always', () => {
    expect(bypassLine('pre-commit', 'commit')).toContain('SKIP=leakguard git commit …');
    expect(bypassLine('lefthook', 'push')).toContain('LEFTHOOK_EXCLUDE=leakguard git push …');
    expect(bypassLine('husky', 'commit')).toContain('HUSKY=0 git commit …');
    expect(bypassLine('unknown', 'push')).toBe('To push anyway, deliberately: git push --no-verify  (or LEAKGUARD_SKIP=1 git push …)');
    for (const launcher of ['shim', 'husky', 'pre-commit', 'lefthook', 'unknown'] as const) expect(bypassLine(launcher, 'commit')).toContain('git commit --no-verify');
  });
});
