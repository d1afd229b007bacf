#!/bin/sh
# leakguard-managed-hook v1 — written by `leakguard install`; `leakguard uninstall` removes it and
# restores the hook that was there before, if any. Edit the template in leakguard's hooks/ instead.
# >>> leakguard >>>
# leakguard: block the commit (pre-commit) or the push (pre-push) if it adds a secret.
# POSIX sh only (dash, Git for Windows).
leakguard_hook='@LEAKGUARD_HOOK@'
leakguard_action=commit
[ "$leakguard_hook" = pre-push ] && leakguard_action=push
# Runs the leakguard named by the arguments on this hook's question. pre-push gets the remote's name
# and URL as arguments and the refs being pushed on stdin (githooks(5)). A scan lives for a fraction
# of a second: V8's default 16 MB nursery only raises its peak memory (110 MB -> 87 MB on a 20 MB
# change, at the same speed). The user's own NODE_OPTIONS come after, so theirs win.
leakguard_scan() {
  leakguard_node_options="--max-semi-space-size=4${NODE_OPTIONS:+ $NODE_OPTIONS}"
  if [ "$leakguard_hook" = pre-push ]; then
    printf '%s\n' "$leakguard_input" | NODE_OPTIONS=$leakguard_node_options "$@" scan --pre-push "$leakguard_remote" "$leakguard_url"
  else
    NODE_OPTIONS=$leakguard_node_options "$@" scan --staged
  fi
}
# A deliberate, visible bypass of the scan only: the user's other hooks still run.
if [ "${LEAKGUARD_SKIP:-}" = "1" ]; then
  echo "leakguard: LEAKGUARD_SKIP=1, this $leakguard_action was NOT scanned for secrets." >&2
else
  leakguard_remote=${1:-}
  leakguard_url=${2:-}
  leakguard_input=
  [ "$leakguard_hook" = pre-push ] && leakguard_input=$(cat)
  leakguard_top=$(git rev-parse --show-toplevel 2>/dev/null) || leakguard_top=.
  leakguard_recorded_node='@LEAKGUARD_NODE@'
  leakguard_recorded_cli='@LEAKGUARD_CLI@'
  leakguard_status=0
  # The project's own version first, then the one that ran install (GUI git clients often lack PATH),
  # then a global one. Finding none blocks: a hook that passes silently protects nothing.
  if [ -x "$leakguard_top/node_modules/.bin/leakguard" ]; then
    leakguard_scan "$leakguard_top/node_modules/.bin/leakguard" || leakguard_status=$?
  elif [ -f "$leakguard_recorded_cli" ] && [ -x "$leakguard_recorded_node" ]; then
    leakguard_scan "$leakguard_recorded_node" "$leakguard_recorded_cli" || leakguard_status=$?
  elif [ -f "$leakguard_recorded_cli" ] && command -v node >/dev/null 2>&1; then
    leakguard_scan node "$leakguard_recorded_cli" || leakguard_status=$?
  elif command -v leakguard >/dev/null 2>&1; then
    leakguard_scan leakguard || leakguard_status=$?
  else
    echo "leakguard: cannot find leakguard, so this $leakguard_action was not scanned and is blocked." >&2
    echo "  Fix:    npm i -D leakguard && npx leakguard install" >&2
    echo "  Bypass: git $leakguard_action --no-verify   (or LEAKGUARD_SKIP=1 git $leakguard_action ...)" >&2
    exit 2
  fi
  # 1: secrets found, and the CLI has said which. Anything else: the scan did not finish.
  if [ "$leakguard_status" -eq 1 ]; then
    exit 1
  elif [ "$leakguard_status" -ne 0 ]; then
    echo "leakguard: could not scan this $leakguard_action (exit $leakguard_status; the reason is above), so it is blocked to be safe." >&2
    echo "  Bypass, deliberately: git $leakguard_action --no-verify   (or LEAKGUARD_SKIP=1 git $leakguard_action ...)" >&2
    exit "$leakguard_status"
  fi
  # The scan read the refs from stdin; what runs after it (the chained hook, a husky file's other
  # lines) reads them again from here, byte for byte: $(cat) dropped the final newline, the here-doc
  # puts it back.
  if [ -n "$leakguard_input" ]; then
    exec <<LEAKGUARD_INPUT
$leakguard_input
LEAKGUARD_INPUT
  elif [ "$leakguard_hook" = pre-push ]; then
    exec </dev/null
  fi
fi
# <<< leakguard <<<
# The hook that was here before install, moved aside; it gets the same arguments and stdin.
leakguard_chained="$(dirname "$0")/$(basename "$0").pre-leakguard"
if [ -x "$leakguard_chained" ]; then
  exec "$leakguard_chained" "$@"
fi
