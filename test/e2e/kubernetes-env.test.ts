import { join } from 'node:path';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { expectNoLeak } from '../support/secrets';
import { createTempRepo, filesOutsideObjectStores, type RunResult, type TempRepo } from '../support/temp-repo';

/**
 * A Kubernetes env list names a variable on one line and gives its value on the next: no single line
 * holds both, so only a rule that sees neighbouring lines can tell that the value is a password.
 */
describe('the pre-commit hook on a Kubernetes manifest', () => {
  let repo: TempRepo;
  const password = createSampleGenerator(12).alnum(20);
  const outputs: string[] = [];

  function commit(): RunResult {
    const result = repo.git('commit', '-q', '-m', 'deploy');
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  function deployment(env: readonly string[]): string {
    const head = ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template:', '    spec:', '      containers:', '        - name: api', '          image: api:1.4', '          env:'];
    return [...head, ...env.map((line) => `            ${line}`)].join('\n') + '\n';
  }

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    expect(repo.leakguard(['install']).exitCode).toBe(0);
  });

  afterEach(() => {
    expectNoLeak(password, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test('a password given as the value of a DB_PASSWORD entry blocks the commit, reported at the value', () => {
    repo.write('k8s/deployment.yaml', deployment(['- name: LOG_LEVEL', '  value: info', '- name: DB_PASSWORD', `  value: "${password}"`]));
    repo.mustGit('add', '.');
    const result = commit();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('kubernetes-env-secret');
    // Line 13 is the `value:` line; the password starts after 14 spaces and `value: "`, in column 23.
    expect(result.stderr).toMatch(/k8s\/deployment\.yaml\n {2}13:23 {2}kubernetes-env-secret /);
    expect(repo.git('rev-parse', '--verify', '-q', 'HEAD').stdout).toBe('');
  });

  test('the pair is found where the diff cuts the file into batches between its two lines', () => {
    // Batches hold 1,000 added lines (diff/unified-diff-parser BATCH_SIZE): 9 lines of head and 495
    // entries put DB_PASSWORD's name on line 1000, the last of the first batch, and its value on 1001.
    const fillers = Array.from({ length: 495 }, (_, index) => [`- name: SETTING_${index}`, '  value: "on"']).flat();
    repo.write('k8s/deployment.yaml', deployment([...fillers, '- name: DB_PASSWORD', `  value: "${password}"`]));
    repo.mustGit('add', '.');
    const result = commit();
    expect(result.stderr).toMatch(/k8s\/deployment\.yaml\n {2}1001:23 {2}kubernetes-env-secret /);
    expect(result.exitCode).toBe(1);
  });

  test('the same entry reading the password from a Secret passes', () => {
    const env = ['- name: DB_PASSWORD', '  valueFrom:', '    secretKeyRef:', '      name: api-db', '      key: password', '- name: LOG_LEVEL', '  value: info'];
    repo.write('k8s/deployment.yaml', deployment(env));
    repo.mustGit('add', '.');
    const result = commit();
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });
});
