#!/bin/sh
# leakguard-managed-hook v1 — written by `leakguard install`; `leakguard uninstall` removes it and
# restores the hook that was there before, if any. Edit the template in leakguard's hooks/ instead.
# >>> leakguard >>>
# leakguard: block the commit (pre-commit), its message (commit-msg) or the push (pre-push) if it
# adds a secret. POSIX sh only (dash, Git for Windows).
leakguard_hook='@LEAKGUARD_HOOK@'
# What the bypass names (`git commit --no-verify` skips commit-msg too, githooks(5)), and what was checked.
leakguard_action=commit
leakguard_checked=commit
case $leakguard_hook in
  pre-push) leakguard_action=push leakguard_checked=push ;;
  commit-msg) leakguard_checked='commit message' ;;
esac
# Runs the scan this hook asks for with the command given as arguments: node and the CLI's script, or
# a launcher. pre-push gets the remote's name and URL as arguments and the refs being pushed on stdin;
# commit-msg the name of the file that holds the message (githooks(5)). The scan is told this hook
# file's path ($0: in .husky/ when the block is in a husky hook), so its advice names the bypass that works.
leakguard_scan() {
  if [ "$leakguard_hook" = pre-push ]; then
    printf '%s\n' "$leakguard_input" | LEAKGUARD_HOOK_FILE=$0 "$@" scan --pre-push "$leakguard_remote" "$leakguard_url"
  elif [ "$leakguard_hook" = commit-msg ]; then
    LEAKGUARD_HOOK_FILE=$0 "$@" scan --commit-msg "$leakguard_message"
  else
    LEAKGUARD_HOOK_FILE=$0 "$@" scan --staged
  fi
}
# The script a launcher links to: npm's node_modules/.bin and global links point at bin/leakguard.js,
# which node then runs directly. Fails for a launcher that is a script itself.
leakguard_link_target() {
  leakguard_target=$(readlink "$1" 2>/dev/null) || return 1
  case $leakguard_target in
    /*) ;;
    *) leakguard_target=${1%/*}/$leakguard_target ;;
  esac
  case $leakguard_target in
    *.js) [ -f "$leakguard_target" ] && leakguard_cli=$leakguard_target ;;
    *) return 1 ;;
  esac
}
# The project's own leakguard first, then the one that ran install, then a global one (PATH).
leakguard_find_cli() {
  leakguard_bin=$leakguard_top/node_modules/.bin/leakguard
  if [ -f "$leakguard_top/node_modules/leakguard/bin/leakguard.js" ]; then
    leakguard_cli=$leakguard_top/node_modules/leakguard/bin/leakguard.js
  elif [ -x "$leakguard_bin" ]; then
    leakguard_link_target "$leakguard_bin" || leakguard_launcher=$leakguard_bin
  elif [ -f "$leakguard_recorded_cli" ]; then
    leakguard_cli=$leakguard_recorded_cli
  elif leakguard_bin=$(command -v leakguard 2>/dev/null); then
    leakguard_link_target "$leakguard_bin" || leakguard_launcher=$leakguard_bin
  fi
}
# The newest node nvm installed ($NVM_DIR/versions/node/vX.Y.Z/bin/node, github.com/nvm-sh/nvm):
# the glob sorts v9 after v20, so the versions are compared as numbers.
leakguard_nvm_node() {
  leakguard_newest=0
  for leakguard_candidate in "${NVM_DIR:-$HOME/.nvm}"/versions/node/v*/bin/node; do
    [ -x "$leakguard_candidate" ] || continue
    leakguard_version=${leakguard_candidate%/bin/node}
    leakguard_version=${leakguard_version##*/v}
    leakguard_major=${leakguard_version%%.*}
    leakguard_minor=${leakguard_version#*.}
    leakguard_patch=${leakguard_minor#*.}
    leakguard_minor=${leakguard_minor%%.*}
    case $leakguard_major.$leakguard_minor.$leakguard_patch in
      *[!0-9.]* | *..* | .* | *.) continue ;;
    esac
    leakguard_rank=$((leakguard_major * 1000000 + leakguard_minor * 1000 + leakguard_patch))
    if [ "$leakguard_rank" -gt "$leakguard_newest" ]; then
      leakguard_newest=$leakguard_rank
      leakguard_node=$leakguard_candidate
    fi
  done
  [ -n "$leakguard_node" ]
}
# A node for the script: PATH's, the one that ran install, then where the usual version managers and
# Homebrew put theirs (a GUI git client starts without the shell's PATH, where they add node): volta
# (docs.volta.sh), fnm's default alias ($FNM_DIR; XDG data dir on Linux, Application Support on
# macOS, ~/.fnm before 1.32), asdf's shims (asdf-vm.com), Homebrew on Apple silicon, then Intel.
leakguard_find_node() {
  if command -v node >/dev/null 2>&1; then
    leakguard_node=node
    return 0
  fi
  [ -x "$leakguard_recorded_node" ] && leakguard_node=$leakguard_recorded_node && return 0
  leakguard_nvm_node && return 0
  for leakguard_candidate in "${VOLTA_HOME:-$HOME/.volta}/bin/node" \
    "${FNM_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/fnm}/aliases/default/bin/node" \
    "$HOME/Library/Application Support/fnm/aliases/default/bin/node" "$HOME/.fnm/aliases/default/bin/node" \
    "${ASDF_DATA_DIR:-$HOME/.asdf}/shims/node" /opt/homebrew/bin/node /usr/local/bin/node; do
    [ -x "$leakguard_candidate" ] && leakguard_node=$leakguard_candidate && return 0
  done
  return 1
}
# Whether the message needs the scan. Most hold none of the rules' keywords, and the scan's own keyword
# prefilter would then run no rule on them: grep says so long before node has even started. Only for
# the built-in rules alone (a config at the root may add rules with other keywords) and a list that
# comes with the CLI; any doubt, grep's error included, means scan.
leakguard_message_needs_scan() {
  leakguard_keywords=${leakguard_cli%/bin/leakguard.js}/dist/detect/keywords.txt
  [ -n "$leakguard_cli" ] && [ -f "$leakguard_keywords" ] || return 0
  # The config places of src/config/load-config.ts (CONFIG_PLACES), as globs: a new place goes in both.
  for leakguard_config in "$leakguard_top"/.leakguardrc* "$leakguard_top"/leakguard.config.* "$leakguard_top"/.config/leakguardrc*; do
    [ -e "$leakguard_config" ] && return 0
  done
  # A "leakguard" key in package.json whose value is not a version string (a dependency) is a config.
  grep '"leakguard"[[:space:]]*:' "$leakguard_top/package.json" 2>/dev/null | grep -qv '"leakguard"[[:space:]]*:[[:space:]]*"' && return 0
  grep -qiF -f "$leakguard_keywords" -- "$leakguard_message" 2>/dev/null
  [ $? -ne 1 ]
}
# A deliberate, visible bypass of the scan only: the user's other hooks still run.
if [ "${LEAKGUARD_SKIP:-}" = "1" ]; then
  echo "leakguard: LEAKGUARD_SKIP=1, this $leakguard_checked was NOT scanned for secrets." >&2
else
  leakguard_remote=${1:-}
  leakguard_url=${2:-}
  leakguard_message=${1:-}
  leakguard_input=
  [ "$leakguard_hook" = pre-push ] && leakguard_input=$(cat)
  leakguard_top=$(git rev-parse --show-toplevel 2>/dev/null) || leakguard_top=.
  leakguard_recorded_node='@LEAKGUARD_NODE@'
  leakguard_recorded_cli='@LEAKGUARD_CLI@'
  leakguard_cli=
  leakguard_launcher=
  leakguard_node=
  leakguard_status=0
  leakguard_find_cli
  leakguard_find_node
  # `leakguard status` asks what this hook would run. Nothing is scanned, so a commit is blocked.
  if [ "${LEAKGUARD_PROBE:-}" = 1 ]; then
    [ "$leakguard_node" = node ] && leakguard_node=$(command -v node)
    printf 'node=%s\ncli=%s\nlauncher=%s\n' "$leakguard_node" "$leakguard_cli" "$leakguard_launcher"
    echo "leakguard: LEAKGUARD_PROBE=1 only tells where node and leakguard are; this $leakguard_checked was not scanned and is blocked." >&2
    exit 2
  fi
  # Finding neither blocks: a hook that passes silently protects nothing.
  if [ -z "$leakguard_cli$leakguard_launcher" ]; then
    echo "leakguard: cannot find leakguard, so this $leakguard_checked was not scanned and is blocked." >&2
    echo "  Fix:    npm i -D leakguard && npx leakguard install" >&2
    echo "  Bypass: git $leakguard_action --no-verify   (or LEAKGUARD_SKIP=1 git $leakguard_action ...)" >&2
    exit 2
  fi
  if [ -z "$leakguard_node" ]; then
    echo "leakguard: cannot find node to run leakguard, so this $leakguard_checked was not scanned and is blocked." >&2
    echo "  Looked on PATH ($PATH), at the node that ran install (${leakguard_recorded_node:-none recorded}), and where nvm, volta, fnm, asdf and Homebrew put it." >&2
    echo "  A git client started from a desktop icon does not get your shell's PATH. Fix: start the client from a shell," >&2
    echo "  or run \`npx leakguard install\` again from a shell (it records that shell's node), or set PATH in ~/.profile." >&2
    echo "  Bypass: git $leakguard_action --no-verify   (or LEAKGUARD_SKIP=1 git $leakguard_action ...)" >&2
    exit 2
  fi
  if [ "$leakguard_hook" = commit-msg ] && ! leakguard_message_needs_scan; then
    : # No keyword, no finding: nothing to scan.
  elif [ -n "$leakguard_cli" ]; then
    # No V8 flags: any flag on node's command line makes node compile its own modules from source (its
    # built-in code cache is keyed by the flags), 8-10 ms on every commit (npm run bench).
    leakguard_scan "$leakguard_node" "$leakguard_cli" || leakguard_status=$?
  elif [ "$leakguard_node" = node ]; then
    leakguard_scan "$leakguard_launcher" || leakguard_status=$?
  else
    # A launcher script starts node by name (`#!/usr/bin/env node`): give it the node found here.
    # (Set and put back by hand: an assignment before a function call may outlast it in POSIX sh.)
    leakguard_path=$PATH
    PATH=${leakguard_node%/*}:$PATH
    leakguard_scan "$leakguard_launcher" || leakguard_status=$?
    PATH=$leakguard_path
  fi
  # 1: secrets found, and the CLI has said which. Anything else: the scan did not finish.
  if [ "$leakguard_status" -eq 1 ]; then
    exit 1
  elif [ "$leakguard_status" -ne 0 ]; then
    echo "leakguard: could not scan this $leakguard_checked (exit $leakguard_status; the reason is above), so it is blocked to be safe." >&2
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
# The hook that was here before install, moved aside; it gets the same arguments and stdin. Named
# after the hook, not $0: `pre-commit install` moves this file to <hook>.legacy and runs it from there.
leakguard_chained="$(dirname "$0")/$leakguard_hook.pre-leakguard"
if [ -x "$leakguard_chained" ]; then
  exec "$leakguard_chained" "$@"
fi
