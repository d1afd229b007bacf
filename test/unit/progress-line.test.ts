import type { CliIo } from '../../src/cli/io';
import { createProgressLine } from '../../src/cli/progress-line';

function fakeIo(isStderrTty: boolean): { io: CliIo; written: string[] } {
  const written: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (text) => written.push(text), env: {}, cwd: '.', isStdoutTty: false, isStderrTty };
  return { io, written };
}

const progress = { commits: 1200, files: 30, lines: 4000, findings: 2 };

describe('the progress line', () => {
  test('on a terminal: nothing in the first moment, then one overwritten line at most every 200 ms, erased at the end', () => {
    const { io, written } = fakeIo(true);
    let time = 1000;
    const line = createProgressLine(io, () => time);
    line.update(progress);
    time += 400;
    line.update(progress);
    expect(written).toEqual([]);
    time += 200;
    line.update(progress);
    time += 100;
    line.update(progress);
    expect(written).toEqual(['\rleakguard: 1200 commits (2000/s), 30 files, 4000 added lines, 2 secrets so far\x1b[K']);
    line.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  test('once the total is known, the line says how far of it the scan has got', () => {
    const { io, written } = fakeIo(true);
    let time = 0;
    const line = createProgressLine(io, () => time);
    expect(line.isOnTerminal).toBe(true);
    line.setTotal(4800);
    time = 600;
    line.update(progress);
    expect(written).toEqual(['\rleakguard: 1200 of 4800 commits (25%, 2000/s), 30 files, 4000 added lines, 2 secrets so far\x1b[K']);
  });

  test('not a terminal: nothing at all, not even the erase', () => {
    const { io, written } = fakeIo(false);
    let time = 0;
    const line = createProgressLine(io, () => time);
    expect(line.isOnTerminal).toBe(false);
    line.setTotal(10);
    time = 10_000;
    line.update(progress);
    line.clear();
    expect(written).toEqual([]);
  });
});
