import { crc32 } from '../../src/detect/checksums';
import { createSecretFinder } from '../../src/detect/find-secrets';
import { findSensitiveFile } from '../../src/detect/find-sensitive-file';
import { builtInDetectors, builtInFileDetectors } from '../../src/detect/registry';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import type { Finding, ScanReport } from '../../src/model/finding';
import { fingerprint } from '../../src/model/fingerprint';
import type { RawMatch } from '../../src/model/raw-match';
import { mergeSpans } from '../../src/model/redact';
import { loadReporter, REPORT_FORMATS } from '../../src/report/formats';
import { toFinding, toSecretLineFinding, type FindingDraft } from '../../src/scan/to-finding';
import { fileSampleAsBatch } from '../support/file-sample';

/**
 * The generic test's leak check, through every output format in the table (report/formats.ts): for
 * each rule, its own examples are found, made into findings the way the scan makes them, and
 * rendered by each Reporter; no rendering may hold a secret. A new format is covered by its row.
 */
const finder = createSecretFinder(builtInDetectors);
const detectorsById = new Map(builtInDetectors.map((detector) => [detector.id, detector]));
const OPTIONS = { tool: { name: 'leakguard', version: '0.0.0', informationUri: 'https://example.test/leakguard' }, useColor: false, verbose: true };

function reportOf(drafts: readonly FindingDraft[]): ScanReport {
  const findings: Finding[] = drafts.map((draft, index) => ({ ...draft, fingerprint: fingerprint(draft, index) }));
  return { findings, suppressed: {}, filesScanned: 1, linesScanned: 1, ignoredFiles: [], binaryFiles: [], notScanned: [], unscannable: 'block' };
}

/** Each content rule's examples as the scan reports them: every match on a line redacts the line. */
function contentFindings(detectorId: string): { drafts: FindingDraft[]; secrets: string[] } {
  const detector = detectorsById.get(detectorId);
  if (detector === undefined) throw new Error(`no rule ${detectorId}`);
  const drafts: FindingDraft[] = [];
  const secrets: string[] = [];
  for (const example of detector.examples.detects(createSampleGenerator(crc32(detector.id)))) {
    const lines = example.split('\n').map((text, index) => ({ file: 'sample.txt', line: index + 1, text }));
    const matches = finder.findSecrets(lines);
    for (const match of matches) {
      drafts.push(toFinding(match, detectorsById.get(match.ruleId) ?? detector, mergeSpans(matches.filter((other) => other.line === match.line))));
      secrets.push(match.secret);
    }
  }
  return { drafts, secrets };
}

const leaked = (output: string, secrets: readonly string[]): string[] => secrets.filter((secret) => secret.length >= 8 && output.includes(secret)).map((secret) => `${secret.slice(0, 4)}… (${secret.length} characters)`);

describe.each(REPORT_FORMATS.map((format) => [format]))('the %s report', (format) => {
  test.each(builtInDetectors.map((detector) => [detector.id]))('shows none of the secrets %s finds in its examples', async (detectorId) => {
    const { drafts, secrets } = contentFindings(detectorId);
    expect(drafts.length).toBeGreaterThan(0);
    const output = (await loadReporter(format))(reportOf(drafts), OPTIONS);
    expect(leaked(output, secrets)).toEqual([]);
  });

  test.each(builtInFileDetectors.map((detector) => [detector.id, detector] as const))('shows none of the credential lines %s finds in its examples', async (_id, detector) => {
    const batches = detector.examples.reports(createSampleGenerator(crc32(detector.id))).map(fileSampleAsBatch);
    const lines: RawMatch[] = batches.flatMap((batch) => findSensitiveFile([detector], batch)?.secretLines ?? []);
    const output = (await loadReporter(format))(reportOf(lines.map((line) => toSecretLineFinding(line, detector))), OPTIONS);
    expect(leaked(output, lines.map((line) => line.secret))).toEqual([]);
  });
});
