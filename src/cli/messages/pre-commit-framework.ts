import { LeakguardError } from '../../model/errors';

/**
 * What to put in .pre-commit-config.yaml: the hooks of leakguard's manifest (.pre-commit-hooks.yaml).
 * `rev` is the tag (or commit) of leakguard to run; `pre-commit autoupdate` moves it on.
 */
export const PRE_COMMIT_CONFIG_SNIPPET = [
  'repos:',
  '  - repo: https://github.com/OWNER/leakguard   # or the git URL you install leakguard from',
  '    rev: v0.1.0',
  '    hooks:',
  '      - id: leakguard              # the staged change, on every commit',
  '      - id: leakguard-commit-msg',
  '      - id: leakguard-pre-push',
].join('\n');

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
