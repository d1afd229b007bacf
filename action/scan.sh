#!/bin/sh
# leakguard's GitHub Action, step 2: scan the commits the event brings. Reads what GitHub gives every
# step (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH: the webhook payload; GITHUB_REF, GITHUB_REPOSITORY,
# GITHUB_ACTOR, GITHUB_OUTPUT) and the action's inputs (LEAKGUARD_*, see action.yml). Exits with
# leakguard's code: 0 clean, 1 findings, 2 could not scan.
set -u
ZERO=0000000000000000000000000000000000000000
. "$GITHUB_ACTION_PATH/action/history.sh"

# A field of the event's payload by its path (pull_request.base.sha); empty when absent.
event_field() {
  node -e '
    let value = JSON.parse(require("fs").readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"));
    for (const key of process.argv[1].split(".")) value = value == null ? undefined : value[key];
    process.stdout.write(value == null ? "" : String(value));' "$1"
}

output() { echo "$1=$2" >> "$GITHUB_OUTPUT"; }
fail() { echo "::error title=leakguard::$1"; output exit-code 2; exit 2; }

# BASE..HEAD, the commits the event brings: BASE empty means every commit HEAD has (a first push).
# FETCH_BASE is what to fetch for BASE when the checkout lacks it (a sha, or a branch's refspec).
choose_range() {
  BASE=''; HEAD=''; FETCH_BASE=''
  case "$GITHUB_EVENT_NAME" in
    pull_request | pull_request_target)
      BASE=$(event_field pull_request.base.sha)
      HEAD=$(event_field pull_request.head.sha)
      FETCH_BASE=$BASE ;;
    push)
      HEAD=$(event_field after)
      BASE=$(event_field before)
      FETCH_BASE=$BASE
      if [ "$HEAD" = "$ZERO" ]; then
        echo "leakguard: the push deletes $GITHUB_REF: no commit to scan."
        output exit-code 0
        exit 0
      fi
      if [ -z "$BASE" ] || [ "$BASE" = "$ZERO" ]; then choose_new_ref_base; fi ;;
    *)
      fail "a $GITHUB_EVENT_NAME event brings no commits of its own: set the action's range input (e.g. range: origin/main..HEAD)." ;;
  esac
  [ -n "$HEAD" ] || fail "the $GITHUB_EVENT_NAME event's payload ($GITHUB_EVENT_PATH) names no head commit."
}

# A new branch or tag: the commits the default branch does not have. The default branch's own first
# push: all of its commits.
choose_new_ref_base() {
  default_branch=$(event_field repository.default_branch)
  if [ "$GITHUB_REF" = "refs/heads/$default_branch" ]; then
    BASE=''
    FETCH_BASE=''
  else
    BASE="refs/remotes/origin/$default_branch"
    FETCH_BASE="+refs/heads/$default_branch:refs/remotes/origin/$default_branch"
  fi
}

# A fork's pull request, and Dependabot's, get a read-only token: code scanning refuses the upload.
can_upload() {
  [ "$LEAKGUARD_SARIF" = true ] || return 1
  case "$GITHUB_EVENT_NAME" in
    pull_request | pull_request_target)
      head_repo=$(event_field pull_request.head.repo.full_name)
      if [ "$head_repo" != "$GITHUB_REPOSITORY" ]; then
        echo "::notice title=leakguard::This pull request comes from a fork ($head_repo), whose token cannot upload to code scanning: the SARIF is not uploaded. The findings are in this log."
        return 1
      fi ;;
  esac
  if [ "$GITHUB_ACTOR" = 'dependabot[bot]' ]; then
    echo "::notice title=leakguard::Dependabot's token cannot upload to code scanning: the SARIF is not uploaded. The findings are in this log."
    return 1
  fi
}

run_leakguard() {
  set -- scan --range "$RANGE"
  [ -n "$LEAKGUARD_CONFIG" ] && set -- "$@" --config "$LEAKGUARD_CONFIG"
  [ "$LEAKGUARD_SARIF" = true ] && set -- "$@" --format sarif --output "$LEAKGUARD_SARIF_FILE"
  # The extra arguments are split on blanks, with no file name expansion.
  set -f
  # shellcheck disable=SC2086
  node "$GITHUB_ACTION_PATH/bin/leakguard.js" "$@" $LEAKGUARD_ARGS
  code=$?
  set +f
  return $code
}

root=$(git rev-parse --show-toplevel) || fail "$(pwd) is not a git checkout: run actions/checkout before leakguard."
output root "$root"
if [ -n "$LEAKGUARD_RANGE" ]; then
  RANGE=$LEAKGUARD_RANGE
  warn_if_incomplete "$RANGE"
else
  choose_range
  if [ -z "$BASE" ]; then RANGE=$HEAD; else RANGE="$BASE..$HEAD"; fi
  if [ "$LEAKGUARD_DEEPEN" = true ]; then
    fetch_history "$HEAD" "$BASE" "$FETCH_BASE"
  else
    # shellcheck disable=SC2046 # two commit names, split on purpose
    has_commit "$HEAD" && warn_if_incomplete $(range_args "$HEAD" "$BASE")
  fi
fi
output range "$RANGE"
echo "leakguard: scanning $RANGE ($GITHUB_EVENT_NAME)"
# A SARIF file left by an earlier step must not be uploaded as this scan's.
[ "$LEAKGUARD_SARIF" = true ] && rm -f "$LEAKGUARD_SARIF_FILE"
run_leakguard
code=$?
output exit-code "$code"
if [ "$LEAKGUARD_SARIF" = true ] && [ -f "$LEAKGUARD_SARIF_FILE" ]; then
  output sarif-file "$(cd "$(dirname "$LEAKGUARD_SARIF_FILE")" && pwd)/$(basename "$LEAKGUARD_SARIF_FILE")"
  can_upload && output upload true
fi
exit "$code"
