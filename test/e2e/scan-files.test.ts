import * as sarifMatchers from '@microsoft/jest-sarif';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

expect.extend(sarifMatchers);

interface JsonReport {
  findings: { file: string; line: number; column: number; ruleId: string }[];
  summary: { findings: number; filesScanned: number; linesScanned: number; ignoredFiles: number; binaryFiles: number };
}

const tokens = [1, 2, 3, 4, 5, 6, 7].map((seed) => makeGithubToken(600 + seed));
const [tracked, untracked, gitignored, secretignored, binary, deep, inGitDir] = tokens as [string, string, string, string, string, string, string];

describe('scan PATH… and scan --stdin', () => {
  let repo: TempRepo;
  const outputs: string[] = [];

  function leakguard(args: string[], options: { cwd?: string; input?: string } = {}): RunResult {
    const result = repo.leakguard(args, options);
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const json = (result: RunResult): JsonReport => JSON.parse(result.stdout) as JsonReport;
  const foundIn = (report: JsonReport): string[] => report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`).sort();

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
  });

  afterEach(() => {
    const reportDir = join(repo.root, 'out');
    const written = existsSync(reportDir) ? readdirSync(reportDir).map((entry) => readFileSync(join(reportDir, entry), 'utf8')) : [];
    for (const token of tokens) expectNoLeak(token, ...outputs, ...written);
    repo.remove();
  });

  function plantWorkTree(): void {
    repo.write('.gitignore', '.env\nbuild/\n');
    repo.write('.secretignore', 'fixtures/\n');
    repo.write('src/app.ts', `// app\nexport const token = "${tracked}";\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Start');
    repo.write('notes.md', `draft\n\nkey ${untracked}\n`);
    repo.write('.env', `TOKEN=${gitignored}\n`);
    repo.write('build/out.js', `t="${gitignored}"\n`);
    repo.write('fixtures/sample.txt', `token: ${secretignored}\n`);
    repo.write('assets/blob.bin', Buffer.concat([Buffer.from('\0\x01header '), Buffer.from(binary)]));
    repo.write('src/deep/er/nested.yml', `a: 1\nb: 2\ntoken: "${deep}"\n`);
  }

  test('scans tracked and untracked files, honouring .gitignore and .secretignore, reading the printable runs of binaries, through directories', () => {
    plantWorkTree();
    const result = leakguard(['scan', '.', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = json(result);
    // In the binary: run 1, which starts after "\0\x01", holds the token at its 8th character.
    expect(foundIn(report)).toEqual(['assets/blob.bin:1:8', 'notes.md:3:5', 'src/app.ts:2:23', 'src/deep/er/nested.yml:3:9']);
    expect(report.summary).toMatchObject({ findings: 4, ignoredFiles: 1, binaryFiles: 1 });
    const text = leakguard(['scan', '.', '--verbose', '--no-color']);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('leakguard: found 4 secrets in 4 files.');
    expect(text.stdout).toContain('byte 9 (run 1)');
    expect(text.stdout).toContain('binary to git, read from its blob: assets/blob.bin');
    expect(text.stdout).toContain('ignored by .secretignore or allowlist.paths: fixtures/sample.txt');
    expect(text.stdout).not.toContain('git commit --no-verify');
  });

  test('names paths relative to the repository root from a subdirectory, scans only what is named, a named file even if gitignored', () => {
    plantWorkTree();
    const fromSrc = leakguard(['scan', 'deep', '--format', 'json'], { cwd: join(repo.dir, 'src') });
    expect(foundIn(json(fromSrc))).toEqual(['src/deep/er/nested.yml:3:9']);
    const files = leakguard(['scan', 'notes.md', '.env', 'src/app.ts', 'src', '--format', 'json']);
    expect(foundIn(json(files))).toEqual(['.env:1:7', 'notes.md:3:5', 'src/app.ts:2:23', 'src/deep/er/nested.yml:3:9']);
    const missing = leakguard(['scan', '.env', 'README-missing-is-an-error']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('Cannot scan README-missing-is-an-error: no such file or directory.');
    const clean = leakguard(['scan', '.gitignore', '--verbose']);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toContain('leakguard: no secrets in 1 file (2 lines).');
  });

  test('outside a repository walks the directories, skipping .git, with names relative to the current directory', () => {
    const plain = createTempRepo({ init: false });
    try {
      plain.write('logs/app.log', `line\nsent header Authorization: token ${deep}\n`);
      plain.write('other/.git/config', `token = ${inGitDir}\n`);
      plain.write('other/readme.txt', 'nothing here\n');
      const result = plain.leakguard(['scan', '.', '--format', 'json']);
      outputs.push(result.stdout, result.stderr);
      expect(result.exitCode).toBe(1);
      expect(foundIn(json(result))).toEqual(['logs/app.log:2:34']);
      expect(json(result).summary.filesScanned).toBe(2);
    } finally {
      plain.remove();
    }
  });

  test('a large file is read in batches: line numbers stay right past the first thousand lines', () => {
    const lines = Array.from({ length: 2500 }, (_, index) => `line ${index + 1}`);
    lines[2199] = `export const token = "${tracked}";`;
    repo.write('big.ts', lines.join('\r\n'));
    const result = leakguard(['scan', 'big.ts', '--format', 'json']);
    expect(foundIn(json(result))).toEqual(['big.ts:2200:23']);
    expect(json(result).summary.linesScanned).toBe(2500);
  });

  test('--stdin scans piped text as <stdin>; clean input exits 0', () => {
    const found = leakguard(['scan', '--stdin', '--format', 'json'], { input: `ci step 1\nci step 2\n+ curl -H "token ${untracked}"\n` });
    expect(found.exitCode).toBe(1);
    expect(foundIn(json(found))).toEqual(['<stdin>:3:18']);
    const clean = leakguard(['scan', '--stdin', '--verbose'], { input: 'all good\n' });
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout).toContain('no secrets in 1 file (1 line)');
    expect(leakguard(['scan', '--stdin', 'src']).stderr).toContain('Choose one of PATH…, --stdin.');
  });

  test('--output writes a valid SARIF file atomically, the build log still gets the text report; exit codes unchanged', () => {
    plantWorkTree();
    const sarifPath = join(repo.root, 'out', 'leakguard.sarif');
    mkdirSync(join(repo.root, 'out'));
    const result = leakguard(['scan', '.', '--format', 'sarif', '--output', sarifPath, '--no-color']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('leakguard: found 4 secrets in 4 files.');
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log).toBeValidSarifLog();
    const uris = log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['assets/blob.bin', 'notes.md', 'src/app.ts', 'src/deep/er/nested.yml']);
    expect(readdirSync(join(repo.root, 'out'))).toEqual(['leakguard.sarif']);

    const jsonPath = join(repo.root, 'out', 'report.json');
    const clean = leakguard(['scan', '.gitignore', '--format', 'json', '--output', jsonPath]);
    expect(clean).toMatchObject({ exitCode: 0, stdout: 'leakguard: no secrets in 1 file (2 lines).\n' });
    expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toMatchObject({ findings: [], summary: { filesScanned: 1 } });

    const unwritable = leakguard(['scan', '.', '--format', 'sarif', '--output', join(repo.root, 'missing', 'x.sarif')]);
    expect(unwritable.exitCode).toBe(2);
    expect(unwritable.stderr).toContain('Could not write the report to');
    expect(existsSync(join(repo.root, 'missing'))).toBe(false);
  });

  test('--format sarif names the commit for a range, and neither its lines nor its subject leak the secret', () => {
    repo.write('README.md', '# project\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Start');
    repo.write('deploy.env', `TOKEN=${tracked}\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', `Add deploy token ${tracked}`);
    const sha = repo.mustGit('rev-parse', 'HEAD').trim();
    const result = leakguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'sarif']);
    expect(result.exitCode).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { results: { properties: { commit: { sha: string; subject: string } } }[] }[] };
    expect(log).toBeValidSarifLog();
    expect(log.runs[0]?.results[0]?.properties.commit.sha).toBe(sha);
    expect(log.runs[0]?.results[0]?.properties.commit.subject).toMatch(/^Add deploy token /);
  });

  test('a symbolic link named on the command line is followed, to a directory or a file; links met inside are not', () => {
    const shared = join(repo.root, 'shared-config');
    mkdirSync(join(shared, 'nested'), { recursive: true });
    writeFileSync(join(shared, 'nested', 'deploy.yml'), `token: "${deep}"\n`);
    writeFileSync(join(repo.root, 'loose.txt'), `token: "${untracked}"\n`);
    symlinkSync(shared, join(repo.dir, 'config'));
    symlinkSync(join(repo.root, 'loose.txt'), join(repo.dir, 'loose-link.txt'));
    symlinkSync(join(repo.root, 'loose.txt'), join(shared, 'link-inside.txt'));
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'links');

    const directory = leakguard(['scan', 'config', '--format', 'json']);
    expect(directory.exitCode).toBe(1);
    expect(foundIn(json(directory))).toEqual(['config/nested/deploy.yml:1:9']);
    const file = leakguard(['scan', 'loose-link.txt', '--format', 'json']);
    expect(foundIn(json(file))).toEqual(['loose-link.txt:1:9']);
    // `scan .` reads what git tracks: the links themselves, not where they point.
    expect(json(leakguard(['scan', '.', '--format', 'json'])).findings).toEqual([]);
  });

  test('every text scan says how much it read, so a scan that read nothing is visible', () => {
    mkdirSync(join(repo.dir, 'empty'));
    const empty = leakguard(['scan', 'empty']);
    expect(empty).toEqual({ exitCode: 0, stdout: 'leakguard: no secrets in 0 files (0 lines).\n', stderr: '' });
    repo.write('a.ts', `t = "${tracked}"\n`);
    repo.write('b.ts', 'clean\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Start');
    expect(leakguard(['scan', '.']).stdout).toContain('leakguard: read 2 files (2 lines).');
    expect(leakguard(['scan', '--history']).stdout).toContain('leakguard: read 2 files (2 added lines) of 1 commit.');
    repo.write('b.ts', 'clean\nstill clean\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'More');
    expect(leakguard(['scan', '--range', 'HEAD~1..HEAD'])).toEqual({ exitCode: 0, stdout: 'leakguard: no secrets in the 1 added line of 1 commit, nor in their messages.\n', stderr: '' });
  });

  test('--format sarif on stdout validates too, for the staged change', () => {
    repo.write('a.ts', `t = "${tracked}"\n`);
    repo.mustGit('add', '.');
    const result = leakguard(['scan', '--staged', '--format', 'sarif']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toBeValidSarifLog();
    expect(result.stdout).toContain('"ruleId": "github-classic-token"');
  });
});
