import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { LeakguardError } from '../../src/model/errors';

const KNOWN = new Set(['github-classic-token']);

describe('loadConfig reads the root\'s standard places only', () => {
  let root: string;
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const loaded = async (): Promise<{ source: string | undefined; disabled: readonly string[] }> => {
    const config = await loadConfig(root, KNOWN);
    return { source: config.source?.slice(root.length + 1), disabled: config.disabledRuleIds };
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'leakguard-config-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('none: the empty config', async () => {
    write('package.json', JSON.stringify({ name: 'x', devDependencies: { leakguard: '1' } }));
    write('.config', 'a file, not a directory\n');
    expect(await loaded()).toEqual({ source: undefined, disabled: [] });
  });

  test('a package.json without the key, an empty file and a directory are passed over, in cosmiconfig\'s order', async () => {
    write('package.json', JSON.stringify({ name: 'x' }));
    write('.leakguardrc', '\n');
    mkdirSync(join(root, '.leakguardrc.json'));
    write('.config/leakguardrc.yaml', 'disable: [github-classic-token]\n');
    write('leakguard.config.cjs', 'module.exports = { disable: ["no-such-rule"] };\n');
    expect(await loaded()).toEqual({ source: '.config/leakguardrc.yaml', disabled: ['github-classic-token'] });
  });

  test('package.json\'s key comes first; a JavaScript module is loaded', async () => {
    write('leakguard.config.cjs', 'module.exports = { disable: ["github-classic-token"] };\n');
    expect(await loaded()).toEqual({ source: 'leakguard.config.cjs', disabled: ['github-classic-token'] });
    write('package.json', JSON.stringify({ leakguard: {} }));
    expect(await loaded()).toEqual({ source: 'package.json', disabled: [] });
  });

  test('a file that does not parse names itself, not the code frame', async () => {
    write('.leakguardrc.json', '{\n  "allowlist": { "values": ["hunter2-not-echoed"] ,, }\n}\n');
    const error = await loadConfig(root, KNOWN).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LeakguardError);
    expect((error as LeakguardError).code).toBe('CONFIG_UNREADABLE');
    expect((error as LeakguardError).message).toContain('.leakguardrc.json');
    expect((error as LeakguardError).message).not.toContain('hunter2');
  });

  test('--config names a file anywhere; an unknown extension is refused', async () => {
    write('elsewhere/custom.yml', 'disable: [github-classic-token]\n');
    expect((await loadConfig(root, KNOWN, join(root, 'elsewhere/custom.yml'))).disabledRuleIds).toEqual(['github-classic-token']);
    write('custom.txt', 'disable: []\n');
    await expect(loadConfig(root, KNOWN, join(root, 'custom.txt'))).rejects.toThrow('no parser for ".txt" files');
  });
});
