import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { makeGithubToken } from '../support/secrets';
import { createTempRepo, type TempRepo } from '../support/temp-repo';

/**
 * A config with rules of its own gets one keyword automaton for its rules and the built-in ones, kept
 * in the user's cache directory (src/scan/automaton-store.ts). Whether kept, rebuilt or unusable, the
 * scan finds the same secrets.
 */
describe('the keyword automaton kept for a config with rules of its own', () => {
  let repo: TempRepo;
  let cacheDir: string;
  const customSecret = `acmecorp_${createSampleGenerator(31).lowerAlnum(24)}`;

  beforeEach(() => {
    repo = createTempRepo();
    cacheDir = join(repo.root, 'cache');
    repo.write('.leakguardrc.json', JSON.stringify({ rules: [{ id: 'acmecorp-api-key', description: 'Acme key', pattern: 'acmecorp_(?<secret>[a-z0-9]{24})', keywords: ['acmecorp_'] }] }));
    repo.write('a.ts', `export const acme = "${customSecret}";\nexport const github = "${makeGithubToken(32)}";\n`);
    repo.mustGit('add', 'a.ts');
  });
  afterEach(() => repo.remove());

  const rulesFound = (env: NodeJS.ProcessEnv = { LEAKGUARD_CACHE_DIR: cacheDir }): string[] => {
    const result = repo.leakguard(['scan', '--staged', '--format', 'json'], { env });
    expect(result.exitCode).toBe(1);
    return (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId).sort();
  };
  const keptFiles = (): string[] => readdirSync(join(cacheDir, 'keyword-automata-v1'));

  test('is written once, outside the repository, and read back by the next scan', () => {
    expect(rulesFound()).toEqual(['acmecorp-api-key', 'github-classic-token']);
    const [kept] = keptFiles();
    expect(kept).toMatch(/^[0-9a-f]{64}\.json$/);
    const written = readFileSync(join(cacheDir, 'keyword-automata-v1', kept as string), 'utf8');
    expect(rulesFound()).toEqual(['acmecorp-api-key', 'github-classic-token']);
    expect(readFileSync(join(cacheDir, 'keyword-automata-v1', kept as string), 'utf8')).toBe(written);
    expect(repo.mustGit('status', '--porcelain', '--ignored')).not.toContain('cache');
  });

  test('a kept file cut short or edited is built again, and no rule is skipped', () => {
    rulesFound();
    const path = join(cacheDir, 'keyword-automata-v1', keptFiles()[0] as string);
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, whole.slice(0, whole.length / 2));
    expect(rulesFound()).toEqual(['acmecorp-api-key', 'github-classic-token']);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    // Valid JSON that would drop every rule's keywords: no accepting state left.
    writeFileSync(path, JSON.stringify({ ...(JSON.parse(whole) as object), accepts: [0, 99999] }));
    expect(rulesFound()).toEqual(['acmecorp-api-key', 'github-classic-token']);
    expect(readFileSync(path, 'utf8')).toBe(whole);
  });

  test('without a cache directory, and with built-in rules turned off, the same rules run', () => {
    expect(rulesFound({ LEAKGUARD_CACHE_DIR: 'relative/is/refused' })).toEqual(['acmecorp-api-key', 'github-classic-token']);
    repo.write('.leakguardrc.json', JSON.stringify({ disable: ['github-classic-token'], rules: [{ id: 'acmecorp-api-key', description: 'Acme key', pattern: 'acmecorp_(?<secret>[a-z0-9]{24})', keywords: ['acmecorp_'] }] }));
    expect(rulesFound()).toEqual(['acmecorp-api-key']);
  });
});
