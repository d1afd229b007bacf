import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('a mistyped flag, command or config key: exit 2 with the name it was most likely meant to be', () => {
  let repo: TempRepo;
  const token = makeGithubToken(143);
  const outputs: string[] = [];

  function leakguard(...args: string[]): RunResult {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.mustGit('commit', '-q', '--allow-empty', '-m', 'Start');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs);
    repo.remove();
  });

  test('an unknown flag is named, with the closest flag of that command, not node parseArgs text', () => {
    const result = leakguard('scan', '--histroy');
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toBe('leakguard: Unknown option --histroy for leakguard scan. Did you mean --history?\nhint: See `leakguard scan --help`.\n');
    expect(leakguard('baseline', 'create', '--include-untraked').stderr).toContain('Did you mean --include-untracked?');
    expect(leakguard('install', '--forse').stderr).toContain('Unknown option --forse for leakguard install. Did you mean --force?');
  });

  test('a flag close to none gets no guess, and a pasted token typed as a flag is redacted', () => {
    const far = leakguard('scan', '--zzz');
    expect(far.exitCode).toBe(2);
    expect(far.stderr).toContain('Unknown option --zzz for leakguard scan.\n');
    const pasted = leakguard('scan', `--${token}`);
    expect(pasted.exitCode).toBe(2);
    expect(pasted.stderr).toContain('Unknown option --gh******** for leakguard scan.');
  });

  test('an unknown command, baseline subcommand or option value gets the closest one', () => {
    const command = leakguard('scna');
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toMatch(/^Unknown command "scna". Did you mean `leakguard scan`\?\n/);
    const subcommand = leakguard('baseline', 'crate');
    expect(subcommand.exitCode).toBe(2);
    expect(subcommand.stderr).toContain('Did you mean `leakguard baseline create`?');
    expect(leakguard('scan', '.', '--format', 'jsn').stderr).toContain('got "jsn". Did you mean json?');
  });

  test('an unknown config key and a mistyped rule id in disable get the closest name', () => {
    repo.write('.leakguardrc.json', JSON.stringify({ alowlist: { path: ['fixtures/**'] }, disable: ['github-clasic-token'] }));
    const result = leakguard('scan', '--staged');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('alowlist: unknown key; expected one of: disable, rules, allowlist, unscannable. Did you mean "allowlist"?');
    expect(result.stderr).toContain('disable[0]: "github-clasic-token" is not a rule id (list them with `leakguard rules`). Did you mean "github-classic-token"?');
    repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { path: ['fixtures/**'] } }));
    expect(leakguard('scan', '--staged').stderr).toContain('allowlist.path: unknown key; expected one of: paths, values. Did you mean "paths"?');
  });
});
