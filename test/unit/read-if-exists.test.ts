import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIfExists } from '../../src/fs/read-if-exists';
import { LeakguardError } from '../../src/model/errors';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

describe('readIfExists', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'leakguard-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a file's text; nothing for no file, nor for a path through a file", () => {
    writeFileSync(join(dir, 'a.txt'), 'text\n');
    expect(readIfExists(join(dir, 'a.txt'))).toBe('text\n');
    expect(readIfExists(join(dir, 'missing.txt'))).toBeUndefined();
    expect(readIfExists(join(dir, 'a.txt', 'below'))).toBeUndefined();
  });

  test('a path that is there but cannot be read is an error naming it, with the hint given, the path redacted', () => {
    const token = makeGithubToken(43);
    mkdirSync(join(dir, token));
    let thrown: unknown;
    try {
      readIfExists(join(dir, token), 'Remove that directory.');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LeakguardError);
    const error = thrown as LeakguardError;
    expect(error).toMatchObject({ code: 'IO_FAILED', hint: 'Remove that directory.' });
    expect(error.message).toMatch(/^Could not read .+: EISDIR/);
    expectNoLeak(token, error.message);
  });
});
