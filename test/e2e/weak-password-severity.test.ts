import { createSampleGenerator } from '../../src/detect/sample-generator';
import { createTempRepo, type TempRepo } from '../support/temp-repo';
import { expectNoLeak } from '../support/secrets';

interface JsonFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly line: number;
}

/** A password a person would choose (a word, a year, a symbol), built here so that no file holds one. */
const weakPassword = (): string => ['Sum', 'mer'].join('') + String(2000 + 24) + '!';

describe('a generic match that is a human password', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  test('is reported at low, and --min-severity medium leaves it out without printing it beside a finding', () => {
    const weak = weakPassword();
    const strong = createSampleGenerator(13).alnum(24);
    repo.write('settings.py', `DB_PASSWORD = "${weak}"\nAPI_TOKEN = "${strong}"; ADMIN_PASSWORD = "${weak}"\n`);
    repo.mustGit('add', '.');
    const all = repo.leakguard(['scan', '--staged', '--format', 'json']);
    expect(all.exitCode).toBe(1);
    const findings = (JSON.parse(all.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([[1, 'low'], [2, 'medium'], [2, 'low']]);
    const medium = repo.leakguard(['scan', '--staged', '--format', 'json', '--min-severity', 'medium']);
    expect(medium.exitCode).toBe(1);
    const kept = (JSON.parse(medium.stdout) as { findings: JsonFinding[] }).findings;
    expect(kept.map((finding) => [finding.line, finding.severity])).toEqual([[2, 'medium']]);
    const text = repo.leakguard(['scan', '--staged', '--min-severity', 'medium']);
    expect(text.exitCode).toBe(1);
    for (const output of [all.stdout, all.stderr, medium.stdout, medium.stderr, text.stdout, text.stderr]) expect(output).not.toContain(weak);
    expectNoLeak(strong, all.stdout, all.stderr, medium.stdout, medium.stderr, text.stdout, text.stderr);
  });
});
