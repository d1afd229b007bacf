import { commitMessageAsAddedLines, messageCleanup, type MessageSettings } from '../../src/diff/commit-message-lines';

async function* chunks(text: string): AsyncGenerator<string> {
  yield text;
}

/** [line number, text] of the lines kept, as git would record them. */
async function kept(text: string, settings: MessageSettings): Promise<[number, string][]> {
  const lines: [number, string][] = [];
  for await (const batch of commitMessageAsAddedLines(chunks(text), messageCleanup(settings))) {
    expect(batch.isMessage).toBe(true);
    for (const line of batch.addedLines) lines.push([line.line, line.text]);
  }
  return lines;
}

const EDITED: MessageSettings = { isEdited: true, commentChar: '#', cleanupMode: 'default' };
const SCISSORS = '------------------------ >8 ------------------------';
const VERBOSE_MESSAGE = ['Subject', '', '# Please enter the commit message', 'Body', `# ${SCISSORS}`, '# Do not modify or remove the line above.', 'diff --git a/f b/f', '+added'].join('\n');

describe('the message git records from the commit-msg hook\'s file', () => {
  test('an edited message loses comment lines and everything from the scissors line; numbers stay those of the file', async () => {
    expect(await kept(VERBOSE_MESSAGE, EDITED)).toEqual([
      [1, 'Subject'],
      [2, ''],
      [4, 'Body'],
    ]);
  });

  test('a comment line git drops is no line before for the next one: its allow-next-line would not be in the commit', async () => {
    const before: (string | undefined)[] = [];
    for await (const batch of commitMessageAsAddedLines(chunks('Subject\n# leakguard:allow-next-line\nBody\nmore\n'), messageCleanup(EDITED))) {
      for (const line of batch.addedLines) before.push(line.lineBefore);
    }
    expect(before).toEqual([undefined, undefined, 'Body']);
  });

  test('a message given with -m or -F keeps every line: git keeps "#" lines then', async () => {
    expect((await kept(VERBOSE_MESSAGE, { ...EDITED, isEdited: false })).map(([line]) => line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('core.commentChar and commit.cleanup decide what a comment is and whether it goes', async () => {
    const message = `Subject\n; comment\n# kept\n; ${SCISSORS}\nbelow\n`;
    expect(await kept(message, { ...EDITED, commentChar: ';' })).toEqual([
      [1, 'Subject'],
      [3, '# kept'],
    ]);
    // verbatim, whitespace and scissors keep comment lines; the scissors line still ends the message.
    expect((await kept(message, { ...EDITED, commentChar: ';', cleanupMode: 'verbatim' })).map(([line]) => line)).toEqual([1, 2, 3]);
    // auto: the character git picked is unknown, so comment lines are scanned; any candidate's scissors cut.
    expect((await kept(message, { ...EDITED, commentChar: 'auto' })).map(([line]) => line)).toEqual([1, 2, 3]);
  });

  test('a scissors line must be exact, as git matches it', async () => {
    expect((await kept(`Subject\n#${SCISSORS}\n  # ${SCISSORS}\nbody\n`, EDITED)).map(([line]) => line)).toEqual([1, 3, 4]);
  });
});
