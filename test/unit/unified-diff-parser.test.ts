import { UnifiedDiffParser } from '../../src/diff/unified-diff-parser';
import { unquotePath } from '../../src/diff/unquote-path';
import type { FileDiff } from '../../src/model/added-line';

function parse(diff: string): FileDiff[] {
  const parser = new UnifiedDiffParser();
  for (const line of diff.split('\n')) parser.push(line);
  return parser.end();
}

function addedByFile(diff: string): Record<string, [number, string][]> {
  const result: Record<string, [number, string][]> = {};
  for (const batch of parse(diff)) {
    result[batch.file] = [...(result[batch.file] ?? []), ...batch.addedLines.map((line): [number, string] => [line.line, line.text])];
  }
  return result;
}

describe('UnifiedDiffParser', () => {
  test('returns added lines with their new line numbers and never deleted ones', () => {
    const diff = [
      'diff --git a/src/app.ts b/src/app.ts',
      'index 1111111..2222222 100644',
      '--- a/src/app.ts',
      '+++ b/src/app.ts',
      '@@ -3 +3,2 @@ function x',
      '-const old = 1;',
      '+const first = 2;',
      '+const second = 3;',
      '@@ -10,2 +11 @@',
      '-gone one',
      '-gone two',
      '+kept',
    ].join('\n');
    expect(addedByFile(diff)).toEqual({ 'src/app.ts': [[3, 'const first = 2;'], [4, 'const second = 3;'], [11, 'kept']] });
  });

  test('each added line carries the line before it in the new file: a context line, an added one, never a deleted one', () => {
    const diff = [
      'diff --git a/a.ts b/a.ts',
      '--- a/a.ts',
      '+++ b/a.ts',
      '@@ -1,3 +1,4 @@',
      ' // leakguard:allow-next-line',
      '-old = 1',
      '+new = 2',
      '+next = 3',
      ' after',
      '@@ -0,0 +1 @@',
      '+first line',
    ].join('\n');
    const lines = parse(diff).flatMap((batch) => batch.addedLines);
    expect(lines.map((line) => [line.line, line.text, line.lineBefore])).toEqual([
      [2, 'new = 2', '// leakguard:allow-next-line'],
      [3, 'next = 3', 'new = 2'],
      // A new hunk knows nothing of the lines before it (there are none before line 1).
      [1, 'first line', undefined],
    ]);
  });

  test('an added line that looks like a header stays content', () => {
    const diff = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -0,0 +1,3 @@', '+++ b/evil', '+diff --git a/y b/y', '+--- a/z'].join('\n');
    expect(addedByFile(diff)).toEqual({ x: [[1, '++ b/evil'], [2, 'diff --git a/y b/y'], [3, '--- a/z']] });
  });

  test('an empty context line without its space (diff.suppressBlankEmpty) keeps the count', () => {
    const diff = [
      'diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -2,3 +2,3 @@',
      '-two', '+TWO', '', '-four', '+FOUR',
      'diff --git a/b.txt b/b.txt', 'new file mode 100644', '--- /dev/null', '+++ b/b.txt', '@@ -0,0 +1 @@', '+later',
    ].join('\n');
    expect(addedByFile(diff)).toEqual({ 'a.txt': [[2, 'TWO'], [4, 'FOUR']], 'b.txt': [[1, 'later']] });
  });

  test('new file, CRLF endings and "\\ No newline at end of file"', () => {
    const diff = ['diff --git a/n.txt b/n.txt', 'new file mode 100644', '--- /dev/null', '+++ b/n.txt', '@@ -0,0 +1,2 @@', '+one\r', '+two', '\\ No newline at end of file'].join('\n');
    expect(addedByFile(diff)).toEqual({ 'n.txt': [[1, 'one'], [2, 'two']] });
  });

  test('binary files are marked, with the path from the header', () => {
    const [batch] = parse(['diff --git a/img/logo one.png b/img/logo one.png', 'new file mode 100644', 'index 0000000..3333333', 'Binary files /dev/null and b/img/logo one.png differ'].join('\n'));
    expect(batch).toEqual({ file: 'img/logo one.png', isBinary: true, addedLines: [], blobs: { old: [], new: '3333333' } });
  });

  test('the index line gives the blob ids: zeros are absent, a combined diff has one old id per parent', () => {
    const [oldId, newId, otherId] = ['1'.repeat(40), '2'.repeat(40), '3'.repeat(40)];
    const modified = parse(['diff --git a/a.bin b/a.bin', `index ${oldId}..${newId} 100644`, 'Binary files a/a.bin and b/a.bin differ'].join('\n'));
    expect(modified[0]?.blobs).toEqual({ old: [oldId], new: newId });
    const modeChanged = parse(['diff --git a/a.bin b/a.bin', 'old mode 100644', 'new mode 100755', `index ${oldId}..${newId}`, 'Binary files a/a.bin and b/a.bin differ'].join('\n'));
    expect(modeChanged[0]?.blobs).toEqual({ old: [oldId], new: newId });
    const merged = parse(['diff --cc a.bin', `index ${oldId},${'0'.repeat(40)}..${otherId}`, 'Binary files differ'].join('\n'));
    expect(merged[0]?.blobs).toEqual({ old: [oldId], new: otherId });
  });

  test('renames count only changed lines and report the new path', () => {
    const diff = ['diff --git a/old name.ts b/new name.ts', 'similarity index 90%', 'rename from old name.ts', 'rename to new name.ts', '--- a/old name.ts\t', '+++ b/new name.ts\t', '@@ -2 +2 @@', '-a', '+b'].join('\n');
    expect(addedByFile(diff)).toEqual({ 'new name.ts': [[2, 'b']] });
    expect(parse(diff).map((batch) => batch.renamedFrom)).toEqual(['old name.ts']);
  });

  test('a pure rename and a mode-only change add nothing', () => {
    const diff = ['diff --git a/a.sh b/a.sh', 'old mode 100644', 'new mode 100755', 'diff --git a/p b/q', 'similarity index 100%', 'rename from p', 'rename to q'].join('\n');
    expect(addedByFile(diff)).toEqual({ 'a.sh': [], q: [] });
  });

  test('deleted files add nothing', () => {
    const diff = ['diff --git a/d b/d', 'deleted file mode 100644', '--- a/d', '+++ /dev/null', '@@ -1 +0,0 @@', '-secret'].join('\n');
    expect(parse(diff)).toEqual([]);
  });

  test('quoted paths with tabs, quotes and UTF-8 octal escapes', () => {
    const diff = ['diff --git "a/t\\tq\\"\\303\\251" "b/t\\tq\\"\\303\\251"', '--- /dev/null', '+++ "b/t\\tq\\"\\303\\251"', '@@ -0,0 +1 @@', '+x'].join('\n');
    expect(addedByFile(diff)).toEqual({ 't\tq"é': [[1, 'x']] });
  });

  test('thousands of hunks and big files come in bounded batches', () => {
    const lines = ['diff --git a/big b/big', '--- a/big', '+++ b/big'];
    for (let hunk = 0; hunk < 3000; hunk++) lines.push(`@@ -${hunk * 2 + 1} +${hunk * 2 + 1} @@`, '-old', `+new ${hunk}`);
    const batches = parse(lines.join('\n'));
    expect(batches.length).toBeGreaterThan(2);
    expect(Math.max(...batches.map((batch) => batch.addedLines.length))).toBeLessThanOrEqual(1000);
    const all = batches.flatMap((batch) => batch.addedLines);
    expect(all).toHaveLength(3000);
    expect(all[2999]).toEqual({ file: 'big', line: 5999, text: 'new 2999' });
  });
});

describe('unquotePath', () => {
  test('leaves plain paths alone and decodes C escapes', () => {
    expect(unquotePath('dir/plain file.txt')).toBe('dir/plain file.txt');
    expect(unquotePath('"a\\\\b\\nc"')).toBe('a\\b\nc');
  });
});
