import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasScanningBlock, removeScanningBlock, renderHook, scanningBlock } from '../../src/install/hook-template';

const rendered = renderHook('pre-commit', { node: "/opt/it's node/bin/node", cli: '/x/bin/leakguard.js' });

describe('the pre-commit shim template', () => {
  test.each(['sh', 'dash'].filter((shell) => shell === 'sh' || existsSync(`/usr/bin/${shell}`) || existsSync(`/bin/${shell}`)))(
    'parses under %s, paths with quotes included',
    (shell) => {
      const dir = mkdtempSync(join(tmpdir(), 'leakguard-shim-'));
      try {
        writeFileSync(join(dir, 'pre-commit'), rendered);
        const result = spawnSync(shell, ['-n', join(dir, 'pre-commit')], { encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('the recorded paths are filled in, shell-quoted', () => {
    expect(rendered).toContain(`leakguard_recorded_node='/opt/it'\\''s node/bin/node'`);
    expect(rendered).not.toContain('@LEAKGUARD_');
  });

  test('the block can be added to another file and removed leaving it exactly as it was', () => {
    const userFile = '#!/usr/bin/env sh\nnpx lint-staged\n';
    const withBlock = userFile + scanningBlock(rendered);
    expect(hasScanningBlock(withBlock)).toBe(true);
    expect(removeScanningBlock(withBlock)).toBe(userFile);
  });
});
