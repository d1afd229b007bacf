import type { AddedLine, FileDiff } from '../../src/model/added-line';
import { longestMatch } from '../../src/config/longest-match';
import { CUSTOM_PATTERN_BUDGET } from '../../src/config/pattern-safety';
import { builtInDetectors } from '../../src/detect/registry';
import { LinePieceSplitter, PIECE_OVERLAP } from '../../src/diff/line-splitter';
import { textAsAddedLines } from '../../src/diff/text-as-added-lines';
import { createSecretFinder } from '../../src/detect/find-secrets';
import { makeGithubToken } from '../support/secrets';

async function collect(chunks: string[]): Promise<FileDiff[]> {
  const batches: FileDiff[] = [];
  for await (const batch of textAsAddedLines('f.txt', (async function* () { yield* chunks; })())) batches.push(batch);
  return batches;
}

describe('textAsAddedLines', () => {
  it('numbers every line from 1 across chunk boundaries, drops the \\r of \\r\\n, keeps a last line without \\n and gives each the line before it', async () => {
    const [batch, ...rest] = await collect(['one\r\ntw', 'o\n\nthr', 'ee']);
    expect(rest).toEqual([]);
    expect(batch?.addedLines).toEqual([
      { file: 'f.txt', line: 1, text: 'one' },
      { file: 'f.txt', line: 2, text: 'two', lineBefore: 'one' },
      { file: 'f.txt', line: 3, text: '', lineBefore: 'two' },
      { file: 'f.txt', line: 4, text: 'three', lineBefore: '' },
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

describe('a line longer than the limit', () => {
  async function piecesOf(chunks: string[], splitter: LinePieceSplitter) {
    const lines: AddedLine[] = [];
    for await (const batch of textAsAddedLines('f.txt', (async function* () { yield* chunks; })(), splitter)) lines.push(...batch.addedLines);
    return lines;
  }

  it('arrives as overlapping pieces with its line number and their columns, whatever the chunks', async () => {
    const long = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (const chunks of [[`one\n${long}\r\ntwo`], ['one\n', ...long.split(''), '\r\ntwo']]) {
      const lines = await piecesOf(chunks, new LinePieceSplitter(16, 4));
      expect(lines.map(({ line, text, piece }) => [line, text, piece?.column, piece?.ownMatchesBefore])).toEqual([
        [1, 'one', undefined, undefined],
        [2, 'abcdefghijklmnop', 0, 12],
        [2, 'mnopqrstuvwxyz01', 12, 12],
        [2, 'yz0123456789', 24, 12],
        [3, 'two', undefined, undefined],
      ]);
    }
  });

  it('keeps no more than the limit and one chunk in memory', () => {
    const splitter = new LinePieceSplitter(16, 4);
    for (let chunk = 0; chunk < 1000; chunk++) {
      const pieces = splitter.push('x'.repeat(10));
      expect(pieces.every((piece) => piece.text.length === 16)).toBe(true);
    }
    // 10,000 characters: 832 pieces step 12 characters each, the last piece holds the 16 left.
    expect(splitter.end().map((piece) => [piece.text.length, piece.piece?.column])).toEqual([[16, 832 * 12]]);
  });

  it('a token cut by a piece\'s end is found once, whole, at its column in the line', async () => {
    const token = makeGithubToken(5);
    const finder = createSecretFinder(builtInDetectors);
    // Pieces of 100 step 50 characters: tokens at every offset around the cuts at 100 and 150.
    for (let offset = 40; offset < 160; offset += 7) {
      const lines = await piecesOf([`${'x '.repeat(offset / 2)}${offset % 2 === 0 ? '' : ' '}${token} ${'y '.repeat(60)}`], new LinePieceSplitter(100, 50));
      const matches = finder.findSecrets(lines);
      expect(matches.map((match) => [match.secret === token, (match.lineColumn ?? 0) + match.start])).toEqual([[true, offset]]);
    }
  });

  it('every built-in rule matches at most the pieces\' overlap, so a secret cut by a piece is whole in the next', () => {
    for (const detector of builtInDetectors) expect(longestMatch(detector.pattern)).toBeLessThanOrEqual(PIECE_OVERLAP);
    expect(CUSTOM_PATTERN_BUDGET.longestMatch).toBeLessThanOrEqual(PIECE_OVERLAP);
  });
});
