import { createSampleGenerator } from '../../src/detect/sample-generator';
import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * Issue 11, item 3: every error path that quotes user input or a file. A secret is planted in each
 * input; neither it nor any 12-character piece of it may appear in what leakguard prints, and the
 * message must still name the file (and the line and column of a syntax error) or the key.
 */
const SECRETS = [
  { kind: 'a GitHub token', secret: makeGithubToken(111) },
  { kind: 'a base64 secret', secret: createSampleGenerator(112).base64(40) },
];
const PIECE = 12;

function expectNoPieceOf(secret: string, output: string): void {
  expectNoLeak(secret, output);
  for (let start = 0; start + PIECE <= secret.length; start++) expect(output).not.toContain(secret.slice(start, start + PIECE));
}

/** The config as JSON: the planted secrets hold no character JSON escapes. */
const json = (value: unknown): string => JSON.stringify(value, null, 2);

interface Case {
  readonly name: string;
  readonly files?: (secret: string) => Record<string, string>;
  readonly args: (secret: string) => string[];
  readonly input?: (secret: string) => string;
  /** What the message must still say. */
  readonly names: readonly string[];
}

const PUSH_ZERO = '0'.repeat(40);

const CASES: readonly Case[] = [
  {
    name: 'an invalid package.json without any leakguard config',
    files: (secret) => ({ 'package.json': `{\n  "name": "app",\n  "token": "${secret}"\n  "version": "1.0.0"\n}\n` }),
    args: () => ['scan', '--staged'],
    names: ['package.json, line 4, column 3', "expected ',' or '}'", '    4 |   "version": "********"\n      |   ^'],
  },
  {
    name: 'a JSON syntax error on the line that holds the secret',
    files: (secret) => ({ '.leakguardrc.json': `{\n  "allowlist": { "values": ["${secret}",] }\n}\n` }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc.json, line 2, column', '    2 |   "allowlist": { "values": ["', '********",] }\n', 'values on the line shown are masked'],
  },
  {
    name: 'a YAML syntax error on the line that holds the secret, unquoted',
    files: (secret) => ({ '.leakguardrc': `allowlist:\n  values: [${secret}: : ]\n` }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc, line 2, column', '    2 |   values: [', '********: : ]'],
  },
  {
    name: 'a bad regex in allowlist.values',
    files: (secret) => ({ '.leakguardrc.json': json({ allowlist: { values: [`(${secret}`] } }) }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc.json', 'allowlist.values[0]: is not a valid regular expression'],
  },
  {
    name: 'a bad regex in rules[].pattern',
    files: (secret) => ({ '.leakguardrc.json': json({ rules: [{ id: 'acme-api-key', description: 'Acme', keywords: ['acme'], pattern: `acme_[${secret}` }] }) }),
    args: () => ['scan', '--staged'],
    names: ['rules[0].pattern: is not a valid regular expression'],
  },
  {
    name: 'a disable entry, a rule id and an unknown key',
    files: (secret) => ({
      '.leakguardrc.json': json({ disable: [secret], rules: [{ id: secret, description: 'Acme', keywords: ['acme'], pattern: 'acme_[a-z]{8}' }], allowlist: { [secret]: [] }, [secret]: 1 }),
    }),
    args: () => ['scan', '--staged'],
    names: ['disable[0]', 'is not a rule id', 'rules[0].id', 'must be kebab-case', 'allowlist.', 'unknown key'],
  },
  {
    name: '.leakguardrc.js naming an undefined identifier',
    files: (secret) => ({ '.leakguardrc.js': `module.exports = {\n  disable: [${secret}],\n};\n` }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc.js, line 2'],
  },
  {
    name: '.leakguardrc.js with a syntax error',
    files: (secret) => ({ '.leakguardrc.js': `module.exports = {\n  disable: ['${secret}' ${secret}],\n};\n` }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc.js, line 2', 'SyntaxError'],
  },
  {
    name: '.leakguardrc.js that throws',
    files: (secret) => ({ '.leakguardrc.js': `const key = '${secret}';\nthrow new Error('no key ' + key);\n` }),
    args: () => ['scan', '--staged'],
    names: ['.leakguardrc.js, line 2, column 7', 'Error: no key'],
  },
  { name: '--config', args: (secret) => ['scan', '--staged', '--config', secret], names: ['Could not read leakguard config', 'ENOENT'] },
  { name: '--range', args: (secret) => ['scan', '--range', secret], names: ['git', 'failed'] },
  { name: '--range A..B', args: (secret) => ['scan', '--range', `HEAD..${secret}`], names: ['git', 'failed'] },
  { name: '--since', args: (secret) => ['scan', '--since', secret], names: ['git', 'failed'] },
  {
    name: 'a malformed pre-push input line',
    args: () => ['scan', '--pre-push', 'origin'],
    input: (secret) => `refs/heads/main ${secret} refs/heads/main ${PUSH_ZERO}\n`,
    names: ["not a line of git's pre-push input", 'refs/heads/main'],
  },
  { name: 'extra pre-push arguments', args: (secret) => ['scan', '--pre-push', 'origin', 'url', secret], names: ['Unexpected arguments'] },
  { name: 'an unknown command', args: (secret) => [secret], names: ['Unknown command'] },
  { name: 'an unknown option', args: (secret) => ['scan', `--${secret}`], names: ['Unknown option'] },
  { name: 'an unknown option with a value', args: (secret) => ['scan', '--staged', `--${secret}=1`], names: ['Unknown option'] },
  { name: 'a bad --format', args: (secret) => ['scan', '--staged', '--format', secret], names: ['--format must be one of text, json, sarif'] },
  { name: 'a path to scan that does not exist', args: (secret) => ['scan', secret], names: ['Cannot scan', 'no such file or directory'] },
  { name: 'a --baseline that does not exist', args: (secret) => ['scan', '--staged', '--baseline', secret], names: ['There is no baseline at'] },
  { name: 'a --commit-msg file that does not exist', args: (secret) => ['scan', '--commit-msg', secret], names: ['Could not read the commit message file'] },
  { name: 'an --output that cannot be written', args: (secret) => ['scan', '--staged', '--output', `missing-dir/${secret}`], names: ['Could not write the report to'] },
  { name: 'an unknown baseline command', args: (secret) => ['baseline', secret], names: ['Unknown baseline command'] },
  { name: 'arguments to status', args: (secret) => ['status', secret], names: ['takes no arguments'] },
];

describe.each(SECRETS)('error paths do not quote $kind', ({ secret }) => {
  let repo: TempRepo;

  beforeEach(() => {
    repo = createTempRepo();
    repo.write('README.md', 'hello\n');
    repo.mustGit('add', 'README.md');
  });

  afterEach(() => repo.remove());

  test.each(CASES)('$name', ({ files, args, input, names }) => {
    for (const [path, content] of Object.entries(files?.(secret) ?? {})) repo.write(path, content);
    const result = repo.leakguard(args(secret), input === undefined ? {} : { input: input(secret) });
    expect(result.exitCode).toBe(2);
    const output = result.stdout + result.stderr;
    for (const words of names) expect(output).toContain(words);
    expect(output).not.toContain('unexpected error');
    expectNoPieceOf(secret, output);
  });

  describe('through the real pre-commit hook', () => {
    const commit = (): RunResult => repo.git('commit', '-m', 'change');

    beforeEach(() => expect(repo.leakguard(['install']).exitCode).toBe(0));

    test.each(CASES.filter((testCase) => testCase.name.includes('package.json') || testCase.name.includes('.leakguardrc.js')))('$name blocks the commit', ({ files, names }) => {
      for (const [path, content] of Object.entries(files?.(secret) ?? {})) repo.write(path, content);
      const result = commit();
      const output = result.stdout + result.stderr;
      expect(result.exitCode).not.toBe(0);
      expect(output).toContain('exit 2');
      for (const words of names) expect(output).toContain(words);
      expect(output).not.toContain('unexpected error');
      expectNoPieceOf(secret, output);
      expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe('');
    });
  });
});
