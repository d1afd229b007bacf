import { fingerprint } from '../../src/model/fingerprint';
import { mergeSpans, redactLine, redactSecret } from '../../src/model/redact';
import { createSampleGenerator } from '../../src/detect/sample-generator';

const generate = createSampleGenerator(7);

describe('redactSecret', () => {
  test('keeps a short prefix of long secrets, none of short ones, and hides the length', () => {
    const long = generate.alnum(40);
    expect(redactSecret(long)).toBe(`${long.slice(0, 4)}********`);
    expect(redactSecret('hunter2hunter')).toBe('********');
    expect(redactSecret(generate.alnum(80))).toHaveLength(12);
  });
});

describe('redactLine', () => {
  test('redacts every secret on the line, overlapping ones too', () => {
    const first = generate.alnum(30);
    const second = generate.alnum(30);
    const line = `a="${first}" b="${second}"`;
    const spans = [
      { start: 3, end: 3 + first.length },
      { start: 3 + first.length + 5, end: 3 + first.length + 5 + second.length },
      { start: 10, end: 20 },
    ];
    const preview = redactLine(line, mergeSpans(spans), spans[0] as { start: number; end: number });
    expect(preview).not.toContain(first.slice(4));
    expect(preview).not.toContain(second.slice(4));
    expect(preview).toContain('a="');
  });

  test('clips long lines around the secret', () => {
    const secret = generate.alnum(40);
    const line = 'x'.repeat(5000) + secret + 'y'.repeat(5000);
    const preview = redactLine(line, [{ start: 5000, end: 5040 }], { start: 5000, end: 5040 });
    expect(preview.length).toBeLessThan(200);
    expect(preview.endsWith('…')).toBe(true);
    expect(preview).toContain(`${secret.slice(0, 4)}********`);
    expect(preview.startsWith('…')).toBe(true);
  });

  test('a secret cut by the window edge is masked without a prefix', () => {
    const secret = generate.alnum(300);
    const line = `k="${secret}" other="${generate.alnum(30)}"`;
    const spans = mergeSpans([{ start: 3, end: 303 }, { start: 313, end: 343 }]);
    const preview = redactLine(line, spans, { start: 313, end: 343 });
    expect(preview).not.toMatch(new RegExp(`${secret.slice(100, 104)}|${secret.slice(-4)}`));
    expect(preview).toContain('********');
  });
});

describe('fingerprint', () => {
  test('is made of the rule, the file, the redacted line and the occurrence, each of which tells findings apart', () => {
    const place = { ruleId: 'r-a', file: 'a.ts', preview: 'const key = "********";' };
    expect(fingerprint(place, 0)).toBe(fingerprint({ ...place }, 0));
    expect(fingerprint(place, 0)).toMatch(/^[0-9a-f]{32}$/);
    for (const other of [{ ...place, ruleId: 'r-b' }, { ...place, file: 'b.ts' }, { ...place, preview: 'key: "********"' }]) expect(fingerprint(other, 0)).not.toBe(fingerprint(place, 0));
    expect(fingerprint(place, 1)).not.toBe(fingerprint(place, 0));
  });
});
