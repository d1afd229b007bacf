import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempRepo } from './temp-repo';

/**
 * What `husky init` (husky 9.1.7, github.com/typicode/husky, index.js and bin.js) leaves in a
 * repository: core.hooksPath=.husky/_, and in .husky/_ one two-line script per git hook that sources
 * `h`, which runs the user's .husky/<hook> with `sh -e` (or exits 0 when there is none). `h` below is
 * husky's file, byte for byte.
 */
const HUSKY_H = `#!/usr/bin/env sh
[ "$HUSKY" = "2" ] && set -x
n=$(basename "$0")
s=$(dirname "$(dirname "$0")")/$n

[ ! -f "$s" ] && exit 0

if [ -f "$HOME/.huskyrc" ]; then
	echo "husky - '~/.huskyrc' is DEPRECATED, please move your code to ~/.config/husky/init.sh"
fi
i="\${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"
[ -f "$i" ] && . "$i"

[ "\${HUSKY-}" = "0" ] && exit 0

export PATH="node_modules/.bin:$PATH"
sh -e "$s" "$@"
c=$?

[ $c != 0 ] && echo "husky - $n script failed (code $c)"
[ $c = 127 ] && echo "husky - command not found in PATH=$PATH"
exit $c
`;

const HUSKY_HOOKS = ['pre-commit', 'pre-merge-commit', 'prepare-commit-msg', 'commit-msg', 'post-commit', 'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-rebase', 'post-rewrite', 'post-checkout', 'post-merge', 'pre-push', 'pre-auto-gc'];

/** `npx husky init` in the repository; `userPreCommit` is what init writes to .husky/pre-commit (`npm test`). */
export function huskyInit(repo: TempRepo, userPreCommit = 'npm test\n'): void {
  repo.mustGit('config', 'core.hooksPath', '.husky/_');
  const dir = join(repo.dir, '.husky', '_');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '*');
  writeFileSync(join(dir, 'h'), HUSKY_H);
  for (const hook of HUSKY_HOOKS) {
    writeFileSync(join(dir, hook), `#!/usr/bin/env sh\n. "$(dirname "$0")/h"`);
    chmodSync(join(dir, hook), 0o755);
  }
  writeFileSync(join(dir, 'husky.sh'), 'echo "husky - DEPRECATED"\n');
  repo.write('.husky/pre-commit', userPreCommit);
}
