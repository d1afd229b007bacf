# Sourced by scan.sh: making a shallow checkout hold the commits a range needs. actions/checkout
# fetches one commit by default (fetch-depth: 1); git log BASE..HEAD then lacks BASE, or reads the
# clone's boundary commit as if it added every line of its files.

# Whether a commit git rev-list lists for these arguments (HEAD --not BASE, or a range as given)
# sits on the shallow boundary (.git/shallow lists those): never when the checkout holds the range.
boundary_in_range() {
  shallow_file=$(git rev-parse --git-path shallow)
  [ -s "$shallow_file" ] || return 1
  git rev-list "$@" -- 2>/dev/null | grep -qxFf "$shallow_file"
}

# HEAD's commits that BASE does not have, as rev-list arguments; all of HEAD's when BASE is empty.
range_args() { if [ -n "$2" ]; then echo "$1 --not $2"; else echo "$1"; fi; }

has_commit() { git cat-file -e "$1^{commit}" 2>/dev/null; }

# Whether HEAD, BASE and everything between them (down to where they meet) is in the checkout.
holds_range() {
  has_commit "$1" || return 1
  if [ -n "$2" ]; then
    has_commit "$2" || return 1
    git merge-base "$2" "$1" > /dev/null 2>&1 || return 1
  fi
  # shellcheck disable=SC2046 # two commit names, split on purpose
  ! boundary_in_range $(range_args "$1" "$2")
}

# fetch_history HEAD BASE FETCH_BASE: fetch HEAD and BASE by name when missing (GitHub serves any
# commit of the repository by its sha, pull requests' included), then deepen the boundary
# (git fetch --deepen) until the range is whole, and fetch all of it when that is not enough.
fetch_history() {
  holds_range "$1" "$2" && return 0
  # --depth=1 in a shallow checkout only: it would make a whole one shallow.
  depth=''
  [ "$(git rev-parse --is-shallow-repository)" = true ] && depth='--depth=1'
  has_commit "$1" || git fetch --no-tags --quiet $depth origin "$1"
  if [ -n "$2" ] && ! has_commit "$2"; then git fetch --no-tags --quiet $depth origin "$3"; fi
  for commits in 50 500; do
    holds_range "$1" "$2" && return 0
    [ -n "$depth" ] || return 0
    echo "leakguard: the checkout is shallow; fetching $commits more commits of history (git fetch --deepen=$commits)."
    git fetch --no-tags --quiet --deepen="$commits" origin "$1" ${3:+"$3"}
  done
  holds_range "$1" "$2" && return 0
  echo "leakguard: fetching the whole history (git fetch --unshallow)."
  [ "$(git rev-parse --is-shallow-repository)" = true ] && git fetch --no-tags --quiet --unshallow origin "$1" ${3:+"$3"}
  return 0
}

# With deepen: false or a range input, say what a scan of a shallow checkout reads: a missing base
# fails the scan (leakguard says so, exit 2); a boundary commit inside the range is read as if it
# added every line of its files.
warn_if_incomplete() {
  if boundary_in_range "$@"; then
    echo "::warning title=leakguard::The checkout is shallow: commits at its boundary are read as if they added every line of their files (more findings, never fewer). Set fetch-depth: 0 on actions/checkout, or leave the leakguard action's deepen input at true."
  fi
}
