import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** Every file under `dir` but git's object store and the message files git writes itself. */
function filesLeakguardCouldWrite(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile() && !path.includes('objects') && !/(COMMIT_EDITMSG|TAG_EDITMSG|logs)/.test(path))
    .map((path) => readFileSync(path, 'latin1'));
}

const text = (result: RunResult): string => result.stdout + result.stderr;

describe('the commit message, scanned by a commit-msg hook running `scan --commit-msg "$1"`', () => {
  let repo: TempRepo;
  const token = makeGithubToken(81);
  const outputs: string[] = [];

  function commit(...args: string[]): RunResult {
    const result = repo.git('commit', '-q', ...args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const head = (): string => repo.mustGit('rev-parse', 'HEAD').trim();

  /** An "editor" for GIT_EDITOR: puts these lines above what git wrote into the message file. */
  function editorPrepending(...lines: string[]): NodeJS.ProcessEnv {
    const script = repo.write('../editor.sh', `#!/bin/sh\nprintf '%s\\n' "$MESSAGE_LINES" | cat - "$1" > "$1.new" && mv "$1.new" "$1"\n`);
    chmodSync(script, 0o755);
    return { GIT_EDITOR: script, MESSAGE_LINES: lines.join('\n') };
  }

  function commitInEditor(env: NodeJS.ProcessEnv, ...args: string[]): RunResult {
    const result = repo.run('git', ['commit', '-q', ...args], { env });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    const hook = repo.write('.git/hooks/commit-msg', `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --commit-msg "$1"\n`);
    chmodSync(hook, 0o755);
    repo.write('README.md', '# project\n');
    repo.mustGit('add', 'README.md');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Start');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesLeakguardCouldWrite(join(repo.dir, '.git')));
    repo.remove();
  });

  test('git commit -m fix -m "token …" is blocked, naming the line of the message', () => {
    const before = head();
    const result = commit('--allow-empty', '-m', 'fix', '-m', `token ${token}`);
    expect(result.exitCode).not.toBe(0);
    expect(text(result)).toContain('found 1 secret in the commit message; the commit is blocked');
    expect(text(result)).toContain('commit message\n  3:7  github-classic-token');
    expect(text(result)).toContain('token ghp_********');
    expect(text(result)).toContain('git commit --no-verify');
    expect(head()).toBe(before);
  });

  test('a clean message passes silently; leakguard:allow and the config allowlist apply', () => {
    expect(commit('--allow-empty', '-m', 'fix', '-m', 'Read the token from TOKEN.')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(commit('--allow-empty', '-m', 'Document the format', '-m', `example: ${token} leakguard:allow`).exitCode).toBe(0);
    repo.write('.leakguardrc.json', JSON.stringify({ allowlist: { values: [`^${token.slice(0, 12)}`] } }));
    expect(commit('--allow-empty', '-m', 'Use the sandbox token', '-m', `sandbox: ${token}`).exitCode).toBe(0);
  });

  test('the baseline applies to a message with --match-any-file: a secret it knows from a file passes', () => {
    repo.write('fixture.ts', `export const sample = "${token}";\n`);
    repo.mustGit('add', 'fixture.ts');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Add the fixture');
    const created = repo.leakguard(['baseline', 'create']);
    outputs.push(created.stdout, created.stderr);
    expect(created.exitCode).toBe(0);
    const message = repo.write('../message.txt', `Use the fixture\n\n${token}\n`);
    const known = repo.leakguard(['scan', '--commit-msg', message, '--match-any-file']);
    const unknown = repo.leakguard(['scan', '--commit-msg', message]);
    outputs.push(known.stdout, known.stderr, unknown.stdout, unknown.stderr);
    expect(known.exitCode).toBe(0);
    expect(unknown.exitCode).toBe(1);
  });

  test('with -m git keeps a line that starts with #: it is scanned', () => {
    const result = commit('--allow-empty', '-m', 'fix', '-m', `# token ${token}`);
    expect(result.exitCode).not.toBe(0);
    expect(text(result)).toContain('3:9  github-classic-token');
  });

  test('git commit -F file is scanned with the line numbers of the file', () => {
    repo.write('../message.txt', `Add the deploy step\n\nIt logs in with\n${token}\n`);
    const result = commit('--allow-empty', '-F', join(repo.root, 'message.txt'));
    expect(result.exitCode).not.toBe(0);
    expect(text(result)).toContain('commit message\n  4:1  github-classic-token');
  });

  test('git commit -v in an editor: comment lines and the staged diff below the scissors are not the message', () => {
    repo.write('config.ts', `export const token = "${token}";\n`);
    repo.mustGit('add', 'config.ts');
    // The diff below the scissors holds the token (pre-commit's business); git drops it and the comment.
    const clean = commitInEditor(editorPrepending('Add the config', '', `# was ${token}`), '-v');
    expect(clean.exitCode).toBe(0);
    expect(repo.mustGit('log', '-1', '--format=%s')).toBe('Add the config\n');
    repo.write('config.ts', `export const token = "${token}"; // again\n`);
    repo.mustGit('add', 'config.ts');
    const blocked = commitInEditor(editorPrepending('Change the config', '', `The token is ${token}`), '-v');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('found 1 secret in the commit message');
    expect(text(blocked)).toContain('commit message\n  3:14  github-classic-token');
  });

  test('core.commentChar is honoured: with ";" a "#" line is the message, a ";" line a comment', () => {
    repo.mustGit('config', 'core.commentChar', ';');
    expect(commitInEditor(editorPrepending('fix', '', `; ${token}`), '--allow-empty').exitCode).toBe(0);
    const blocked = commitInEditor(editorPrepending('fix', '', `# ${token}`), '--allow-empty');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('3:3  github-classic-token');
  });
});

describe('pushes and commit scans read commit and tag messages', () => {
  let repo: TempRepo;
  let remote: string;
  const token = makeGithubToken(82);
  const outputs: string[] = [];

  function push(...args: string[]): RunResult {
    const result = repo.git('push', '-q', 'origin', ...args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function leakguard(...args: string[]): RunResult {
    const result = repo.leakguard(args);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  /** A commit made past the hooks, as on another machine or by a tool. */
  function commitUnchecked(path: string, content: string, ...messages: string[]): string {
    repo.write(path, content);
    repo.mustGit('add', path);
    repo.mustGit('commit', '-q', '--no-verify', ...messages.flatMap((message) => ['-m', message]));
    return repo.mustGit('rev-parse', 'HEAD').trim();
  }

  const remoteHas = (ref: string): boolean => repo.run('git', ['--git-dir', remote, 'rev-parse', '--verify', '-q', ref]).exitCode === 0;
  const shaOf = (ref: string): string => repo.mustGit('rev-parse', ref).trim();

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    remote = repo.addBareRemote();
    expect(repo.leakguard(['install']).stdout).toContain('installed the pre-push hook');
    commitUnchecked('README.md', '# project\n', 'Start');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesLeakguardCouldWrite(join(repo.dir, '.git')), ...filesLeakguardCouldWrite(remote));
    repo.remove();
  });

  test('a commit whose body holds a token blocks the push, naming the commit; clean messages pass', () => {
    commitUnchecked('a.ts', 'export const a = process.env.TOKEN;\n', 'Read the token', 'from the environment');
    expect(push('main')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    const leaking = commitUnchecked('b.ts', 'export const b = 1;\n', 'fix', `token ${token}`);
    const blocked = push('main');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('found 1 secret in 1 commit; the push is blocked');
    expect(text(blocked)).toContain(`commit message\n  3:7  github-classic-token`);
    expect(text(blocked)).toContain(`commit ${leaking.slice(0, 7)} fix`);
    expect(text(blocked)).toContain('`reword` each commit');
    expect(shaOf('refs/remotes/origin/main')).not.toBe(leaking);
  });

  test('an empty commit and a merge carry messages too', () => {
    repo.mustGit('commit', '-q', '--no-verify', '--allow-empty', '-m', 'Empty', '-m', `token ${token}`);
    expect(push('main').exitCode).not.toBe(0);
    repo.mustGit('reset', '-q', '--hard', 'HEAD~1');
    repo.mustGit('checkout', '-q', '-b', 'side');
    commitUnchecked('side.ts', 'side\n', 'Side');
    repo.mustGit('checkout', '-q', 'main');
    commitUnchecked('main.ts', 'main\n', 'Main');
    repo.mustGit('merge', '-q', '--no-verify', '--no-ff', 'side', '-m', 'Merge side', '-m', `token ${token}`);
    const blocked = push('main');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain(`commit ${shaOf('HEAD').slice(0, 7)} Merge side`);
  });

  test('an annotated tag whose message holds a token blocks `git push origin <tag>`, and a tag of it too', () => {
    expect(push('main').exitCode).toBe(0);
    repo.mustGit('tag', '-a', 'v1', '-m', 'Release 1', '-m', `token ${token}`);
    const blocked = push('v1');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('found 1 secret in 1 tag; the push is blocked');
    expect(text(blocked)).toContain(`tag message\n  3:7  github-classic-token`);
    expect(text(blocked)).toContain(`tag v1 ${shaOf('v1').slice(0, 7)} Release 1`);
    expect(remoteHas('refs/tags/v1')).toBe(false);
    // A clean tag of that tag still sends it.
    repo.mustGit('-c', 'advice.nestedTag=false', 'tag', '-a', 'v1-signed-off', 'v1', '-m', 'Approved');
    expect(push('v1-signed-off').exitCode).not.toBe(0);
    expect(remoteHas('refs/tags/v1-signed-off')).toBe(false);
    repo.mustGit('tag', '-a', 'v2', '-m', 'Release 2', '-m', 'Notes without secrets.');
    expect(push('v2')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  test('--follow-tags sends the tag with the commits: its message blocks the push', () => {
    commitUnchecked('c.ts', 'c\n', 'Clean change');
    repo.mustGit('tag', '-a', 'v3', '-m', 'Release 3', '-m', `token ${token}`);
    const blocked = push('--follow-tags', 'main');
    expect(blocked.exitCode).not.toBe(0);
    expect(text(blocked)).toContain('tag v3');
    expect(remoteHas('refs/tags/v3')).toBe(false);
  });

  test('--range and --history report a message with its commit; --history reads tags too', () => {
    const base = shaOf('HEAD');
    const leaking = commitUnchecked('d.ts', 'd\n', 'fix', `token ${token}`);
    commitUnchecked('e.ts', 'e\n', 'Later');
    repo.mustGit('tag', '-a', 'v4', '-m', 'Release 4', '-m', `token ${token}`);
    const range = leakguard('scan', '--range', `${base}..HEAD`);
    expect(range.exitCode).toBe(1);
    expect(text(range)).toContain(`commit message\n  3:7  github-classic-token`);
    expect(text(range)).toContain(`commit ${leaking.slice(0, 7)} fix`);
    expect(text(range)).not.toContain('tag message');
    const history = leakguard('scan', '--history', '--format', 'json');
    expect(history.exitCode).toBe(1);
    const findings = (JSON.parse(history.stdout) as { findings: { file: string; line: number; commit: unknown }[] }).findings;
    expect(findings.map((finding) => [finding.file, finding.line, finding.commit])).toEqual([
      ['commit message', 3, { sha: leaking, subject: 'fix' }],
      ['tag message', 3, { sha: shaOf('v4'), subject: 'Release 4', tag: 'v4' }],
    ]);
    expect(leakguard('scan', '--since', leaking).exitCode).toBe(0);
  });
});
