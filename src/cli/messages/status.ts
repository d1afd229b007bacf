import type { HooksLocation } from '../../git/hooks-location';
import type { HookState } from '../../install/hook-status';
import type { HookFinds } from '../hook-probe';

export const STATUS_USAGE = `Usage: leakguard status

Says, for this repository: which hook files git runs (core.hooksPath and worktrees honoured) and
whether each of pre-commit, commit-msg and pre-push runs leakguard; which node and leakguard the
hooks find from this shell; which config file and baseline apply; and which git operations no hook
scans. Exit code 0 when every hook runs leakguard, 1 when one does not (or cannot run it), 2 when
it cannot tell (not a repository, git failed).
`;

export interface ConfigState {
  readonly source: string | undefined;
  /** Why the config does not load: every scan would stop with this. */
  readonly error?: string;
}

export interface StatusReport {
  readonly location: HooksLocation;
  readonly hooks: readonly { readonly name: string; readonly state: HookState }[];
  /** leakguard's hooks in .git/hooks that git skips because core.hooksPath points elsewhere. */
  readonly stranded: readonly string[];
  readonly finds: HookFinds | undefined;
  readonly config: ConfigState;
  readonly baseline: string | undefined;
}

export function describeStatus(report: StatusReport): string {
  return [
    `leakguard status of ${report.location.root}`,
    '',
    describeHooksDir(report.location),
    ...report.hooks.map(({ name, state }) => `  ${name.padEnd(12)}${describeHookState(state)}`),
    ...describeStranded(report),
    '',
    ...describeFinds(report.finds),
    report.config.error !== undefined
      ? `Config: does not load, so every scan stops (exit 2): ${report.config.error}`
      : `Config: ${report.config.source ?? 'none (built-in rules only)'}`,
    `Baseline: ${report.baseline ?? 'none (every finding blocks)'}`,
    '',
    ...UNCOVERED,
  ].join('\n') + '\n';
}

function describeHooksDir(location: HooksLocation): string {
  const origin = location.hooksPathOrigin;
  if (origin === undefined) return `Hooks git runs, from ${location.hooksDir}:`;
  const reach = origin.scope === 'global' || origin.scope === 'system' ? ', for every repository on this machine' : '';
  return `Hooks git runs, from ${location.hooksDir} (core.hooksPath=${location.hooksPathSetting}, ${origin.scope} config ${origin.file}${reach}):`;
}

function describeStranded(report: StatusReport): string[] {
  if (report.stranded.length === 0) return [];
  return [
    `leakguard's hooks in ${report.location.defaultHooksDir} no longer run: core.hooksPath=${report.location.hooksPathSetting} points git elsewhere`,
    '(a hook manager set up after leakguard, such as `husky init`, does this). `leakguard install` again puts leakguard where git looks now.',
  ];
}

const NOT = 'does NOT run leakguard';

function describeHookState(state: HookState): string {
  switch (state.kind) {
    case 'shim':
      return `runs leakguard: leakguard's hook at ${state.path}${state.chainedPath === undefined ? '' : `, then the hook it chains, ${state.chainedPath}`}`;
    case 'husky-block':
      return `runs leakguard: husky runs ${state.userFile}, which holds leakguard's block`;
    case 'husky-block-unreachable':
      return `${NOT}: leakguard's block in ${state.userFile} comes after \`${state.endingLine}\`, which ends the script first. Fix: leakguard install (moves it to the top)`;
    case 'calls-leakguard':
      return `runs leakguard: ${state.via} calls it`;
    case 'missing':
      return `${NOT}: there is no ${state.path}. Fix: leakguard install`;
    case 'not-executable':
      return `${NOT}: ${state.path} is not executable, so git skips it. Fix: chmod +x ${state.path}`;
    case 'other':
      return `${NOT}: ${state.userFile ?? state.path} does not call it. Fix: leakguard install (keeps that hook and runs it after the scan)`;
  }
}

function describeFinds(finds: HookFinds | undefined): string[] {
  if (finds === undefined) return ['The hooks find: nothing to ask, no hook holds leakguard\'s shim.'];
  const node = finds.node === undefined ? 'no node: every commit is blocked (see the hook\'s message for the fix)' : `${finds.node} (${finds.nodeVersion ?? 'version unknown'})`;
  const cli = finds.cli ?? finds.launcher ?? 'no leakguard: every commit is blocked. Fix: npm i -D leakguard';
  const answer = finds.cliAnswer === undefined || finds.cliAnswer.isRunning ? [] : [`  and it does not run, so every commit is blocked: ${finds.cliAnswer.text}`];
  return [
    `The hooks find, from this shell: node ${node}`,
    `  leakguard ${cli}${finds.cliAnswer?.isRunning === true ? ` (${finds.cliAnswer.text})` : ''}`,
    ...answer,
    '  (A git client started from a desktop icon may have another PATH; the hook then tries the node recorded at',
    '  install, then where nvm, volta, fnm, asdf and Homebrew put it, and blocks if there is none.)',
  ];
}

/** What no hook sees, checked against githooks(5) and by running each with every hook installed (git 2.39). */
const UNCOVERED = [
  'No pre-commit scan for:',
  '  git merge without conflicts   runs pre-merge-commit, not pre-commit (commit-msg does scan its message)',
  '  git cherry-pick, git revert, git rebase (pick)   run no commit hook (rebase only pre-rebase)',
  '  git am                        runs applypatch-msg and pre-applypatch, not pre-commit or commit-msg',
  '  git commit --no-verify        skips pre-commit and commit-msg',
  'pre-push scans the commits these made when they are pushed; git push --no-verify skips that too,',
  'so CI should run `leakguard scan --range` as well (see the README, "In CI").',
];
