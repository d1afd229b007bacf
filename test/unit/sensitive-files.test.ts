import { EMPTY_CONFIG } from '../../src/config/config-schema';
import { findSensitiveFile } from '../../src/detect/find-sensitive-file';
import { builtInFileDetectors, fileDetectorsByKind } from '../../src/detect/registry';
import { activeFileDetectors, builtInRuleIds } from '../../src/scan/active-detectors';
import { fileSampleAsBatch } from '../support/file-sample';

// Each file detector's own examples are checked by the generic test (test/detectors); these are the
// matcher's rules and the config's hold on file detectors, which no single detector shows.

const findIn = (path: string, lines: readonly string[], isBinary = false) => findSensitiveFile(builtInFileDetectors, fileSampleAsBatch({ path, lines, isBinary }));

describe('findSensitiveFile', () => {
  test('points at the first added line that shows a secret', () => {
    expect(findIn('.env', ['# settings', 'PORT=3000', 'DB_URL=postgres://db/app'])).toMatchObject({ file: '.env', line: 3 });
  });

  test('a binary file is reported at line 1 only when its kind can be binary', () => {
    expect(findIn('release.jks', [], true)).toMatchObject({ line: 1 });
    expect(findIn('.env', [], true)).toBeUndefined();
  });

  test('a file with no added lines reports nothing (a pure rename, a mode change)', () => {
    expect(findIn('.ssh/id_rsa', [])).toBeUndefined();
  });

  test('names are matched case-insensitively and the reported path keeps its case', () => {
    expect(findIn('Certs/Client.P12', [], true)).toMatchObject({ file: 'Certs/Client.P12', detector: { id: 'sensitive-file-keystore' } });
  });

  test('a name two kinds claim is reported by the more severe one, of equals by the first listed', () => {
    // env is listed before private-key and tfvars; a key in .env.key is still a private key file.
    expect(findIn('.env.key', ['KEY=1f0a'])?.detector.id).toBe('sensitive-file-private-key');
    expect(findIn('.env.tfvars', ['region = "eu-west-1"'])?.detector.id).toBe('sensitive-file-env');
    // Where the severer kind's content condition fails, the other kind still reports the file.
    expect(findIn('.env.pem', ['HOST=db.internal'])?.detector.id).toBe('sensitive-file-env');
  });
});

describe('activeFileDetectors', () => {
  test('the config can disable them, --min-severity filters them, and their ids are known to config validation', () => {
    const ids = (rules: readonly { id: string }[]) => rules.map((rule) => rule.id);
    expect(ids(activeFileDetectors(EMPTY_CONFIG))).toEqual(ids(builtInFileDetectors));
    expect(ids(activeFileDetectors({ ...EMPTY_CONFIG, disabledRuleIds: ['sensitive-file-env'] }))).not.toContain('sensitive-file-env');
    expect(ids(activeFileDetectors(EMPTY_CONFIG, 'critical'))).toEqual(['sensitive-file-keystore', 'sensitive-file-kubeconfig', 'sensitive-file-private-key']);
    for (const detector of builtInFileDetectors) expect(builtInRuleIds.has(detector.id)).toBe(true);
  });
});

describe('credential lines (secretIn)', () => {
  // Built here: a literal would be a finding of the project's own scan.
  const value = ['q7', 'Vm', 'x2', 'Lp'].join('');
  const secretOf = (kind: string, line: string): string | undefined => {
    const span = fileDetectorsByKind[kind]?.secretIn?.(line);
    return span === undefined ? undefined : line.slice(span.start, span.end);
  };

  test('a .env line is a credential by itself only when its name announces a secret and it has a real value', () => {
    expect(secretOf('env', 'export PROD_DB_PASSWORD="s3cret value"')).toBe('s3cret value');
    expect(secretOf('env', `API_TOKEN='${value}'`)).toBe(value);
    expect(secretOf('env', 'DB_USER=app')).toBeUndefined();
    expect(secretOf('env', 'DB_PASSWORD=')).toBeUndefined();
    expect(secretOf('env', 'DB_PASSWORD=${FROM_VAULT}')).toBeUndefined();
  });

  test('line-credential kinds give the value; whole-file kinds have none', () => {
    expect(secretOf('netrc', 'machine example.com login me password hunter2')).toBe('hunter2');
    expect(secretOf('tfvars', `db_password = "${value}"`)).toBe(value);
    expect(secretOf('tfvars', 'region = "eu-west-1"')).toBeUndefined();
    expect(secretOf('pgpass', `db.internal:5432:app:app\\:rw:${value}:x`)).toBe(`${value}:x`);
    expect(secretOf('htpasswd', `admin:$apr1$${value}$${value}`)).toBe(`$apr1$${value}$${value}`);
    expect(secretOf('htpasswd', 'admin:$PASSWORD_HASH')).toBeUndefined();
    expect(secretOf('filezilla', `<Pass encoding="base64">${value}</Pass>`)).toBe(value);
    expect(fileDetectorsByKind['keystore']?.secretIn).toBeUndefined();
    expect(fileDetectorsByKind['private-key']?.secretIn).toBeUndefined();
  });

  test('a hand-written .git-credentials password may hold "@" and "#": the host is after the last "@"', () => {
    expect(secretOf('git-credentials', `https://deploy:${value}@#${value}@git.host.test`)).toBe(`${value}@#${value}`);
    expect(secretOf('git-credentials', `https://me@corp.test:${value}@git.host.test/team/repo.git`)).toBe(value);
    expect(secretOf('git-credentials', 'https://deploy:${TOKEN}@git.host.test')).toBeUndefined();
    expect(secretOf('git-credentials', `https://deploy:${value}@`)).toBeUndefined();
  });
});
