import { buildKeywordAutomaton } from '../../src/detect/keyword-automaton';
import { KeywordPrefilter } from '../../src/detect/keyword-prefilter';
import { shannonEntropy } from '../../src/detect/entropy';
import { crc32, toBase62 } from '../../src/detect/checksums';

const asLines = (texts: string[]) => texts.map((text) => ({ text }));

describe('KeywordPrefilter', () => {
  const prefilter = KeywordPrefilter.ofKeywords([['abc'], ['bcd'], ['ab'], ['zzz'], ['x.y']]);

  test('finds overlapping and contained keywords, case-insensitively', () => {
    const byLine = prefilter.candidateRulesByLine(asLines(['__ABCD__']));
    expect([...(byLine.get(0) ?? [])].sort()).toEqual([0, 1, 2]);
  });

  test('treats keywords as literals and maps each hit to its line', () => {
    const byLine = prefilter.candidateRulesByLine(asLines(['xzy', '', 'x.y', 'zz', 'a zzz', 'nothing']));
    expect([...byLine.keys()]).toEqual([2, 4]);
    expect([...(byLine.get(2) ?? [])]).toEqual([4]);
    expect([...(byLine.get(4) ?? [])]).toEqual([3]);
  });
});

describe('KeywordPrefilter over several automatons (the built-in rules’ and the config’s)', () => {
  // Scan rules 0-2: the first automaton holds two of them and a rule the scan does not run (-1).
  const prefilter = new KeywordPrefilter([
    { automaton: buildKeywordAutomaton([['pass'], ['off'], ['token']]), ruleOf: [2, -1, 0] },
    { automaton: buildKeywordAutomaton([['acme_']]), ruleOf: [1] },
  ]);

  test('maps each automaton’s rules to the scan’s, drops the ones it does not run, and keeps the lines in order', () => {
    const byLine = prefilter.candidateRulesByLine(asLines(['ACME_KEY', 'off', 'token and password', 'acme_token']));
    expect([...byLine].map(([line, rules]) => [line, [...rules].sort()])).toEqual([
      [0, [1]],
      [2, [0, 2]],
      [3, [0, 1]],
    ]);
  });
});

describe('KeywordPrefilter over UTF-8 bytes (leakguard redact)', () => {
  const prefilter = new KeywordPrefilter([
    { automaton: buildKeywordAutomaton([['pass'], ['token'], ['ab']]), ruleOf: [0, 1, 2] },
    { automaton: buildKeywordAutomaton([['acme_']]), ruleOf: [3] },
  ]);
  /** The lines as bytes, each ending in "\n", and where each "\n" is. */
  const asBytes = (lines: readonly Buffer[]) => {
    const bytes = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
    const lineEnds: number[] = [];
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lineEnds.push(at);
    return { bytes, lineEnds };
  };

  test('finds the rules that the decoded lines give: non-ASCII and invalid bytes break a keyword as their character does', () => {
    const lines = ['TOKEN é pass', 'pa\u00e9ss', 'a\u{1F600}b', 'to\rken\r', 'acme_\r', '', 'nothing'].map((text) => Buffer.from(text));
    lines.push(Buffer.from([0x70, 0x61, 0xff, 0x73, 0x73]), Buffer.from([0x61, 0xc3, 0x62]));
    const { bytes, lineEnds } = asBytes(lines);
    const decoded = lines.map((line) => ({ text: line.toString() }));
    const sets = (byLine: Map<number, Set<number>>) => [...byLine].map(([line, rules]) => [line, [...rules].sort()]);
    expect(sets(prefilter.candidateRulesByByteLine(bytes, lineEnds))).toEqual(sets(prefilter.candidateRulesByLine(decoded)));
    expect([...prefilter.candidateRulesByByteLine(bytes, lineEnds).keys()]).toEqual([0, 4]);
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
