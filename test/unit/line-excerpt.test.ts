import { lineExcerpt } from '../../src/config/line-excerpt';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { makeGithubToken } from '../support/secrets';

const excerpt = (text: string, line: number, column: number): string[] => (lineExcerpt(text, line, column) ?? '').split('\n');

describe('lineExcerpt: the line of a config syntax error, values masked, a caret under the column', () => {
  test('keeps keys, punctuation and literals; masks every value; the caret follows the masking', () => {
    expect(excerpt('{\n  "disable": ["x",]\n}\n', 2, 19)).toEqual(['    2 |   "disable": ["********",]', '      |                          ^']);
    expect(excerpt('allowlist:\n  values: [a, b c]\n  unscannable: true\n', 2, 18)).toEqual(['    2 |   values: [********, ******** ********]', '      |                                       ^']);
    // A column inside a value points at the value's start.
    expect(excerpt('a: 1\n  - "x" 12 :\n', 2, 10)).toEqual(['    2 |   - "********" 12 :', '      |                ^']);
  });

  test('a token, a base64 secret or a word-like password on the line is masked, quoted or not, and `user:password` is no key', () => {
    const token = makeGithubToken(144);
    const base64 = createSampleGenerator(145).base64(40);
    for (const text of [`{"values": ["${token}"]]}`, `values: [${base64}: ]`, `password: "correcthorsebattery" x`, `auth: admin:${base64}`]) {
      const shown = excerpt(text, 1, 12).join('\n');
      // Past the 4-character prefix redactSecret shows of a long value.
      for (const piece of [token.slice(4, 12), base64.slice(4, 12), 'horse', 'admin']) expect(shown).not.toContain(piece);
    }
    expect(excerpt(`{"values": ["${token}"]]}`, 1, 56)[0]).toBe('    1 | {"values": ["ghp_********"]]}');
  });

  test('a long line is cut to a window around the column; a value cut by the window shows no prefix', () => {
    const token = makeGithubToken(146);
    const [shown, caret] = excerpt(`{"a": "${'x'.repeat(200)}", "b": "${token}" "c": 1}`, 1, 257);
    expect(shown).toBe('    1 | …"********, "b": "ghp_********" "********": 1}');
    expect(caret).toBe('      |                  ^');
  });

  test('no excerpt for an empty line or one past the end', () => {
    expect(lineExcerpt('a: "x\n\n', 2, 1)).toBeUndefined();
    expect(lineExcerpt('a: 1\n', 7, 1)).toBeUndefined();
  });
});
