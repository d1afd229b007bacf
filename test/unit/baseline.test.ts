import { createHash, scryptSync } from 'node:crypto';
import { createBaselineFilter } from '../../src/baseline/baseline-filter';
import { parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from '../../src/baseline/baseline-format';
import { reconcileBaseline } from '../../src/baseline/reconcile-baseline';
import { LeakguardError } from '../../src/model/errors';
import type { RawMatch } from '../../src/model/raw-match';
import { NEW_BASELINE_COST, saltedFingerprint, VERSION_1_COST } from '../../src/baseline/salted-fingerprint';

const SALT = '0123456789abcdef0123456789abcdef';
const HEADER = `{"format":"leakguard-baseline","version":1,"salt":"${SALT}"}`;
const fp = (digit: string): string => digit.repeat(32);
const entry = (file: string, rule: string, fingerprint: string, verdict: BaselineEntry['verdict'] = 'unreviewed'): BaselineEntry => ({ file, rule, fingerprint, verdict });

function parseError(text: string): LeakguardError {
  try {
    parseBaseline(text, '/repo/.secretbaseline.jsonl');
  } catch (error) {
    return error as LeakguardError;
  }
  throw new Error('expected the baseline to be refused');
}

describe('baseline format', () => {
  test('writes the header, then entries sorted by file, rule and fingerprint, with keys in a fixed order', () => {
    const baseline: Baseline = {
      salt: SALT,
      cost: VERSION_1_COST,
      entries: [entry('b.ts', 'aws-access-key-id', fp('1')), { ...entry('a.ts', 'github-classic-token', fp('2'), 'accepted'), note: 'test fixture' }, entry('a.ts', 'github-classic-token', fp('1'))],
    };
    expect(serializeBaseline(baseline)).toBe(
      [
        HEADER,
        `{"file":"a.ts","rule":"github-classic-token","fingerprint":"${fp('1')}","verdict":"unreviewed"}`,
        `{"file":"a.ts","rule":"github-classic-token","fingerprint":"${fp('2')}","verdict":"accepted","note":"test fixture"}`,
        `{"file":"b.ts","rule":"aws-access-key-id","fingerprint":"${fp('1')}","verdict":"unreviewed"}`,
        '',
      ].join('\n'),
    );
    expect(serializeBaseline(parseBaseline(serializeBaseline(baseline), 'x'))).toBe(serializeBaseline(baseline));
  });

  test('joins the duplicates a union merge leaves: the most cautious verdict wins, identical headers pass', () => {
    const line = (verdict: string): string => `{"file":"a.ts","rule":"generic-secret","fingerprint":"${fp('3')}","verdict":"${verdict}"}`;
    const parsed = parseBaseline([HEADER, line('unreviewed'), HEADER, line('false-positive'), line('must-fix'), line('accepted'), ''].join('\n'), 'x');
    expect(parsed.entries).toEqual([entry('a.ts', 'generic-secret', fp('3'), 'must-fix')]);
    const reviewed = parseBaseline([HEADER, line('unreviewed'), line('false-positive')].join('\n'), 'x');
    expect(reviewed.entries[0]?.verdict).toBe('false-positive');
  });

  test('a malformed line is an error naming its number and the fault, every one of them, never its text', () => {
    const hidden = 'hunter2-but-longer-than-24-characters';
    const error = parseError(
      [
        HEADER,
        `{"file":"a.ts","rule":"generic-secret","fingerprint":"${fp('1')}","verdict":"fine"}`,
        `{"file":"a.ts","rule":"generic-secret","fingerprint":"${hidden}","verdict":"unreviewed"}`,
        `not json ${hidden}`,
        `{"file":"a.ts","rule":"generic-secret","fingerprint":"${fp('1')}","verdict":"accepted","when":"yesterday"}`,
      ].join('\n'),
    );
    expect(error.code).toBe('BASELINE_INVALID');
    expect(error.message).toContain('/repo/.secretbaseline.jsonl');
    expect(error.message).toContain('line 2: "verdict" must be one of unreviewed, false-positive, accepted, must-fix, got "fine"');
    expect(error.message).toContain('line 3: "fingerprint" must be 32 hexadecimal digits');
    expect(error.message).toContain('line 4: not a JSON object');
    expect(error.message).toContain('line 5: unknown key "when"');
    expect(error.message).not.toContain(hidden);
  });

  test('the header is required and checked', () => {
    expect(parseError('').message).toContain('line 1: expected the header');
    expect(parseError(`{"file":"a.ts","rule":"generic-secret","fingerprint":"${fp('1')}","verdict":"accepted"}\n`).message).toContain('line 1: expected the header');
    expect(parseError('{"format":"leakguard-baseline","version":1,"salt":"short"}\n').message).toContain('line 1: "salt" must be 32 hexadecimal digits');
    const otherSalt = HEADER.replace(SALT, fp('9'));
    expect(parseError(`${HEADER}\n${otherSalt}\n`).message).toContain('line 2: a second header with another salt');
  });

  test('version 2 records the scrypt cost; a file at version 1\'s cost is written as version 1', () => {
    const header = `{"format":"leakguard-baseline","version":2,"salt":"${SALT}","scrypt":{"N":65536,"r":8,"p":1}}`;
    const parsed = parseBaseline(`${header}\n`, 'x');
    expect(parsed.cost).toEqual({ N: 65536, r: 8, p: 1 });
    expect(serializeBaseline(parsed)).toBe(`${header}\n`);
    expect(serializeBaseline({ ...parsed, cost: VERSION_1_COST })).toBe(`${HEADER}\n`);
    expect(parseError(`${header}\n${HEADER}\n`).message).toContain('line 2: a second header with another salt or cost');
  });

  test('a cost outside the limits, or none in version 2, is refused: a file cannot make every scan take minutes', () => {
    const withCost = (scrypt: string): string => `{"format":"leakguard-baseline","version":2,"salt":"${SALT}"${scrypt}}\n`;
    expect(parseError(withCost('')).message).toContain('line 1: "scrypt" must be the cost of the fingerprints');
    expect(parseError(withCost(',"scrypt":{"N":1073741824,"r":8,"p":1}')).message).toContain('line 1: "scrypt.N" must be a power of two from 16384 to 262144, got 1073741824');
    expect(parseError(withCost(',"scrypt":{"N":262144,"r":16,"p":1}')).message).toContain('line 1: "scrypt" asks for N·r·p = 4194304, more than 2097152');
    expect(parseError(withCost(',"scrypt":{"N":50000,"r":8,"p":1}')).message).toContain('"scrypt.N" must be a power of two');
    expect(parseError(withCost(',"scrypt":{"N":65536,"r":0,"p":1,"q":2}')).message).toMatch(/"scrypt.r" must be an integer from 1 to 16, got 0[^]*unknown key "q"|unknown key "q"[^]*"scrypt.r" must be an integer from 1 to 16, got 0/);
    expect(parseError(`{"format":"leakguard-baseline","version":1,"salt":"${SALT}","scrypt":{"N":65536,"r":8,"p":1}}\n`).message).toContain('line 1: unknown key "scrypt"');
  });

  test('a baseline of a newer format version is refused, not misread', () => {
    const error = parseError(HEADER.replace('"version":1', '"version":3'));
    expect(error.code).toBe('BASELINE_UNSUPPORTED');
    expect(error.message).toContain('newer leakguard (baseline format version 3; this one reads version 2)');
  });
});

describe('baseline matching', () => {
  const match = (file: string, secret: string, ruleId = 'github-classic-token', line = 1): RawMatch => ({ ruleId, file, line, start: 0, end: secret.length, secret, lineText: secret });
  // A fast stand-in for scrypt: these tests are about matching, not about the hash.
  const fakeFingerprint = (ruleId: string, secret: string): string => createHash('md5').update(`${ruleId}\0${secret}`).digest('hex');
  const baseline: Baseline = {
    salt: SALT,
    cost: VERSION_1_COST,
    entries: [
      entry('a.ts', 'github-classic-token', fakeFingerprint('github-classic-token', 'old-one')),
      entry('a.ts', 'github-classic-token', fakeFingerprint('github-classic-token', 'known-bad'), 'must-fix'),
    ],
  };

  test('by file and fingerprint, whatever the line; another secret, another file or a must-fix entry is not let through', () => {
    const calls: string[] = [];
    const filter = createBaselineFilter(baseline, { fingerprintOf: (ruleId, secret) => (calls.push(secret), fakeFingerprint(ruleId, secret)) });
    expect(filter.isKnown(match('a.ts', 'old-one', 'github-classic-token', 1))).toBe(true);
    expect(filter.isKnown(match('a.ts', 'old-one', 'github-classic-token', 90))).toBe(true);
    expect(filter.isKnown(match('a.ts', 'new-one'))).toBe(false);
    expect(filter.isKnown(match('b.ts', 'old-one'))).toBe(false);
    expect(filter.isKnown(match('a.ts', 'known-bad'))).toBe(false);
    // No entry for that file and rule: the slow fingerprint is not computed at all; a repeat is computed once.
    expect(filter.isKnown(match('a.ts', 'old-one', 'generic-secret'))).toBe(false);
    expect(calls).toEqual(['old-one', 'new-one', 'known-bad']);
  });

  test('--match-any-file lets a known secret through in any file', () => {
    const filter = createBaselineFilter(baseline, { matchAnyFile: true, fingerprintOf: fakeFingerprint });
    expect(filter.isKnown(match('renamed.ts', 'old-one'))).toBe(true);
    expect(filter.isKnown(match('renamed.ts', 'known-bad'))).toBe(false);
  });

  test('the salted fingerprint depends on the salt, the cost, the rule and the secret', () => {
    const key = { salt: SALT, cost: VERSION_1_COST };
    const base = saltedFingerprint(key, 'generic-secret', 'hunter2');
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(saltedFingerprint(key, 'generic-secret', 'hunter2')).toBe(base);
    expect(saltedFingerprint({ ...key, salt: fp('9') }, 'generic-secret', 'hunter2')).not.toBe(base);
    expect(saltedFingerprint({ ...key, cost: NEW_BASELINE_COST }, 'generic-secret', 'hunter2')).not.toBe(base);
    expect(saltedFingerprint(key, 'generic-password', 'hunter2')).not.toBe(base);
    expect(saltedFingerprint(key, 'generic-secret', 'hunter3')).not.toBe(base);
  });

  test('a version-1 file keeps the fingerprints it was written with: scrypt N=2^14, r=8, p=1', () => {
    const { salt, cost } = parseBaseline(`${HEADER}\n`, 'x');
    const written = scryptSync('generic-secret\0hunter2', SALT, 16, { N: 16384, r: 8, p: 1 }).toString('hex');
    expect(saltedFingerprint({ salt, cost }, 'generic-secret', 'hunter2')).toBe(written);
  });
});

describe('reconcileBaseline', () => {
  const old: Baseline = {
    salt: SALT,
    cost: VERSION_1_COST,
    entries: [
      { ...entry('a.ts', 'generic-secret', fp('1'), 'accepted'), note: 'fixture' },
      entry('a.ts', 'generic-secret', fp('2'), 'false-positive'),
      entry('old-name.ts', 'generic-secret', fp('4'), 'must-fix'),
    ],
  };
  const found = (file: string, fingerprint: string) => ({ file, rule: 'generic-secret', fingerprint });

  test('keeps verdicts and notes, prunes what is gone, follows a rename, adds new findings only when asked', () => {
    const current = [found('a.ts', fp('1')), found('a.ts', fp('1')), found('new-name.ts', fp('4')), found('b.ts', fp('5'))];
    const without = reconcileBaseline(old, current, { addNew: false });
    expect(without.pruned).toEqual([old.entries[1]]);
    expect(without.moved).toEqual([{ from: old.entries[2], to: entry('new-name.ts', 'generic-secret', fp('4'), 'must-fix') }]);
    expect(without.notAdded).toEqual([found('b.ts', fp('5'))]);
    expect(without.baseline.entries).toEqual([old.entries[0], entry('new-name.ts', 'generic-secret', fp('4'), 'must-fix')]);

    const withNew = reconcileBaseline(old, current, { addNew: true });
    expect(withNew.added).toEqual([entry('b.ts', 'generic-secret', fp('5'))]);
    expect(withNew.baseline.entries.map((kept) => kept.file)).toEqual(['a.ts', 'b.ts', 'new-name.ts']);
  });

  test('a secret that appears in two new files is not a rename: the old entry is pruned', () => {
    const result = reconcileBaseline(old, [found('x.ts', fp('4')), found('y.ts', fp('4'))], { addNew: false });
    expect(result.moved).toEqual([]);
    expect(result.pruned.map((gone) => gone.file)).toEqual(['a.ts', 'a.ts', 'old-name.ts']);
  });
});
