import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, PROJECT_ROOT, type RunResult, type TempRepo } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * Issue 14, item 2: the action's scan step (action/scan.sh) run as GitHub runs it, in a checkout
 * made as actions/checkout makes it (one commit deep by default), with the variables GitHub sets and
 * the event's payload in GITHUB_EVENT_PATH. The remote is a local repository that, like GitHub,
 * serves any commit by its sha.
 */
const ZERO = '0'.repeat(40);
const REPOSITORY = 'owner/app';
const [oldSecret, pushedSecret, featureSecret] = [1421, 1422, 1423].map((seed) => makeGithubToken(seed)) as [string, string, string];

const ACTION = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8');

/**
 * The scan step's environment as action.yml maps it (`LEAKGUARD_X: ${{ inputs.x }}`), each variable
 * at its input's default: what the step sees when a workflow gives no `with:`.
 */
function defaultStepEnv(): Record<string, string> {
  const defaults = new Map([...ACTION.matchAll(/^ {2}([\w-]+):\n(?: {4}.*\n)*? {4}default: (.*)$/gm)].map((match) => [match[1], unquote(match[2] as string)]));
  const mapping = [...ACTION.matchAll(/^ {8}(LEAKGUARD_\w+): \$\{\{ inputs\.([\w-]+) \}\}$/gm)];
  return Object.fromEntries(mapping.map(([, variable, input]) => [variable, defaults.get(input) ?? '']));
}

const unquote = (value: string): string => value.replace(/^'(.*)'$/, '$1');

interface Event {
  readonly name: string;
  readonly ref: string;
  readonly payload: unknown;
}

interface ActionRun extends RunResult {
  readonly outputs: Record<string, string>;
  /** The files of the SARIF log's results, when one was written. */
  readonly sarifFiles: string[] | undefined;
}

