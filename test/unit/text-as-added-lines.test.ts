import type { FileDiff } from '../../src/model/added-line';
import { textAsAddedLines } from '../../src/diff/text-as-added-lines';

async function collect(chunks: string[]): Promise<FileDiff[]> {
  const batches: FileDiff[] = [];
  for await (const batch of textAsAddedLines('f.txt', (async function* () { yield* chunks; })())) batches.push(batch);
  return batches;
}

describe('textAsAddedLines', () => {
  it('numbers every line from 1 across chunk boundaries, drops the \\r of \\r\\n and keeps a last line without \\n', async () => {
    const [batch, ...rest] = await collect(['one\r\ntw', 'o\n\nthr', 'ee']);
    expect(rest).toEqual([]);
    expect(batch?.addedLines).toEqual([
      { file: 'f.txt', line: 1, text: 'one' },
      { file: 'f.txt', line: 2, text: 'two' },
      { file: 'f.txt', line: 3, text: '' },
      { file: 'f.txt', line: 4, text: 'three' },
    ]);
  });

  it('yields batches of at most 1000 lines, in order', async () => {
    const batches = await collect(['x\n'.repeat(2500)]);
    expect(batches.map((batch) => batch.addedLines.length)).toEqual([1000, 1000, 500]);
    expect(batches[2]?.addedLines[0]?.line).toBe(2001);
  });

  it('an empty text is one empty batch, so the file still counts as read; exactly 1000 lines add no empty batch', async () => {
    expect(await collect([])).toEqual([{ file: 'f.txt', isBinary: false, addedLines: [] }]);
    expect((await collect(['y\n'.repeat(1000)])).map((batch) => batch.addedLines.length)).toEqual([1000]);
  });
});
