import { join } from 'node:path';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

const FILES = Array.from({ length: 9 }, (_, index) => `service-${index + 1}/app.env`);
const FIX_START = 'fix: Revoke it at https://github.com/settings/tokens';

describe('one token in nine files, through the real hooks', () => {
  let repo: TempRepo;
  const token = makeGithubToken(141);
  const other = makeGithubToken(142);
  const outputs: string[] = [];

  const text = (result: RunResult): string => {
    outputs.push(result.stdout, result.stderr);
    return result.stdout + result.stderr;
  };

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.addBareRemote();
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    for (const file of FILES) repo.write(file, `PORT=80\nGITHUB_TOKEN=${token}\n`);
    repo.write('other.env', `TOKEN=${other}\n`);
    repo.mustGit('add', '.');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')));
    expectNoLeak(other, ...outputs);
    repo.remove();
  });

  test('git commit: one block for the token lists its nine places and gives the fix once; the other token keeps its own', () => {
    const output = text(repo.git('commit', '-m', 'Add the services'));
    expect(output).toContain('found 2 secrets in 10 files; the commit is blocked');
    expect(output).toContain('github-classic-token  GitHub personal access token (classic)  severity high · confidence high\n  the same secret, ghp_********, in 9 places:\n');
    for (const file of FILES) expect(output).toMatch(new RegExp(`^    ${file}:2:14  GITHUB_TOKEN=ghp_\\*{8}  fingerprint [0-9a-f]{32}$`, 'm'));
    expect(output.split(FIX_START)).toHaveLength(3); // once for the nine places, once for other.env
    expect(output).toContain('other.env\n  1:7  github-classic-token');
  });

  test('git push: the block names the commit once above its places; JSON keeps one result per place', () => {
    repo.mustGit('commit', '-q', '--no-verify', '-m', 'Add the services');
    const sha = repo.mustGit('rev-parse', '--short=7', 'HEAD').trim();
    const output = text(repo.git('push', 'origin', 'main'));
    expect(output).toContain('found 2 secrets in 1 commit; the push is blocked');
    expect(output).toContain(`  the same secret, ghp_********, in 9 places:\n    commit ${sha} Add the services\n    service-1/app.env:2:14`);
    expect(output.split(`commit ${sha}`)).toHaveLength(3);
    const json = text(repo.leakguard(['scan', '--history', '--format', 'json']));
    const report = JSON.parse(json) as { findings: { file: string }[] };
    expect(report.findings.map((finding) => finding.file).sort()).toEqual(['other.env', ...FILES].sort());
    expect(Object.keys(report.findings[0] ?? {})).not.toContain('sameSecret');
  });
});
