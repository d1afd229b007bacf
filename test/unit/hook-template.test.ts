import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOOK_NAMES, hasScanningBlock, recordedLocationOf, removeScanningBlock, renderHook, scanningBlock } from '../../src/install/hook-template';

const location = { node: "/opt/it's node/bin/node", cli: '/x/bin/leakguard.js' };
const rendered = renderHook('pre-commit', location);
const shells = ['sh', 'dash'].filter((shell) => shell === 'sh' || existsSync(`/usr/bin/${shell}`) || existsSync(`/bin/${shell}`));

describe('the shim template', () => {
  test.each(HOOK_NAMES.flatMap((hook) => shells.map((shell) => [hook, shell] as const)))(
    'the %s shim parses under %s, paths with quotes included',
    (hook, shell) => {
      const dir = mkdtempSync(join(tmpdir(), 'leakguard-shim-'));
      try {
        writeFileSync(join(dir, hook), renderHook(hook, location));
        const result = spawnSync(shell, ['-n', join(dir, hook)], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('the recorded paths are filled in, shell-quoted, and the hook named', () => {
    expect(rendered).toContain(`leakguard_recorded_node='/opt/it'\\''s node/bin/node'`);
    expect(rendered).not.toContain('@LEAKGUARD_');
    expect(rendered).toContain("leakguard_hook='pre-commit'");
    expect(renderHook('pre-push', location)).toContain("leakguard_hook='pre-push'");
    expect(renderHook('commit-msg', location)).toContain("leakguard_hook='commit-msg'");
  });

  test('the recorded paths read back as they were written; a shim without them records none', () => {
    expect(recordedLocationOf(rendered)).toEqual(location);
    expect(recordedLocationOf(renderHook('pre-commit'))).toBeUndefined();
  });

  test('bin/leakguard.js refuses the node versions package.json’s engines excludes, and no others', () => {
    const engines = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const bin = readFileSync(join(__dirname, '..', '..', 'bin', 'leakguard.js'), 'utf8');
    expect(engines).toBe(`>=${/const MIN_NODE_MAJOR = (\d+);/.exec(bin)?.[1]}`);
  });

  test('the block can be added to another file and removed leaving it exactly as it was', () => {
    const userFile = '#!/usr/bin/env sh\nnpx lint-staged\n';
    const withBlock = userFile + scanningBlock(rendered);
    expect(hasScanningBlock(withBlock)).toBe(true);
    expect(removeScanningBlock(withBlock)).toBe(userFile);
  });
});
