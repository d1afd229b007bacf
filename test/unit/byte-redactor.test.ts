import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from '../../src/detect/checksums';
import { builtInDetectors } from '../../src/detect/registry';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { ByteRedactor } from '../../src/scan/redact/byte-redactor';
import type { LineLimits } from '../../src/scan/redact/long-line';
import { loadRedactRules, type RedactRules } from '../../src/scan/redact/redact-rules';
import { DEFAULT_LIMITS, StreamRedactor } from '../../src/scan/redact/stream-redactor';
import { makeGithubToken, makePrivateKeyPem } from '../support/secrets';

let root: string;
let rules: RedactRules;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leakguard-byte-redact-'));
  rules = await loadRedactRules(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lines of a CI log that hold no keyword, and some that do without holding a secret. */
const LOG_LINES = ['PASS src/cart/cart.test.ts (1.2 s)', '2026-12-02T03:41:07Z [INFO] GET /api/v1/users/12 200 4ms', '', '  at Object.<anonymous> (src/é/naïve.ts:3:9)', 'Error: invalid or expired token', 'value', '    hunter'];

/**
 * Every built-in rule's examples, those it finds and those it must not, each after a few log lines:
 * windows over lines above (Kubernetes, curl, XML elements) and below (PEM blocks) meet quiet lines.
 */
function examplesAmongLogLines(newline: string): string {
  const parts: string[] = [];
  builtInDetectors.forEach((detector, index) => {
    const generate = createSampleGenerator(crc32(detector.id));
    for (const example of [...detector.examples.detects(generate), ...detector.examples.ignores(generate)]) {
      parts.push(...LOG_LINES.slice(index % 4, (index % 4) + 1 + (index % 3)), example);
    }
  });
  return parts.join('\n').split('\n').join(newline);
}

/** The StreamRedactor's output for the whole text at once: what the ByteRedactor must write. */
function streamRedacted(text: string, limits: LineLimits = DEFAULT_LIMITS): { output: string; masked: number } {
  const redactor = new StreamRedactor(rules, limits);
  const output = redactor.push(text) + redactor.end();
  return { output, masked: redactor.masked };
}

/** The ByteRedactor's output for `bytes` given in chunks of `size`. */
function byteRedacted(bytes: Buffer, size: number, limits: LineLimits = DEFAULT_LIMITS): { output: string; masked: number } {
  const redactor = new ByteRedactor(rules, limits);
  const written: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size) written.push(redactor.push(bytes.subarray(start, start + size)));
  written.push(redactor.end());
  return { output: Buffer.concat(written).toString(), masked: redactor.masked };
}

describe('ByteRedactor', () => {
  test.each([['\n'], ['\r\n']])('writes what the StreamRedactor writes for every rule\'s examples among log lines, however the bytes are cut (newline %j)', (newline) => {
    const text = examplesAmongLogLines(newline);
    const expected = streamRedacted(text);
    expect(expected.masked).toBeGreaterThan(builtInDetectors.length);
    for (const size of [5, 333, 65536, text.length * 4]) {
      const { output, masked } = byteRedacted(Buffer.from(text), size);
      expect({ size, masked, same: output === expected.output }).toEqual({ size, masked: expected.masked, same: true });
    }
  });

  test('gives a quiet line back as soon as its newline arrives, and holds a PEM BEGIN line until its block is read', () => {
    const pem = makePrivateKeyPem(3).split('\n');
    const redactor = new ByteRedactor(rules);
    expect(redactor.push(Buffer.from('step 1 ok\nfetching')).toString()).toBe('step 1 ok\n');
    expect(redactor.push(Buffer.from(` now\n${pem[0]}\n${pem[1]}\n`)).toString()).toBe('fetching now\n');
    const rest = redactor.push(Buffer.from(pem.slice(2).join('\n') + '\nafter\n')).toString() + redactor.end().toString();
    expect(rest.split('\n')[0]).toBe('-----BEGIN RSA ********');
    expect(rest.endsWith('\nafter\n')).toBe(true);
    expect(redactor.masked).toBe(1);
  });

  test('bytes that are not UTF-8 come out as the StreamRedactor writes them (U+FFFD), a token beside them masked', () => {
    const token = makeGithubToken(5);
    const bytes = Buffer.concat([Buffer.from('ok\nbad '), Buffer.from([0xff, 0xfe]), Buffer.from(' bytes '), Buffer.from([0xc3, 0x28]), Buffer.from(` token=${token}\nquiet\n\u00a0line`)]);
    const expected = streamRedacted(bytes.toString());
    for (const size of [1, 4, bytes.length]) expect(byteRedacted(bytes, size)).toEqual(expected);
    expect(expected.output).not.toContain(token);
  });

  test('a line longer than the limit goes out in parts as the StreamRedactor cuts it, the lines around it scanned with their windows', () => {
    const limits = { maxLineLength: 300, overlap: 100 };
    const longLine = Array.from({ length: 12 }, (_, index) => `x${index} ${makeGithubToken(10 + index)}`).join(' ');
    const text = [examplesAmongLogLines('\n').slice(0, 4000), longLine, '- name: DB_PASSWORD', `  value: "${makeGithubToken(30).slice(4, 24)}"`, longLine.slice(0, 250)].join('\n');
    const expected = streamRedacted(text, limits);
    expect(expected.masked).toBeGreaterThan(12);
    for (const size of [7, 512, text.length]) expect(byteRedacted(Buffer.from(text), size, limits)).toEqual(expected);
  });
});
