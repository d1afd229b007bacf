import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/** Issue 14, item 3: what the GitLab recipe runs, a range of commits to GitLab's secret_detection report. */
test('scan --range --format gitlab --output writes the report GitLab reads, naming the commit, with no secret in it', () => {
  const repo = createTempRepo();
  try {
    const token = makeGithubToken(1401);
    repo.write('README.md', 'hello\n');
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Start');
    repo.write('deploy.env', `GITHUB_TOKEN=${token}\n`);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-q', '-m', 'Add the deploy settings');
    const head = repo.mustGit('rev-parse', 'HEAD').trim();
    const output = join(repo.root, 'gl-secret-detection-report.json');
    const result = repo.leakguard(['scan', '--range', 'HEAD~1..HEAD', '--format', 'gitlab', '--output', output]);
    expect(result.exitCode).toBe(1);
    const written = readFileSync(output, 'utf8');
    const report = JSON.parse(written) as { scan: { type: string }; vulnerabilities: { location: { file: string; start_line: number; commit: { sha: string } } }[] };
    expect(report.scan.type).toBe('secret_detection');
    expect(report.vulnerabilities.map((vulnerability) => vulnerability.location)).toEqual([
      { file: 'deploy.env', start_line: 1, end_line: 1, commit: { sha: head, message: 'Add the deploy settings' } },
    ]);
    // The job's log says why it failed.
    expect(result.stdout).toContain('deploy.env');
    expectNoLeak(token, result.stdout, result.stderr, written);
  } finally {
    repo.remove();
  }
});
