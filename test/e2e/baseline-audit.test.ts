import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { CLI, createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken, makePrivateKeyPem } from '../support/secrets';

/**
 * `baseline audit` through a real pseudo-terminal: util-linux `script` runs the CLI on a pty, so
 * stdin and stdout are terminals and keys arrive one at a time in raw mode, as a user types them.
 */
/** Terminals still open: a failed expectation leaves one waiting for keys, which would keep jest from ending. */
const running = new Set<ChildProcess>();

class Terminal {
  private output = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<number>;

  constructor(repo: TempRepo, args: readonly string[]) {
    const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ');
    this.child = spawn('script', ['-qec', command, '/dev/null'], { cwd: repo.dir, env: { ...repo.env, TERM: 'xterm' } });
    this.child.stdout?.on('data', (data: Buffer) => (this.output += data.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code ?? 128)));
    running.add(this.child);
    this.child.on('close', () => running.delete(this.child));
  }

  /** Everything the terminal showed so far. */
  get shown(): string {
    return this.output;
  }

  /** Waits until the terminal has shown `text` (after `from`, a length of `shown`). */
  async waitFor(text: string, from = 0): Promise<void> {
    const deadline = Date.now() + 20000;
    while (!this.output.slice(from).includes(text)) {
      if (Date.now() > deadline) throw new Error(`the terminal never showed "${text}"; it showed:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Presses a key and waits for what it should show. */
  async press(key: string, expected: string): Promise<void> {
    const from = this.output.length;
    this.child.stdin?.write(key);
    await this.waitFor(expected, from);
  }
}

/** No 12-character piece of any secret appears in the output. */
function expectNoPieceOf(secrets: readonly string[], output: string): void {
  for (const secret of secrets) {
    for (let start = 0; start + 12 <= secret.length; start++) expect(output).not.toContain(secret.slice(start, start + 12));
  }
}

describe('baseline audit in a terminal', () => {
  beforeAll(() => {
    // Not skipped when missing: a CI machine without it would pass without testing the audit at all.
    if (spawnSync('script', ['--version']).status !== 0) throw new Error('this test needs `script` from util-linux (Debian/Ubuntu: bsdutils, installed by default)');
  });

  let repo: TempRepo;
  const tokens = [makeGithubToken(71), makeGithubToken(72), makeGithubToken(73)];
  const verdicts = (): Record<string, string> =>
    Object.fromEntries(repo.read('.secretbaseline.jsonl').trimEnd().split('\n').slice(1).map((line) => {
      const entry = JSON.parse(line) as { file: string; verdict: string };
      return [entry.file, entry.verdict];
    }));

  beforeEach(() => {
    repo = createTempRepo();
    tokens.forEach((token, index) => repo.write(`src/file${index}.ts`, `const before = 1;\nexport const token = "${token}";\nconst after = 2;\n`));
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'old secrets', '--no-verify');
    expect(repo.leakguard(['baseline', 'create']).exitCode).toBe(0);
  });

  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    for (const token of tokens) expectNoLeak(token, repo.read('.secretbaseline.jsonl'));
    repo.remove();
  });

  test('shows each finding masked, reveals it only on r, writes each verdict as it is given, and stops on q', async () => {
    const terminal = new Terminal(repo, ['baseline', 'audit']);
    await terminal.waitFor('[q] quit');
    expect(terminal.shown).toContain('1 of 3 unreviewed');
    expect(terminal.shown).toContain('src/file0.ts:2  github-classic-token');
    expect(terminal.shown).toMatch(/> 2 \| export const token = "ghp_\*{8}";/);
    expect(terminal.shown).toContain('1 | const before = 1;');
    expectNoLeak(tokens[0] as string, terminal.shown);

    await terminal.press('r', 'the secret is shown');
    expect(terminal.shown).toContain(tokens[0]);
    await terminal.press('f', '2 of 3 unreviewed');
    // Written before the next question: quitting, or a crash, now loses nothing already answered.
    expect(verdicts()['src/file0.ts']).toBe('false-positive');
    await terminal.press('m', '3 of 3 unreviewed');
    expect(verdicts()['src/file1.ts']).toBe('must-fix');
    await terminal.press('q', 'still unreviewed');
    expect(await terminal.exited).toBe(0);
    expect(terminal.shown).toContain('stopped; 2 answered, 0 skipped; 1 still unreviewed.');
    expectNoLeak(tokens[1] as string, terminal.shown);
    expectNoLeak(tokens[2] as string, terminal.shown);
    expect(verdicts()).toEqual({ 'src/file0.ts': 'false-positive', 'src/file1.ts': 'must-fix', 'src/file2.ts': 'unreviewed' });

    const again = new Terminal(repo, ['baseline', 'audit']);
    await again.waitFor('1 of 1 unreviewed');
    await again.press('x', '[f] false positive');
    await again.press('a', '0 still unreviewed');
    expect(await again.exited).toBe(0);
    expect(verdicts()['src/file2.ts']).toBe('accepted');

    const done = new Terminal(repo, ['baseline', 'audit']);
    await done.waitFor('nothing to review');
    expect(await done.exited).toBe(0);
  });

  test('a private key is masked from BEGIN to its last base64 line, and r reveals all of it', async () => {
    const pem = makePrivateKeyPem(74);
    const token = makeGithubToken(75);
    repo.write('config/deploy.pem', `token = "${token}"\n${pem}\n`);
    repo.mustGit('add', '-A');
    repo.mustGit('commit', '-qm', 'a key', '--no-verify');
    expect(repo.leakguard(['baseline', 'update', '--add-new']).exitCode).toBe(0);
    const body = pem.split('\n').slice(1, -1);

    const terminal = new Terminal(repo, ['baseline', 'audit']);
    await terminal.waitFor('[q] quit');
    // The token on line 1 comes first; the key's body lines are in its context, masked too.
    expect(terminal.shown).toContain('config/deploy.pem:1  github-classic-token');
    expect(terminal.shown).toMatch(/ 3 \| \*{8}\r?\n/);
    await terminal.press('s', 'config/deploy.pem:2  private-key-pem');
    // The key's line and the three after it are body lines: each is masked whole, with no prefix.
    expect(terminal.shown).toMatch(/> 2 \| -----BEGIN RSA \*{8}/);
    expect(terminal.shown).toMatch(/ 3 \| \*{8}\r?\n/);
    expect(terminal.shown).toMatch(/ 5 \| \*{8}\r?\n/);
    // A context line that holds another finding is masked too.
    expect(terminal.shown).toMatch(/ 1 \| token = "ghp_\*{8}"/);
    expectNoPieceOf([token, ...body], terminal.shown);

    await terminal.press('r', 'the secret is shown');
    expect(terminal.shown).toContain(body[2]);
    expectNoLeak(token, terminal.shown);
    await terminal.press('q', 'still unreviewed');
    expect(await terminal.exited).toBe(0);
    expectNoPieceOf([token, ...body], repo.read('.secretbaseline.jsonl'));
  });

  test('a verdict and note written by hand while the audit runs are kept when it writes its answer', async () => {
    const terminal = new Terminal(repo, ['baseline', 'audit']);
    await terminal.waitFor('1 of 3 unreviewed');
    const edited = repo.read('.secretbaseline.jsonl').split('\n').map((line) => (line.includes('"file":"src/file2.ts"') ? line.replace('"verdict":"unreviewed"}', '"verdict":"must-fix","note":"rotate it"}') : line));
    repo.write('.secretbaseline.jsonl', edited.join('\n'));
    await terminal.press('f', '2 of 3 unreviewed');
    await terminal.press('q', 'still unreviewed');
    expect(await terminal.exited).toBe(0);
    expect(verdicts()).toEqual({ 'src/file0.ts': 'false-positive', 'src/file1.ts': 'unreviewed', 'src/file2.ts': 'must-fix' });
    expect(repo.read('.secretbaseline.jsonl')).toContain('"note":"rotate it"');
    for (const token of tokens) expectNoLeak(token, terminal.shown);
  });

  test('skip leaves an entry unreviewed; Ctrl-C stops like q', async () => {
    const terminal = new Terminal(repo, ['baseline', 'audit']);
    await terminal.waitFor('1 of 3 unreviewed');
    await terminal.press('s', '2 of 3 unreviewed');
    await terminal.press('a', '3 of 3 unreviewed');
    await terminal.press('\u0003', 'stopped; 1 answered, 1 skipped; 2 still unreviewed.');
    expect(await terminal.exited).toBe(0);
    expect(verdicts()).toEqual({ 'src/file0.ts': 'unreviewed', 'src/file1.ts': 'accepted', 'src/file2.ts': 'unreviewed' });
    for (const token of tokens) expectNoLeak(token, terminal.shown);
  });
});
