import { createPathIgnore } from '../../src/allow/path-ignore';
import { createTempRepo, type TempRepo } from '../support/temp-repo';

/**
 * `.secretignore` must ignore exactly what git would: each case writes its lines as a .gitignore in a
 * fresh repository, creates the files, and asks `git check-ignore --no-index` (which, like `git add`,
 * counts a file under an excluded directory as excluded) about each of them.
 */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // micromatch read these as brace, extglob and group syntax; for git they are literal names.
  ['{docs,lib}', ['docs/a.ts', 'lib/a.ts', '{docs,lib}/a.ts']],
  ['*.+(md|txt)', ['notes.md', 'notes.txt', 'x.+(md|txt)']],
  ['build(old)', ['buildold/a.ts', 'build(old)/a.ts', 'build/a.ts']],
  ['*.log\n!keep.log', ['a.log', 'keep.log', 'sub/keep.log', 'sub/b.log']],
  // A file under an excluded directory cannot be re-included.
  ['build/\n!build/keep.txt', ['build/keep.txt', 'build/x.ts', 'keep.txt']],
  ['dir/', ['dir/a.ts', 'sub/dir/a.ts', 'dirx/a.ts', 'other/dir']],
  ['/root-only', ['root-only', 'sub/root-only', 'deep/root-only/a.ts']],
  ['**/x', ['x', 'a/x', 'a/b/x', 'y/x/z.ts', 'ax']],
  ['a/**/b', ['a/b/f', 'a/x/b/f', 'a/x/y/b', 'c/a/b/f', 'a/bb']],
  ['foo/**', ['foo/a', 'foo/b/c', 'bar/foo/a']],
  ['doc/*.txt', ['doc/a.txt', 'doc/sub/a.txt', 'x/doc/a.txt']],
  ['sub/**/*.key', ['sub/a.key', 'sub/x/y/b.key', 'other/sub/c.key']],
  ['\\#secret\n#comment\n\nfoo', ['#secret', 'sub/#secret', 'secret', '#comment', 'foo']],
  ['\\!important', ['!important', 'important']],
  ['\\*literal', ['*literal', 'xliteral']],
  ['trail   \nesc\\ ', ['trail', 'trail ', 'esc ', 'esc']],
  ['*.TXT', ['a.txt', 'a.TXT']],
  ['[a-c].env\n?.cfg\n[!x]y.ini', ['a.env', 'd.env', 'b.cfg', 'bb.cfg', 'zy.ini', 'xy.ini']],
  ['a/b/', ['a/b/c', 'x/a/b/c', 'a/bc']],
  ['*\n!*/\n!*.ts', ['a.ts', 'a.js', 'src/b.ts', 'src/c.js']],
  ['/', ['a', 'b/c']],
  // .secretignore.example, and the form it used to suggest (dist/ then !dist/config.js).
  ['**/cassettes/*.yaml\n*.min.js\ndist/*\n!dist/config.js', ['t/cassettes/a.yaml', 'cassettes/b.yaml', 'app.min.js', 'dist/config.js', 'dist/x.js']],
  ['dist/\n!dist/config.js', ['dist/config.js', 'dist/x.js']],
];

function ignoredByGit(repo: TempRepo, paths: readonly string[]): Set<string> {
  const result = repo.run('git', ['check-ignore', '--no-index', '--stdin', '-z'], { input: paths.map((path) => `${path}\0`).join('') });
  // Exit 1: nothing is ignored; anything but 0 or 1 is an error.
  if (result.exitCode > 1) throw new Error(`git check-ignore failed: ${result.stderr}`);
  return new Set(result.stdout.split('\0').filter((path) => path !== ''));
}

describe('.secretignore agrees with git check-ignore', () => {
  const gitVerdicts: boolean[] = [];

  // Agreement on "nothing is ignored" would prove nothing: git must have said both.
  afterAll(() => {
    expect(gitVerdicts.filter((isIgnored) => isIgnored).length).toBeGreaterThan(25);
    expect(gitVerdicts.filter((isIgnored) => !isIgnored).length).toBeGreaterThan(25);
  });

  test.each(CASES)('%j', (lines, paths) => {
    const repo = createTempRepo();
    try {
      repo.write('.gitignore', `${lines}\n`);
      for (const path of paths) repo.write(path, 'x\n');
      const byGit = ignoredByGit(repo, paths);
      const isIgnored = createPathIgnore({ ignoreFile: { path: '.secretignore', text: `${lines}\n` }, allowedPaths: { source: undefined, globs: [] } });
      gitVerdicts.push(...paths.map((path) => byGit.has(path)));
      const verdicts = paths.map((path) => [path, isIgnored(path)]);
      expect(verdicts).toEqual(paths.map((path) => [path, byGit.has(path)]));
    } finally {
      repo.remove();
    }
  });
});
