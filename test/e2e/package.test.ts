import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/temp-repo';

interface PackedFile {
  readonly path: string;
  readonly mode: number;
}

/** What `npm pack` would put in the tarball users install, from the dist/ that `npm test` just built. */
function packedFiles(): PackedFile[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { files: PackedFile[] }[])[0]?.files ?? [];
}

describe('the published package', () => {
  const files = packedFiles();
  const paths = new Set(files.map((file) => file.path));

  test('holds the CLI, the hook template and the compiled code, and nothing of the sources or tests', () => {
    for (const needed of ['bin/leakguard.js', 'hooks/shim.sh', 'dist/cli/run.js', 'dist/detect/rule-index.json', '.secretignore.example', 'README.md']) {
      expect(paths).toContain(needed);
    }
    const bin = files.find((file) => file.path === 'bin/leakguard.js');
    expect((bin?.mode ?? 0) & 0o111).not.toBe(0);
    expect([...paths].filter((path) => /^(src|test|scripts|\.ci)\//.test(path))).toEqual([]);
  });

  test('holds every detector module the rule index loads on first use', () => {
    const index = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'detect', 'rule-index.json'), 'utf8')) as { file: string }[];
    const missing = [...new Set(index.map((rule) => `dist/detect/detectors/${rule.file}.js`))].filter((path) => !paths.has(path));
    expect(missing).toEqual([]);
  });
});
