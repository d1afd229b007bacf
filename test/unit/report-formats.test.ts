import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanReport } from '../../src/model/finding';
import { loadReporter, REPORT_FORMATS } from '../../src/report/formats';

const REPORT_DIR = join(__dirname, '../../src/report');
const OPTIONS = { tool: { name: 'leakguard', version: '9.8.7', informationUri: 'https://www.npmjs.com/package/leakguard' }, useColor: false, verbose: true };
const EMPTY: ScanReport = { findings: [], suppressed: {}, filesScanned: 2, linesScanned: 5, ignoredFiles: [], binaryFiles: [], notScanned: [], unscannable: 'block' };

describe('the table of formats', () => {
  test('has one row for each report/render-<format>.ts, and one file for each row', () => {
    const files = readdirSync(REPORT_DIR).filter((name) => /^render-.+\.ts$/.test(name)).map((name) => name.slice('render-'.length, -'.ts'.length));
    expect([...REPORT_FORMATS].sort()).toEqual(files.sort());
  });

  test.each(REPORT_FORMATS)('%s loads a Reporter that renders a clean report', async (format) => {
    const reporter = await loadReporter(format);
    expect(typeof reporter(EMPTY, OPTIONS)).toBe('string');
  });
});
