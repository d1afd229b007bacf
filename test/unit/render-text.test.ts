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

  it('adds no count when every finding is shown', () => {
    const text = renderText(reportOf(Array.from({ length: 50 }, (_, index) => findingAt('f.env', index + 1))), { useColor: false, verbose: false });
    expect(locationsIn(text)).toHaveLength(50);
    expect(text).not.toContain('more findings');
  });
});
