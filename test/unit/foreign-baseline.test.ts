import { createHash } from 'node:crypto';
import { ImportMatcher } from '../../src/baseline/match-imported';
import { parseForeignBaseline } from '../../src/baseline/parse-foreign-baseline';
import type { LeakguardError } from '../../src/model/errors';
import { makeGithubToken } from '../support/secrets';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const COMMIT = 'a'.repeat(40);

describe('parseForeignBaseline', () => {
  test('.gitleaksignore: both fingerprint forms, Windows paths, a path with a colon; comments skipped, the rest named', () => {
    const parsed = parseForeignBaseline(['# ok', 'src\\a.ts:github-pat:3', `${COMMIT}:b.ts:aws-access-token:12`, 'c:d.ts:generic-api-key:4', 'e.ts:rule:0', 'junk'].join('\n'), 'ignore');
    expect(parsed.format).toBe('.gitleaksignore');
    expect(parsed.entries.map((entry) => [entry.file, entry.line, entry.kind, entry.commit, entry.verdict])).toEqual([
      ['src/a.ts', 3, 'github-pat', undefined, 'accepted'],
      ['b.ts', 12, 'aws-access-token', COMMIT, 'accepted'],
      ['c:d.ts', 4, 'generic-api-key', undefined, 'accepted'],
    ]);
    expect(parsed.unreadable).toEqual([expect.stringMatching(/^line 5: /), expect.stringMatching(/^line 6: /)]);
  });

  test('detect-secrets: the verdict from is_secret and is_verified, ./ dropped from paths', () => {
    const hash = sha1('x');
    const results = { './a.py': [{ hashed_secret: hash, line_number: 1, type: 'Secret Keyword' }, { hashed_secret: hash, is_secret: false }, { hashed_secret: hash, is_secret: true }, { hashed_secret: hash, is_verified: true }] };
    const parsed = parseForeignBaseline(JSON.stringify({ version: '1.5.0', results }), 'b');
    expect(parsed.entries.map((entry) => [entry.file, entry.verdict])).toEqual([
      ['a.py', 'unreviewed'],
      ['a.py', 'false-positive'],
      ['a.py', 'must-fix'],
      ['a.py', 'must-fix'],
    ]);
  });

  test('a gitleaks report: only RuleID, File, StartLine and Commit are kept', () => {
    const secret = makeGithubToken(99);
    const parsed = parseForeignBaseline(JSON.stringify([{ RuleID: 'r', File: 'a', StartLine: 2, Secret: secret, Match: secret, Commit: COMMIT }]), 'r');
    expect(parsed.entries).toEqual([{ at: '[0]', file: 'a', line: 2, kind: 'r', verdict: 'unreviewed', commit: COMMIT }]);
    expect(JSON.stringify(parsed)).not.toContain(secret);
  });

  test('JSON of neither shape, or broken JSON, is refused without quoting it', () => {
    const refusal = (text: string): LeakguardError => {
      try {
        parseForeignBaseline(text, 'f.json');
      } catch (error) {
        return error as LeakguardError;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal('{"findings": []}').code).toBe('BASELINE_INVALID');
    const broken = refusal('[{"Secret": "quoted-text-of-the-file"');
    expect(broken.message + broken.hint).not.toContain('quoted-text');
  });
});

describe('ImportMatcher', () => {
  const entries = parseForeignBaseline(
    JSON.stringify({ results: { 'a.ts': [{ hashed_secret: sha1('one'), line_number: 9 }], 'k.pem': [{ hashed_secret: sha1('BEGIN RSA PRIVATE KEY'), line_number: 1, type: 'Private Key' }] } }),
    'b',
  ).entries;

  test('by the SHA-1 of the secret in the same file whatever the line; a private key by its place; what is left is unmatched', () => {
    const matcher = new ImportMatcher(entries);
    expect(matcher.entriesFor({ ruleId: 'r', file: 'b.ts', line: 9, secret: 'one' })).toEqual([]);
    expect(matcher.entriesFor({ ruleId: 'r', file: 'a.ts', line: 2, secret: 'two' })).toEqual([]);
    expect(matcher.entriesFor({ ruleId: 'r', file: 'a.ts', line: 2, secret: 'one' })).toHaveLength(1);
    expect(matcher.unmatched().map(({ entry, isBySecret }) => [entry.file, isBySecret])).toEqual([['k.pem', false]]);
    expect(matcher.entriesFor({ ruleId: 'private-key-pem', file: 'k.pem', line: 1, secret: 'any key' })).toHaveLength(1);
    expect(matcher.unmatched()).toEqual([]);
  });
});
