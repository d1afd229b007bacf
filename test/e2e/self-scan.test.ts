import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createTempRepo, PROJECT_ROOT } from '../support/temp-repo';

/** The project passes its own scan: no file it tracks holds a live-looking secret as a literal. */
test('staging this repository whole into a fresh repository scans clean', () => {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const files = listed.stdout.split('\0').filter((file) => file !== '');
  expect(files.length).toBeGreaterThan(20);
  const repo = createTempRepo();
  try {
    for (const file of files) {
      mkdirSync(dirname(join(repo.dir, file)), { recursive: true });
      copyFileSync(join(PROJECT_ROOT, file), join(repo.dir, file));
    }
    repo.mustGit('add', '.');
    const result = repo.leakguard(['scan', '--staged', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual([]);
    expect(result.exitCode).toBe(0);
  } finally {
    repo.remove();
  }
});
