import { crc32 } from '../../src/detect/checksums';
import { findSensitiveFile } from '../../src/detect/find-sensitive-file';
import { createSampleGenerator } from '../../src/detect/sample-generator';
import { sensitiveFileRules, type FileSample } from '../../src/detect/sensitive-files';
import { builtInDetectors } from '../../src/detect/registry';
import type { FileDiff } from '../../src/model/added-line';
import { EMPTY_CONFIG } from '../../src/config/config-schema';
import { activeFileRules, builtInRuleIds } from '../../src/scan/active-detectors';

function toBatch(sample: FileSample): FileDiff {
  return {
    file: sample.path,
    isBinary: sample.isBinary ?? false,
    addedLines: sample.lines.map((text, index) => ({ file: sample.path, line: index + 1, text })),
  };
}

const cases = sensitiveFileRules.map((rule) => {
  const seed = crc32(rule.id);
  return { rule, reports: rule.examples.reports(createSampleGenerator(seed)), ignores: rule.examples.ignores(createSampleGenerator(seed + 1)) };
});

test('rule ids are unique, kebab-case sensitive-file-<kind>, and shared with no content rule', () => {
  const ids = sensitiveFileRules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^sensitive-file-[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const contentIds = new Set(builtInDetectors.map((detector) => detector.id));
  expect(ids.filter((id) => contentIds.has(id))).toEqual([]);
});

describe.each(cases)('$rule.id', ({ rule, reports, ignores }) => {
  test('has examples, a description and a fix', () => {
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(ignores.length).toBeGreaterThanOrEqual(2);
    expect(rule.description.trim()).not.toBe('');
    expect(rule.fix.trim()).not.toBe('');
  });

  test.each(reports.map((sample) => [sample.path, sample] as const))('reports %s', (_path, sample) => {
    expect(findSensitiveFile(sensitiveFileRules, toBatch(sample))?.rule.id).toBe(rule.id);
  });

  test.each(ignores.map((sample) => [sample.path, sample] as const))('ignores %s', (_path, sample) => {
    expect(findSensitiveFile([rule], toBatch(sample))).toBeUndefined();
  });
});

describe('findSensitiveFile', () => {
  test('points at the first added line that shows a secret', () => {
    const match = findSensitiveFile(sensitiveFileRules, toBatch({ path: '.env', lines: ['# settings', 'PORT=3000', 'DB_URL=postgres://db/app'] }));
    expect(match).toMatchObject({ file: '.env', line: 3 });
  });

  test('a binary file is reported at line 1 only when its kind can be binary', () => {
    expect(findSensitiveFile(sensitiveFileRules, toBatch({ path: 'release.jks', isBinary: true, lines: [] }))).toMatchObject({ line: 1 });
    expect(findSensitiveFile(sensitiveFileRules, toBatch({ path: '.env', isBinary: true, lines: [] }))).toBeUndefined();
  });

  test('a file with no added lines reports nothing (a pure rename, a mode change)', () => {
    expect(findSensitiveFile(sensitiveFileRules, toBatch({ path: '.ssh/id_rsa', lines: [] }))).toBeUndefined();
  });

  test('names are matched case-insensitively and the reported path keeps its case', () => {
    expect(findSensitiveFile(sensitiveFileRules, toBatch({ path: 'Certs/Client.P12', isBinary: true, lines: [] }))).toMatchObject({
      file: 'Certs/Client.P12',
      rule: { id: 'sensitive-file-keystore' },
    });
  });
});

describe('activeFileRules', () => {
  test('the config can disable them, --min-severity filters them, and their ids are known to config validation', () => {
    const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id);
    expect(ids(activeFileRules(EMPTY_CONFIG))).toEqual(ids(sensitiveFileRules));
    expect(ids(activeFileRules({ ...EMPTY_CONFIG, disabledRuleIds: ['sensitive-file-env'] }))).not.toContain('sensitive-file-env');
    expect(ids(activeFileRules(EMPTY_CONFIG, 'critical'))).toEqual(['sensitive-file-private-key', 'sensitive-file-keystore', 'sensitive-file-kubeconfig']);
    for (const rule of sensitiveFileRules) expect(builtInRuleIds.has(rule.id)).toBe(true);
  });
});

describe('credential lines (secretIn)', () => {
  // Built here: a literal would be a finding of the project's own scan.
  const value = ['q7', 'Vm', 'x2', 'Lp'].join('');
  const ruleById = (id: string) => sensitiveFileRules.find((rule) => rule.id === id);
  const secretOf = (id: string, line: string): string | undefined => {
    const span = ruleById(id)?.secretIn?.(line);
    return span === undefined ? undefined : line.slice(span.start, span.end);
  };

  test('a .env line is a credential by itself only when its name announces a secret and it has a real value', () => {
    expect(secretOf('sensitive-file-env', 'export PROD_DB_PASSWORD="s3cret value"')).toBe('s3cret value');
    expect(secretOf('sensitive-file-env', `API_TOKEN='${value}'`)).toBe(value);
    expect(secretOf('sensitive-file-env', 'DB_USER=app')).toBeUndefined();
    expect(secretOf('sensitive-file-env', 'DB_PASSWORD=')).toBeUndefined();
    expect(secretOf('sensitive-file-env', 'DB_PASSWORD=${FROM_VAULT}')).toBeUndefined();
  });

  test('line-credential kinds give the value; whole-file kinds have none', () => {
    expect(secretOf('sensitive-file-netrc', 'machine example.com login me password hunter2')).toBe('hunter2');
    expect(secretOf('sensitive-file-tfvars', `db_password = "${value}"`)).toBe(value);
    expect(secretOf('sensitive-file-tfvars', 'region = "eu-west-1"')).toBeUndefined();
    expect(ruleById('sensitive-file-keystore')?.secretIn).toBeUndefined();
    expect(ruleById('sensitive-file-private-key')?.secretIn).toBeUndefined();
  });
});
