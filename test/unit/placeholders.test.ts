import { hasTypedStructure } from '../../src/detect/placeholder-structure';
import { looksLikePlaceholder } from '../../src/detect/placeholders';
import { createSampleGenerator } from '../../src/detect/sample-generator';

describe('placeholders: fakes typed by hand', () => {
  test.each([
    ['a unit repeated', 'abc123abc123abc123'],
    ['a unit repeated, case aside', 'abcd1234abcd1234ABCD1234ABCD1234'],
    ['two counts interleaved', 'a1b2c3d4e5f6a7b8'],
    ['two counts interleaved, short', '1a2b3c4d'],
    ['two counts interleaved, upper case', 'A1B2C3D4E5F6A1B2C3D4E5F6'],
    ['counting in pieces', 'abc123xyz-456def789ghij-klmnop'],
    ['counting in groups', 'abcd1234-ef56-gh78-ij90-klmn1234opqr'],
    ['a prefix, then counting', `${'shp'}at_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6`],
    ['the alphabet pasted into a random token', `${createSampleGenerator(3).alnum(40)}abcdefghijklmnopqrstuvwxyz`],
  ])('%s is a placeholder', (_kind, value) => {
    expect(looksLikePlaceholder(value)).toBe(true);
  });

  test.each(['REPLACE_WITH_PASSWORD', 'replace-me', 'insert key here', 'enterYourApiKey', 'CHANGEME123', 'paste_token_here'])(
    'the instruction %s is a placeholder',
    (value) => {
      expect(looksLikePlaceholder(value)).toBe(true);
    },
  );

  test.each(['hunter2x!', 'change-orbit-salad', 'replacement-token-8f3k', 'correct-horse-battery-staple'])('%s is not a placeholder', (value) => {
    expect(looksLikePlaceholder(value)).toBe(false);
  });

  test('a real token holding an encoded field with structure of its own is not a placeholder', () => {
    // JFrog reference tokens are base64 of "reftkn:01:<expiry>:<random>"; a zero expiry repeats "MDAw".
    const token = Buffer.from(`reftkn:01:0000000000:${createSampleGenerator(5).alnum(32)}`).toString('base64');
    expect(looksLikePlaceholder(token)).toBe(false);
  });
});

describe('placeholders: random tokens never have the typed structure', () => {
  const generate = createSampleGenerator(2026);
  const kinds = [
    ['hex', 16],
    ['hex', 32],
    ['hex', 64],
    ['alnum', 20],
    ['alnum', 40],
    ['base64', 44],
    ['lowerAlnum', 32],
    ['digits', 20],
  ] as const;
  test.each(kinds)('5,000 random %s values of %i characters', (kind, length) => {
    const flagged = Array.from({ length: 5000 }, () => generate[kind](length)).filter(hasTypedStructure);
    expect(flagged.length).toBe(0);
  });
});
