import type { Finding, ScanReport } from '../../src/model/finding';
import { renderText } from '../../src/report/render-text';

function findingAt(file: string, line: number): Finding {
  return {
    ruleId: 'generic-password',
    description: 'Password assigned to a key-like name',
    severity: 'medium',
    confidence: 'low',
    file,
    line,
    column: 11,
    match: '********',
    preview: 'password: ********',
    fingerprint: `fp-${line}`,
    fix: 'Load it from the environment.',
  };
}

function reportOf(findings: Finding[]): ScanReport {
  return { findings, suppressed: {}, filesScanned: 2, linesScanned: findings.length, ignoredFiles: [], binaryFiles: [], notScanned: [], unscannable: 'block' };
}

const locationsIn = (text: string): string[] => text.match(/^ {2}\d+:11 /gm) ?? [];

describe('renderText', () => {
  it('groups findings under their file, in order', () => {
    const text = renderText(reportOf([findingAt('a.env', 1), findingAt('b.env', 2), findingAt('a.env', 3)]), { useColor: false, verbose: false });
    expect(text.indexOf('a.env')).toBeLessThan(text.indexOf('  3:11'));
    expect(text.indexOf('  3:11')).toBeLessThan(text.indexOf('b.env'));
  });

  it('shows the first 50 findings of a crowded file and counts the rest', () => {
    const crowded = Array.from({ length: 120 }, (_, index) => findingAt('dump.sql', index + 1));
    const text = renderText(reportOf([...crowded, findingAt('small.env', 7)]), { useColor: false, verbose: false });
    expect(locationsIn(text)).toHaveLength(51);
    expect(text).toContain('… and 70 more findings in this file (--format json lists them all)');
    expect(text).toContain('  7:11');
  });

  it('labels severity and confidence as such', () => {
    const text = renderText(reportOf([findingAt('a.env', 1)]), { useColor: false, verbose: false });
    expect(text).toContain('generic-password  Password assigned to a key-like name  severity medium · confidence low');
  });

  it('shows one secret found in several files as one block: its places, one line each, and the fix once', () => {
    const places = ['a.env', 'b.env', 'c.env'].map((file, index) => ({ ...findingAt(file, index + 1), sameSecret: 'same' }));
    const text = renderText(reportOf([findingAt('other.env', 9), ...places]), { useColor: false, verbose: false });
    expect(text.split('fix: Load it from the environment.')).toHaveLength(3); // other.env's and the block's
    expect(text).toContain(
      [
        'generic-password  Password assigned to a key-like name  severity medium · confidence low',
        '  the same secret, ********, in 3 places:',
        '    a.env:1:11  password: ********  fingerprint fp-1',
        '    b.env:2:11  password: ********  fingerprint fp-2',
        '    c.env:3:11  password: ********  fingerprint fp-3',
        '  fix: Load it from the environment.',
      ].join('\n'),
    );
    expect(text.indexOf('other.env')).toBeLessThan(text.indexOf('the same secret'));
  });

  it('names each commit once above the places it adds, and counts files when one holds the secret twice', () => {
    const commit = { sha: '1a2b3c4d5e6f', subject: 'Add the configs' };
    const places = [findingAt('a.env', 1), findingAt('a.env', 5), findingAt('b.env', 2)].map((finding) => ({ ...finding, sameSecret: 'same', commit }));
    const text = renderText(reportOf(places), { useColor: false, verbose: false });
    expect(text).toContain('  the same secret, ********, in 3 places of 2 files:\n    commit 1a2b3c4 Add the configs\n    a.env:1:11');
    expect(text.split('commit 1a2b3c4')).toHaveLength(2);
  });

  it('adds no count when every finding is shown', () => {
    const text = renderText(reportOf(Array.from({ length: 50 }, (_, index) => findingAt('f.env', index + 1))), { useColor: false, verbose: false });
    expect(locationsIn(text)).toHaveLength(50);
    expect(text).not.toContain('more findings');
  });
});
