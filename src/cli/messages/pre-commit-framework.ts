import { LeakguardError } from '../../model/errors';

/**
 * What to put in .pre-commit-config.yaml: the hooks of leakguard's manifest (.pre-commit-hooks.yaml).
 * `default_install_hook_types` (pre-commit 2.18+) makes a plain `pre-commit install` install all three.
 */
export const PRE_COMMIT_CONFIG_SNIPPET = [
  'default_install_hook_types: [pre-commit, commit-msg, pre-push]',
  'repos:',
  '  - repo: https://github.com/YOUR-ORG/leakguard   # leakguard\'s git repository, where you install it from',
  '    rev: v0.1.0                                   # a tag or commit of it',
  '    hooks:',
  '      - id: leakguard              # the staged change, on every commit',
  '      - id: leakguard-commit-msg',
  '      - id: leakguard-pre-push',
].join('\n');

/** install in a repository whose config already runs leakguard: nothing to do, and no error (npm's prepare). */
export function frameworkRunsLeakguard(configPath: string): string {
  return `leakguard: the pre-commit framework manages the hooks, and ${configPath} already runs leakguard; nothing to install.\n` +
    'leakguard: `pre-commit install --install-hooks` sets up its hooks (with --hook-type commit-msg --hook-type pre-push, unless the config says default_install_hook_types).\n';
}

/** The staged scan under `pre-commit run --all-files` or `--files`: nothing staged, files given. */
export function emptyIndexUnderFramework(): LeakguardError {
  return new LeakguardError('USAGE', 'pre-commit ran the leakguard hook, which scans the staged change, and nothing is staged: with --all-files or --files it would have read nothing.', {
    hint: 'To scan the files pre-commit passes, use the leakguard-files hook (pre-commit run leakguard-files --all-files); the leakguard hook is for commits.',
  });
}

/** The framework's pre-push stage without what it exports for a push (an old pre-commit, or a manual run). */
export function frameworkPushWithoutRefs(): LeakguardError {
  return new LeakguardError('USAGE', 'leakguard scan --pre-push under pre-commit needs the refs pre-commit exports (PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF, or PRE_COMMIT_LOCAL_BRANCH and PRE_COMMIT_REMOTE_NAME), and none are set.', {
    hint: 'Let git push run it: pre-commit install --hook-type pre-push.',
  });
}
