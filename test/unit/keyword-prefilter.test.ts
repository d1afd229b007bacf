import { KeywordPrefilter } from '../../src/detect/keyword-prefilter';
import { shannonEntropy } from '../../src/detect/entropy';
import { crc32, toBase62 } from '../../src/detect/checksums';

describe('KeywordPrefilter', () => {
  const prefilter = new KeywordPrefilter([['abc'], ['bcd'], ['ab'], ['zzz'], ['x.y']]);

  test('finds overlapping and contained keywords, case-insensitively', () => {
    expect([...prefilter.candidateRules('__ABCD__')].sort()).toEqual([0, 1, 2]);
  });

  test('treats keywords as literals and costs nothing on lines without one', () => {
    expect([...prefilter.candidateRules('x.y')]).toEqual([4]);
    expect(prefilter.candidateRules('xzy').size).toBe(0);
  });
});

describe('entropy and checksums', () => {
  test('entropy is 0 for one repeated character and log2(n) for n distinct', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
  });

  test('crc32 matches the IEEE check value and base62 pads', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(toBase62(61, 3)).toBe('00z');
    expect(toBase62(62, 2)).toBe('10');
  });
});
