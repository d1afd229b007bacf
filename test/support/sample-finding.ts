import type { Finding } from '../../src/model/finding';

/** The tool block the report renderers take, as the CLI passes it. */
export const SAMPLE_TOOL = { name: 'leakguard', version: '9.8.7', informationUri: 'https://www.npmjs.com/package/leakguard' };

/** A finding as the scan hands it to a renderer (already masked), with the fields a test changes. */
export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'github-classic-token',
    description: 'GitHub personal access token (classic)',
    severity: 'high',
    confidence: 'high',
    file: 'src/config.ts',
    line: 2,
    column: 23,
    match: 'ghp_********',
    preview: 'export const token = "ghp_********";',
    fingerprint: '9996acd6d939a157ba4a3a4af769e447',
    fix: 'Revoke it at https://github.com/settings/tokens.',
    ...overrides,
  };
}
