#!/usr/bin/env bash
# The whole test suite on a fresh machine of this kind, or on one already set up:
# the real toolchain (seconds when up), node modules, dist/ freshness, the static
# checks (types, lint, format, layers, unused code), then unit + e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/toolchain.sh up
toolchain_done=$(date +%s)
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run check-dist
npm run typecheck
npm run lint
npm run format:check
npm run knip
npm test
echo "==> toolchain $((toolchain_done - started)) s, tests $(($(date +%s) - toolchain_done)) s"
