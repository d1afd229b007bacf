import { CommitLogParser } from '../../src/diff/parse-commit-log';
import { UnifiedDiffParser } from '../../src/diff/unified-diff-parser';
import type { FileDiff } from '../../src/model/added-line';

function parse(log: string): FileDiff[] {
  const parser = new UnifiedDiffParser();
  for (const line of log.split('\n')) parser.push(line);
  return parser.end();
}

/** [commit sha, file, line, text] of every added line, in order. */
function addedLines(log: string): [string, string, number, string][] {
  return parse(log).flatMap((batch) => batch.addedLines.map((line): [string, string, number, string] => [batch.commit?.sha ?? '', batch.file, line.line, line.text]));
}

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const SHA_M = 'c'.repeat(40);

describe('git log -p with commit lines', () => {
  test('each file is tagged with the commit whose line came before it, with sha and subject', () => {
    const log = [
      `\0${SHA_A} Add config: the first one`,
      '',
      'diff --git a/config.ts b/config.ts',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/config.ts',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      `\0${SHA_B} Second`,
      '',
      'diff --git a/config.ts b/config.ts',
      '--- a/config.ts',
      '+++ b/config.ts',
      '@@ -2 +2 @@',
      '-two',
      '+2',
    ].join('\n');
    expect(addedLines(log)).toEqual([
      [SHA_A, 'config.ts', 1, 'one'],
      [SHA_A, 'config.ts', 2, 'two'],
      [SHA_B, 'config.ts', 2, '2'],
    ]);
    expect(parse(log)[0]?.commit).toEqual({ sha: SHA_A, subject: 'Add config: the first one' });
  });

  test('a commit with no diff (a skipped merge) adds nothing and does not take the next file', () => {
    const log = [`\0${SHA_M} Merge branch 'x'`, `\0${SHA_B} After`, '', 'diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -0,0 +1 @@', '+x'].join('\n');
    expect(addedLines(log)).toEqual([[SHA_B, 'f', 1, 'x']]);
  });

  test('an added line that looks like a commit line stays content', () => {
    const log = [`\0${SHA_A} One`, 'diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -0,0 +1,2 @@', `+\0${SHA_B} not a commit`, '+after'].join('\n');
    expect(addedLines(log)).toEqual([
      [SHA_A, 'f', 1, `\0${SHA_B} not a commit`],
      [SHA_A, 'f', 2, 'after'],
    ]);
  });
});

describe("a merge's combined diff (--cc)", () => {
  test('only lines absent from every parent are added; lines one parent had are not', () => {
    const log = [
      `\0${SHA_M} Merge branch 'side'`,
      '',
      'diff --cc g.ts',
      'index 0000000,422c2b7..f0efb32',
      '--- a/g.ts',
      '+++ b/g.ts',
      '@@@ -1,0 -1,2 +1,3 @@@',
      '+ from side',
      ' +from main',
      '++evil',
      '@@@ -5,2 -7,1 +8,1 @@@',
      '- removed from main',
      ' -removed from side',
      '++resolved',
      '--both removed',
      'diff --git a/h.ts b/h.ts',
      '--- a/h.ts',
      '+++ b/h.ts',
      '@@ -0,0 +1 @@',
      '+plain',
    ].join('\n');
    expect(addedLines(log)).toEqual([
      [SHA_M, 'g.ts', 3, 'evil'],
      [SHA_M, 'g.ts', 8, 'resolved'],
      [SHA_M, 'h.ts', 1, 'plain'],
    ]);
  });

  test('a merge of three parents, and a result line that looks like a header', () => {
    const log = ['diff --cc x', '--- a/x', '+++ b/x', '@@@@ -1,0 -1,0 -1,0 +1,2 @@@@', '+++diff --cc y', '++ kept by one'].join('\n');
    expect(addedLines(log)).toEqual([['', 'x', 1, 'diff --cc y']]);
  });
});

describe('git log -p with each commit message (COMMIT_LINE_FORMAT)', () => {
  function parseLog(log: string): FileDiff[] {
    const parser = new CommitLogParser();
    for (const line of log.split('\n')) parser.push(line);
    return parser.end();
  }

  /** [commit sha, file, line, text] of every line, message lines included, in order. */
  const linesOf = (log: string) =>
    parseLog(log).flatMap((batch) => batch.addedLines.map((line) => [batch.commit?.sha ?? '', batch.file, line.line, line.text, batch.isMessage === true]));

  test("a message that looks like a diff stays the message: it adds no file and does not upset the commit's diff", () => {
    const log = [
      `\0${SHA_A} Fix the parser`,
      'Fix the parser',
      '',
      'diff --git a/fake b/fake',
      '@@ -0,0 +1,2 @@',
      '+not an added line',
      '\0',
      '',
      'diff --git a/f b/f',
      '--- a/f',
      '+++ b/f',
      '@@ -0,0 +1 @@',
      '+x',
    ].join('\n');
    expect(linesOf(log)).toEqual([
      [SHA_A, 'commit message', 1, 'Fix the parser', true],
      [SHA_A, 'commit message', 2, '', true],
      [SHA_A, 'commit message', 3, 'diff --git a/fake b/fake', true],
      [SHA_A, 'commit message', 4, '@@ -0,0 +1,2 @@', true],
      [SHA_A, 'commit message', 5, '+not an added line', true],
      [SHA_A, 'f', 1, 'x', false],
    ]);
  });

  test('messages come before their diff, after the previous commit\'s last file; an empty message and a commit without a diff count', () => {
    const log = [
      `\0${SHA_A} One`,
      'One',
      '\0',
      '',
      'diff --git a/f b/f',
      '--- a/f',
      '+++ b/f',
      '@@ -0,0 +1 @@',
      '+one',
      `\0${SHA_M} `,
      '\0',
      `\0${SHA_B} Two, stored without a final newline`,
      'Two, stored without a final newline\0',
    ].join('\n');
    expect(parseLog(log).map((batch) => [batch.commit?.sha, batch.file, batch.addedLines.map((line) => line.text)])).toEqual([
      [SHA_A, 'commit message', ['One']],
      [SHA_A, 'f', ['one']],
      [SHA_M, 'commit message', []],
      [SHA_B, 'commit message', ['Two, stored without a final newline']],
    ]);
  });
});
