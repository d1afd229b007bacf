import { canHoldSecret, canHoldSecretInBytes } from '../../src/detect/line-window';

describe('canHoldSecret with secretLineIsOneWord (a pretty-printed element text: generic-xml.ts)', () => {
  const window = { before: 1, after: 1, secretLineIsOneWord: true };

  test('lets through a line that is one word between blanks', () => {
    expect(canHoldSecret(window, '    Xq7wLm2Pz8Kd')).toBe(true);
    expect(canHoldSecret(window, '\tvalue-1\t ')).toBe(true);
  });

  test('keeps out a line with a blank inside it, or without a word', () => {
    expect(canHoldSecret(window, 'Error: invalid or expired token')).toBe(false);
    expect(canHoldSecret(window, '  two words')).toBe(false);
    expect(canHoldSecret(window, '   ')).toBe(false);
  });

  test('a window without the flag keeps every line', () => {
    expect(canHoldSecret({ before: 1, after: 1 }, 'two words')).toBe(true);
  });
});

describe('canHoldSecretInBytes (leakguard redact, before decoding)', () => {
  const windows = [{ secretLineIsOneWord: true }, { secretLineHolds: ['value'] }, { secretLineHolds: ['-----BEGIN ', 'ünï'] }, { secretLineHolds: ['value'], secretLineIsOneWord: true }, undefined];
  const lines = ['    Xq7wLm2Pz8Kd', '\tvalue-1\t ', 'two words', '   ', '', 'a\fb', 'a\u00a0b', '\u00a0ab', 'naïve', 'ab\u3000', 'x value: 1', 'valu', 'a ünï b', '-----BEGIN RSA', 'zvaluez'];

  test.each(lines.map((line) => [line]))('agrees with canHoldSecret on the decoded line %j, for every kind of window', (line) => {
    const bytes = Buffer.from(`>${line}<`);
    for (const window of windows) expect([window, canHoldSecretInBytes(window, bytes, 1, bytes.length - 1)]).toEqual([window, canHoldSecret(window, line)]);
  });
});