describe('the GitHub Action', () => {
  let origin: TempRepo;
  const sha: Record<string, string> = {};
  const written: string[] = [];
  let runs = 0;

  function commit(name: string, file: string, content: string): void {
    origin.write(file, content);
    origin.mustGit('add', '.');
    origin.mustGit('commit', '-q', '-m', name);
    sha[name] = origin.mustGit('rev-parse', 'HEAD').trim();
  }

  beforeAll(() => {
    origin = createTempRepo();
    origin.mustGit('config', 'uploadpack.allowAnySHA1InWant', 'true');
    commit('start', 'README.md', 'app\n');
    commit('legacy', 'legacy.env', `TOKEN=${oldSecret}\n`);
    commit('before', 'README.md', 'app, documented\n');
    origin.mustGit('switch', '-q', '-c', 'feature');
    commit('feature', 'feature.env', `TOKEN=${featureSecret}\n`);
    origin.mustGit('switch', '-q', 'main');
    commit('leak', 'deploy.env', `TOKEN=${pushedSecret}\n`);
    commit('after', 'README.md', 'app, documented again\n');
  });

  afterAll(() => {
    for (const secret of [oldSecret, pushedSecret, featureSecret]) expectNoLeak(secret, ...written);
    origin.remove();
  });

  /** A checkout of `branch` as actions/checkout makes it with its default fetch-depth: 1. */
  function shallowCheckout(branch: string): string {
    const dir = join(origin.root, `checkout-${++runs}`);
    origin.mustGit('clone', '-q', '--depth', '1', '--no-tags', '--single-branch', '--branch', branch, `file://${origin.dir}`, dir);
    return dir;
  }

  function runAction(checkout: string, event: Event, inputs: Record<string, string> = {}): ActionRun {
    const eventPath = join(origin.root, `event-${++runs}.json`);
    const outputPath = join(origin.root, `output-${runs}`);
    writeFileSync(eventPath, JSON.stringify(event.payload));
    writeFileSync(outputPath, '');
    const env = {
      GITHUB_ACTION_PATH: PROJECT_ROOT,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: event.ref,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_ACTOR: 'a-developer',
      GITHUB_OUTPUT: outputPath,
      ...defaultStepEnv(),
      ...inputs,
    };
    const result = origin.run('sh', [join(PROJECT_ROOT, 'action', 'scan.sh')], { cwd: checkout, env });
    const outputs = Object.fromEntries(readFileSync(outputPath, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
    const sarifPath = outputs['sarif-file'];
    const sarif = sarifPath !== undefined && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : undefined;
    written.push(result.stdout, result.stderr, sarif ?? '');
    const sarifFiles = sarif === undefined ? undefined : (JSON.parse(sarif).runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    return { ...result, outputs, sarifFiles };
  }

  const push = (before: string, after: string, ref = 'refs/heads/main'): Event => ({
    name: 'push',
    ref,
    payload: { ref, before, after, repository: { full_name: REPOSITORY, default_branch: 'main' } },
  });
  const pullRequest = (headRepo: string): Event => ({
    name: 'pull_request',
    ref: 'refs/pull/7/merge',
    payload: { number: 7, pull_request: { base: { sha: sha.before, ref: 'main' }, head: { sha: sha.feature, ref: 'feature', repo: { full_name: headRepo } } } },
  });

  test('a push to a shallow checkout: it deepens it, scans before..after only, fails, prints the report and writes SARIF to upload', () => {
    const checkout = shallowCheckout('main');
    const run = runAction(checkout, push(sha.before!, sha.after!));
    expect(run.exitCode).toBe(1);
    // legacy.env's secret is older than the push: a clone read from its one commit would report it too.
    expect(run.sarifFiles).toEqual(['deploy.env']);
    expect(run.stdout).toContain('deploy.env');
    expect(run.stdout).toContain('git fetch --deepen');
    expect(run.outputs).toMatchObject({ 'exit-code': '1', range: `${sha.before}..${sha.after}`, upload: 'true', root: checkout });
  });

  test('a new branch: the commits the default branch does not have, fetching the default branch', () => {
    const run = runAction(shallowCheckout('feature'), push(ZERO, sha.feature!, 'refs/heads/feature'));
    expect(run.exitCode).toBe(1);
    expect(run.sarifFiles).toEqual(['feature.env']);
    expect(run.outputs.range).toBe(`refs/remotes/origin/main..${sha.feature}`);
  });

  test("the default branch's first push: all of its commits, the shallow checkout deepened to its root", () => {
    const run = runAction(shallowCheckout('main'), push(ZERO, sha.after!));
    expect(run.exitCode).toBe(1);
    const results = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')).runs[0].results as { properties: { commit: { sha: string } } }[];
    // Each at the commit that added it: read from the one commit checked out, both would be at sha.after.
    expect(results.map((result) => result.properties.commit.sha).sort()).toEqual([sha.leak, sha.legacy].sort());
    expect(run.outputs.range).toBe(sha.after);
  });

  test("a fork's pull request: its commits (base..head, fetched by sha), and no upload, saying why", () => {
    const run = runAction(shallowCheckout('main'), pullRequest('someone/app'));
    expect(run.exitCode).toBe(1);
    expect(run.sarifFiles).toEqual(['feature.env']);
    expect(run.stdout).toContain('::notice title=leakguard::This pull request comes from a fork (someone/app)');
    expect(run.outputs.upload).toBeUndefined();
    expect(runAction(shallowCheckout('main'), pullRequest(REPOSITORY)).outputs.upload).toBe('true');
  });

  test('a whole checkout (fetch-depth: 0) that lacks the base is given it, and stays whole', () => {
    const checkout = join(origin.root, `whole-feature-${++runs}`);
    origin.mustGit('clone', '-q', '--no-tags', '--single-branch', '--branch', 'feature', `file://${origin.dir}`, checkout);
    const run = runAction(checkout, push(ZERO, sha.feature!, 'refs/heads/feature'));
    expect(run.exitCode).toBe(1);
    expect(run.sarifFiles).toEqual(['feature.env']);
    expect(origin.run('git', ['rev-parse', '--is-shallow-repository'], { cwd: checkout }).stdout.trim()).toBe('false');
    // Fetched whole at once: never made shallow on the way (git fetch --depth=1 would).
    expect(run.stdout).not.toContain('the checkout is shallow');
  });

  test('deepen: false on a shallow checkout fails the scan (exit 2), saying the clone is shallow and what to set; nothing to upload', () => {
    const run = runAction(shallowCheckout('main'), push(sha.before!, sha.after!), { LEAKGUARD_DEEPEN: 'false' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('is a shallow clone');
    expect(run.stderr).toContain('fetch-depth: 0');
    expect(run.outputs).toMatchObject({ 'exit-code': '2' });
    expect(run.outputs['sarif-file']).toBeUndefined();
    expect(run.outputs.upload).toBeUndefined();
  });

  test('a scan error (a missing config) exits 2 and leaves no SARIF, so the upload step is skipped', () => {
    const checkout = shallowCheckout('main');
    writeFileSync(join(checkout, 'leakguard.sarif'), '{"stale": true}');
    const run = runAction(checkout, push(sha.before!, sha.after!), { LEAKGUARD_CONFIG: 'missing.json' });
    expect(run.exitCode).toBe(2);
    expect(existsSync(join(checkout, 'leakguard.sarif'))).toBe(false);
    expect(run.outputs.upload).toBeUndefined();
    // action.yml's upload step runs only on that output.
    expect(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')).toContain("if: ${{ !cancelled() && steps.scan.outputs.upload == 'true' }}");
  });

  test('a clean push exits 0 and says what it read; sarif: false writes none', () => {
    const run = runAction(shallowCheckout('main'), push(sha.leak!, sha.after!), { LEAKGUARD_SARIF: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`scanning ${sha.leak}..${sha.after}`);
    expect(run.outputs['sarif-file']).toBeUndefined();
  });

  test('a deleted branch scans nothing; an event without commits asks for the range input', () => {
    expect(runAction(shallowCheckout('main'), push(sha.after!, ZERO, 'refs/heads/gone'))).toMatchObject({ exitCode: 0, outputs: { 'exit-code': '0' } });
    const dispatch = runAction(shallowCheckout('main'), { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} });
    expect(dispatch.exitCode).toBe(2);
    expect(dispatch.stdout).toContain('set the action');
  });

  test('a range input is scanned as given; on a shallow checkout, reading its boundary commit as adding whole files, it warns', () => {
    const dispatch: Event = { name: 'workflow_dispatch', ref: 'refs/heads/main', payload: {} };
    const ranged = runAction(shallowCheckout('main'), dispatch, { LEAKGUARD_RANGE: 'HEAD', LEAKGUARD_ARGS: '--min-severity medium' });
    // The one commit is read as the root: every file it has is new (fail closed: more findings, never fewer).
    expect(ranged.exitCode).toBe(1);
    expect(ranged.sarifFiles).toEqual(['deploy.env', 'legacy.env']);
    expect(ranged.stdout).toContain('::warning title=leakguard::The checkout is shallow');
    const whole = origin.run('git', ['clone', '-q', '--no-tags', `file://${origin.dir}`, join(origin.root, 'whole')]);
    expect(whole.exitCode).toBe(0);
    const full = runAction(join(origin.root, 'whole'), dispatch, { LEAKGUARD_RANGE: 'HEAD~1..HEAD' });
    expect(full.exitCode).toBe(0);
    expect(full.stdout).not.toContain('::warning');
  });

  test("action.yml gives the scan step every variable scan.sh reads, from an input with a default", () => {
    const read = new Set([...readFileSync(join(PROJECT_ROOT, 'action', 'scan.sh'), 'utf8').matchAll(/\$\{?(LEAKGUARD_\w+)/g)].map((match) => match[1]));
    expect(defaultStepEnv()).toEqual({ LEAKGUARD_CONFIG: '', LEAKGUARD_ARGS: '', LEAKGUARD_RANGE: '', LEAKGUARD_SARIF: 'true', LEAKGUARD_SARIF_FILE: 'leakguard.sarif', LEAKGUARD_DEEPEN: 'true' });
    expect([...read].sort()).toEqual(Object.keys(defaultStepEnv()).sort());
  });

  // Debian's shellcheck where it is installed (apt-get install shellcheck); the scripts run as sh.
  const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
  if (!hasShellcheck) console.log('shellcheck is not installed: the action scripts are not linted (apt-get install shellcheck)');
  (hasShellcheck ? test : test.skip)('its scripts pass shellcheck as POSIX sh', () => {
    const scripts = ['scan.sh', 'history.sh', 'install.sh'].map((name) => join(PROJECT_ROOT, 'action', name));
    const result = spawnSync('shellcheck', ['--shell=sh', '--format=gcc', ...scripts], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
