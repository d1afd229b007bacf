import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('the CLI', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('rules lists at least 40 rules, as text and JSON', () => {
    const json = repo.leakguard(['rules', '--json']);
    const rules = JSON.parse(json.stdout) as { id: string; description: string }[];
    expect(rules.length).toBeGreaterThanOrEqual(40);
    expect(rules.map((rule) => rule.id)).toContain('github-classic-token');
    expect(repo.leakguard(['rules']).stdout).toMatch(/github-classic-token\s+high\s+high\s+GitHub personal access token/);
    expect(rules.find((rule) => rule.id === 'private-key-pem')).toMatchObject({ severity: 'critical' });
    expect(rules.find((rule) => rule.id === 'sensitive-file-keystore')).toMatchObject({ severity: 'critical', confidence: 'high' });
  });

  test('scan --format json: findings with redacted match and a summary, exit 1; never the secret', () => {
    const token = makeGithubToken(41);
    repo.write('a.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    const result = repo.leakguard(['scan', '--staged', '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(Object.keys(report.findings[0] ?? {}).sort()).toEqual(['column', 'confidence', 'description', 'file', 'fingerprint', 'line', 'match', 'ruleId', 'severity']);
    expect(report.findings[0]).toMatchObject({ severity: 'high', confidence: 'high' });
    const critical = repo.leakguard(['scan', '--staged', '--format', 'json', '--min-severity', 'critical']);
    expect(critical.exitCode).toBe(0);
    expect(report.summary).toMatchObject({ findings: 1, filesScanned: 1, linesScanned: 1 });
    const text = repo.leakguard(['scan', '--staged', '--verbose']);
    expectNoLeak(token, result.stdout, result.stderr, text.stdout, text.stderr);
  });

  test('each format loads its own renderer only, and a clean staged scan none', () => {
    // A preloaded script lists the report modules the scan loaded.
    const preload = join(repo.root, 'list-modules.js');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write(Object.keys(require.cache).filter((path) => path.includes('/report/')).join('\\n')));\n");
    const outputs: string[] = [];
    const renderersOf = (args: readonly string[]): string[] => {
      const result = repo.run(process.execPath, ['-r', preload, CLI, 'scan', '--staged', ...args]);
      outputs.push(result.stdout, result.stderr);
      return result.stderr.match(/render-[a-z]+/g)?.sort() ?? [];
    };
    repo.write('a.ts', 'export const a = 1;\n');
    repo.mustGit('add', '.');
    expect(renderersOf([])).toEqual([]);
    const token = makeGithubToken(42);
    repo.write('b.ts', `t = "${token}"\n`);
    repo.mustGit('add', '.');
    expect(renderersOf([])).toEqual(['render-text']);
    expect(renderersOf(['--format', 'json'])).toEqual(['render-json']);
    expect(renderersOf(['--format', 'sarif'])).toEqual(['render-sarif']);
    expect(renderersOf(['--format', 'sarif', '--output', 'out.sarif'])).toEqual(['render-sarif', 'render-text']);
    expectNoLeak(token, ...outputs, readFileSync(join(repo.dir, 'out.sarif'), 'utf8'));
  });

  test('usage errors exit 2 and point at help; colour only when asked for by a terminal', () => {
    const unknown = repo.leakguard(['scan', '--stagged']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('--stagged');
    expect(unknown.stderr).toContain('leakguard scan --help');
    expect(repo.leakguard(['scan', '--staged', '--format', 'xml']).stderr).toContain('--format must be one of text, json');
    expect(repo.leakguard(['frobnicate']).exitCode).toBe(2);
    expect(repo.leakguard(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    repo.write('a.ts', `t = "${makeGithubToken(42)}"\n`);
    repo.mustGit('add', '.');
    expect(repo.leakguard(['scan', '--staged']).stdout).not.toContain('\u001b[');
  });

  test('a staged change larger than the heap it is given streams through: nothing of it is kept', () => {
    // 32 MB in 3,200 files, scanned with a 16 MB old generation: a path or finding that kept a view
    // into the chunk of git output it was cut from would keep most of the change alive and run out.
    const block = Array.from({ length: 250 }, (_, line) => `export const value${line} = compute(${line}, "${'x'.repeat(line % 17)}");`).join('\n');
    for (let file = 0; file < 3200; file++) repo.write(`src/part${file % 40}/module${file}.ts`, `// module ${file}\n${block}\n`);
    repo.mustGit('add', '.');
    const result = repo.run(process.execPath, ['--max-old-space-size=16', CLI, 'scan', '--staged', '--format', 'json']);
    expect(result.stderr).not.toContain('heap');
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ findings: 0, filesScanned: 3200, linesScanned: 3200 * 251 });
  }, 60_000);
});
