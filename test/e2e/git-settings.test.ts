import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, type TempRepo, filesOutsideObjectStores } from '../support/temp-repo';
import { expectNoLeak, makeGithubToken } from '../support/secrets';

/**
 * User settings that change what `git diff` and `git log -p` print. Each case commits an edit to an
 * ignored file (a.txt, listed in .secretignore) and a secret in a later file (b.txt): a parser that
 * loses count in a.txt files b.txt's lines under a.txt, where .secretignore drops them.
 */
const SETTINGS: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  ['suppressBlankEmpty with interHunkContext', [['diff.suppressBlankEmpty', 'true'], ['diff.interHunkContext', '5']]],
  ['interHunkContext alone', [['diff.interHunkContext', '5']]],
  ['diff.context', [['diff.context', '7']]],
  ['noprefix', [['diff.noprefix', 'true']]],
  ['mnemonicPrefix', [['diff.mnemonicPrefix', 'true']]],
  ['diff.algorithm patience', [['diff.algorithm', 'patience']]],
  ['diff.algorithm histogram', [['diff.algorithm', 'histogram']]],
  ['color.diff always', [['color.diff', 'always'], ['color.ui', 'always']]],
  ['diff.external', [['diff.external', 'EXTERNAL']]],
  ['textconv', [['diff.hide.textconv', 'TEXTCONV']]],
  ['diff.renames copies', [['diff.renames', 'copies']]],
  ['wsErrorHighlight all', [['diff.wsErrorHighlight', 'all'], ['color.diff', 'always']]],
];

describe.each(SETTINGS)('with %s, the hooks still see the later file', (_name, settings) => {
  let repo: TempRepo;
  const token = makeGithubToken(61);
  const outputs: string[] = [];

  /** a.txt: lines whose edits, with a blank line between them, git may join into one hunk. */
  const before = ['one', 'two', '', 'three', 'four', '', 'five', 'six', ''].join('\n');
  const after = ['one', 'TWO', '', 'three', 'FOUR', '', 'five', 'SIX', ''].join('\n');

  beforeEach(() => {
    repo = createTempRepo();
    outputs.length = 0;
    repo.addBareRemote();
    // A program that prints nothing: as an external diff or a textconv it would hide every line.
    const silent = repo.write('silent.sh', '#!/bin/sh\nexit 0\n');
    chmodSync(silent, 0o755);
    repo.write('.gitattributes', '*.txt diff=hide\n');
    repo.write('.secretignore', 'a.txt\n');
    repo.write('a.txt', before);
    repo.mustGit('add', '.');
    repo.mustGit('commit', '-qm', 'start', '--no-verify');
    repo.mustGit('push', '-q', '--no-verify', 'origin', 'main');
    expect(repo.leakguard(['install']).exitCode).toBe(0);
    for (const [key, value] of settings) {
      repo.mustGit('config', key, value.replace('EXTERNAL', silent).replace('TEXTCONV', silent));
    }
    repo.write('a.txt', after);
    repo.write('b.txt', `deploy token: ${token}\n`);
    repo.mustGit('add', '.');
  });

  afterEach(() => {
    expectNoLeak(token, ...outputs, ...filesOutsideObjectStores(join(repo.dir, '.git')), ...filesOutsideObjectStores(join(repo.root, 'home')));
    repo.remove();
  });

  test('git commit is blocked, naming b.txt', () => {
    const result = repo.git('commit', '-m', 'edit');
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain('b.txt');
    expect(result.stdout + result.stderr).toContain('github-classic-token');
  });

  test('git push of the same commit is blocked, naming b.txt', () => {
    repo.mustGit('-c', 'core.hooksPath=/dev/null', 'commit', '-qm', 'edit');
    const result = repo.git('push', 'origin', 'main');
    outputs.push(result.stdout, result.stderr);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('b.txt');
    expect(result.stdout + result.stderr).toContain('github-classic-token');
  });
});
