import type { Baseline, BaselineEntry, Verdict } from '../../src/baseline/baseline-format';
import { mergeBaseline } from '../../src/baseline/merge-baseline';
import { NEW_BASELINE_COST } from '../../src/baseline/salted-fingerprint';

const SALT = '0'.repeat(32);
const entry = (file: string, verdict: Verdict, note?: string): BaselineEntry => ({
  file,
  rule: 'github-classic-token',
  fingerprint: file.length.toString(16).padStart(32, 'a'),
  verdict,
  ...(note === undefined ? {} : { note }),
});
const baseline = (...entries: BaselineEntry[]): Baseline => ({ salt: SALT, cost: NEW_BASELINE_COST, entries });
const summary = (merged: Baseline): string[] => merged.entries.map((known) => `${known.file} ${known.verdict}${known.note === undefined ? '' : ` ${known.note}`}`);

describe('mergeBaseline: a writer merges its changes with what changed on disk since it read', () => {
  test('each side keeps what only it changed', () => {
    const read = baseline(entry('a', 'unreviewed'), entry('bb', 'unreviewed'), entry('ccc', 'unreviewed'));
    // On disk: a set by hand, an entry added. The writer: bb answered, ccc pruned.
    const onDisk = baseline(entry('a', 'must-fix', 'rotate'), entry('bb', 'unreviewed'), entry('ccc', 'unreviewed'), entry('dddd', 'accepted'));
    const wanted = baseline(entry('a', 'unreviewed'), entry('bb', 'false-positive'));
    expect(summary(mergeBaseline({ read, onDisk, wanted }))).toEqual(['a must-fix rotate', 'bb false-positive', 'dddd accepted']);
  });

  test('an entry the writer pruned but someone edited meanwhile is kept; one removed on disk and unchanged by the writer stays removed', () => {
    const read = baseline(entry('a', 'unreviewed'), entry('bb', 'unreviewed'));
    const onDisk = baseline(entry('a', 'accepted', 'revoked'));
    const wanted = baseline(entry('bb', 'unreviewed'));
    expect(summary(mergeBaseline({ read, onDisk, wanted }))).toEqual(['a accepted revoked']);
  });

  test('both changed one entry: the more cautious verdict wins, on a tie the disk', () => {
    const read = baseline(entry('a', 'unreviewed'), entry('bb', 'unreviewed'));
    const onDisk = baseline(entry('a', 'false-positive', 'by hand'), entry('bb', 'must-fix', 'by hand'));
    const wanted = baseline(entry('a', 'must-fix'), entry('bb', 'must-fix', 'mine'));
    expect(summary(mergeBaseline({ read, onDisk, wanted }))).toEqual(['a must-fix', 'bb must-fix by hand']);
  });
});
