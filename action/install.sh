#!/bin/sh
# leakguard's GitHub Action, step 1: build leakguard in the action's own checkout. dist/ is built, not
# committed, so the action installs its locked dependencies (npm ci: package-lock.json, from the npm
# registry only) and builds, as a contributor does. --ignore-scripts: no dependency runs an install
# script, and the build runs once, here.
set -eu
cd "$GITHUB_ACTION_PATH"

# bin/leakguard.js checks this too, but only after npm ci has run for nothing.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "::error title=leakguard::leakguard needs Node.js 20 or later; this runner has $(node --version 2>/dev/null || echo 'no node'). Add actions/setup-node with node-version: 20 before the leakguard step."
  exit 2
fi
npm ci --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error
npm run build --silent
