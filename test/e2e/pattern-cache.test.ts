import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, type TempRepo } from '../support/temp-repo';

/** Custom patterns' safety verdicts are cached outside the repository (README, "Configuration"). */
describe('the custom-pattern check cache', () => {
  let repo: TempRepo;
  const PATTERN = 'acmecorp_(?<secret>[a-z0-9]{24})';
  beforeEach(() => {
    repo = createTempRepo();
    repo.write('.leakguardrc.json', JSON.stringify({ rules: [{ id: 'acmecorp-api-key', description: 'Acme key', pattern: PATTERN, keywords: ['acmecorp_'] }] }));
    repo.write('a.ts', 'export const a = 1;\n');
    repo.mustGit('add', 'a.ts');
  });
  afterEach(() => repo.remove());

  test('a pattern that passed is recorded by a key only, and the scan stays clean', () => {
    const cacheDir = join(repo.root, 'cache');
    const env = { LEAKGUARD_CACHE_DIR: cacheDir };
    expect(repo.leakguard(['scan', '--staged'], { env }).exitCode).toBe(0);
    const keys = readFileSync(join(cacheDir, 'safe-patterns-v1'), 'utf8');
    expect(keys.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(keys).not.toContain('acmecorp');
    expect(repo.leakguard(['scan', '--staged'], { env }).exitCode).toBe(0);
    expect(readFileSync(join(cacheDir, 'safe-patterns-v1'), 'utf8')).toBe(keys);
  });

  test('a cache directory that cannot be made does not fail the scan', () => {
    const blocked = join(repo.root, 'not-a-dir');
    writeFileSync(blocked, 'a file where the cache directory would be\n');
    const result = repo.leakguard(['scan', '--staged'], { env: { LEAKGUARD_CACHE_DIR: join(blocked, 'leakguard') } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  test('a pattern the check cannot decide in its budget is refused: exit 2, naming the key', () => {
    const hostile = `acme_(?:${Array.from({ length: 12 }, () => '[a-z]?').join('')}[a-z]{1,20}){1,4}X`;
    repo.write('.leakguardrc.json', JSON.stringify({ rules: [{ id: 'acme-api-key', description: 'Acme', pattern: hostile, keywords: ['acme_'] }] }));
    const result = repo.leakguard(['scan', '--staged'], { env: { LEAKGUARD_CACHE_DIR: join(repo.root, 'cache') } });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('rules[0].pattern');
  });
});
