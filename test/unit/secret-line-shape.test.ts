import { canHoldSecret } from '../../src/detect/line-window';

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
