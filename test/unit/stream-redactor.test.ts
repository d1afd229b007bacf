import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRedactRules, type RedactRules } from '../../src/scan/redact/redact-rules';
import { StreamRedactor } from '../../src/scan/redact/stream-redactor';
import { expectNoLeak, makeGithubToken, makePrivateKeyPem } from '../support/secrets';

let root: string;
let rules: RedactRules;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'leakguard-redact-'));
  rules = await loadRedactRules(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The stream given in chunks of `size` characters: every piece written, then the end. */
function redactInChunks(text: string, size: number, redactor = new StreamRedactor(rules)): string[] {
  const written: string[] = [];
  for (let start = 0; start < text.length; start += size) written.push(redactor.push(text.slice(start, start + size)));
  written.push(redactor.end());
  return written;
}

describe('StreamRedactor', () => {
  test('gives each line back as soon as its newline arrives, a token masked as the scan masks it', () => {
    const token = makeGithubToken(3);
    const redactor = new StreamRedactor(rules);
    expect(redactor.push('step 1 ok\nfetching with ')).toBe('step 1 ok\n');
    expect(redactor.push(`${token} now`)).toBe('');
    expect(redactor.push('\nstep 2\n')).toBe(`fetching with ${token.slice(0, 4)}******** now\nstep 2\n`);
    expect(redactor.end()).toBe('');
    expect(redactor.masked).toBe(1);
  });

  test('masks every line of a PEM block, which the scan reports on its BEGIN line; holds only that block', () => {
    const pem = makePrivateKeyPem(5);
    const lines = pem.split('\n');
    const redactor = new StreamRedactor(rules);
    expect(redactor.push('before\n')).toBe('before\n');
    // The BEGIN line waits for the lines its rule reads below it; the stream's end releases them.
    expect(redactor.push(`${lines[0]}\n${lines[1]}\n`)).toBe('');
    const written = redactor.push(lines.slice(2).join('\n') + '\nafter\n') + redactor.end();
    const output = written.split('\n');
    expect(output).toHaveLength(lines.length + 2);
    expect(output[0]).toBe('-----BEGIN RSA ********');
    expect(output.slice(1, lines.length - 1).every((line) => line === '********')).toBe(true);
    expect(output[lines.length - 1]).toBe(lines[lines.length - 1]);
    expect(output[lines.length]).toBe('after');
    expectNoLeak(pem, written);
    expect(redactor.masked).toBe(1);
  });

  test('a line that only mentions a private key waits for nothing; a BEGIN line waits, and so do the lines after it', () => {
    const redactor = new StreamRedactor(rules);
    expect(redactor.push('loading the private key from /etc/deploy/id_ed25519\n')).toBe('loading the private key from /etc/deploy/id_ed25519\n');
    expect(redactor.push('-----BEGIN OPENSSH PRIVATE KEY-----\n')).toBe('');
    expect(redactor.push('not base64 at all\n')).toBe('');
    expect(redactor.end()).toBe('-----BEGIN OPENSSH PRIVATE KEY-----\nnot base64 at all\n');
    expect(redactor.masked).toBe(0);
  });

  test('keeps "\\r\\n" line ends and a last line without newline, masked at the end of the stream', () => {
    const token = makeGithubToken(4);
    const written = redactInChunks(`a\r\nb ${token}\r\nc ${token}`, 5).join('');
    expect(written).toBe(`a\r\nb ${token.slice(0, 4)}********\r\nc ${token.slice(0, 4)}********`);
  });

  test('the output is the same however the stream is cut into chunks', () => {
    const text = `one\n${makePrivateKeyPem(2)}\nx=${makeGithubToken(6)}\r\n\n${'word '.repeat(50)}\nlast ${makeGithubToken(7)}`;
    const whole = redactInChunks(text, text.length).join('');
    for (const size of [1, 7, 64, 1000]) expect(redactInChunks(text, size).join('')).toBe(whole);
    expectNoLeak(makePrivateKeyPem(2), whole);
    expectNoLeak(makeGithubToken(6), whole);
  });

  test('a line past the limit is written in parts before it ends; a secret across a cut goes out whole, masked', () => {
    const token = makeGithubToken(8);
    const limits = { maxLineLength: 300, overlap: 100 };
    const redactor = new StreamRedactor(rules, limits);
    // The first cut falls at 350 - 100 = 250, inside the token (240..280): it moves to the token's end.
    const head = 'x'.repeat(239) + ' ' + token + ' ' + 'y'.repeat(69);
    const first = redactor.push(head);
    expect(first).toBe('x'.repeat(239) + ' ' + token.slice(0, 4) + '********');
    const rest = redactor.push(`${'z '.repeat(400)}${token}\nnext\n`) + redactor.end();
    expect(rest.endsWith(` ${token.slice(0, 4)}********\nnext\n`)).toBe(true);
    expect((first + rest).length).toBe(head.length + 800 + token.length + 6 - 2 * (token.length - 12));
    expectNoLeak(token, first, rest);
    expect(redactor.masked).toBe(2);
  });
});
