import { looksLikeHumanPassword, looksLikeName } from '../../src/detect/detectors/value-shape';
import { createSampleGenerator } from '../../src/detect/sample-generator';

describe('looksLikeName', () => {
  test.each(['edit_password', 'sameOrigin', '#add-password', 'auth.reset.password-form', 'HTMLInputElement', 'Contraseña', 'io.jsonwebtoken:jjwt-jackson-0.11.2', 'lodash@4.17.21'])(
    '%s names something',
    (value) => expect(looksLikeName(value)).toBe(true),
  );

  test('random letters, with or without digits, do not', () => {
    const generate = createSampleGenerator(7);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const randoms = Array.from({ length: 1000 }, () => generate.chars(letters, 20));
    expect(randoms.filter(looksLikeName)).toEqual([]);
    expect(looksLikeName(generate.alnum(24))).toBe(false);
  });
});

describe('looksLikeHumanPassword', () => {
  // Built from parts: a whole one in a file would be a planted password to the project's own scan.
  test.each([['Sum', 'mer2024!'], ['P@ss', 'w0rd1'], ['Wel', 'come123'], ['dragon', 'fly#1']])('%s%s is a word and a few digits or symbols', (head, tail) => {
    expect(looksLikeHumanPassword(head + tail)).toBe(true);
  });

  test('random keys are not, nor are long passphrases', () => {
    const generate = createSampleGenerator(11);
    const randoms = Array.from({ length: 200 }, () => generate.alnum(12));
    expect(randoms.filter(looksLikeHumanPassword).length).toBeLessThan(4);
    expect(looksLikeHumanPassword(generate.hex(16))).toBe(false);
    expect(looksLikeHumanPassword(['correct', 'horse', 'battery', 'staple'].join(''))).toBe(false);
  });
});
