#!/usr/bin/env bash
# Proves dist/ (what the runner executes) is exactly a fresh build of src/:
# builds into a temp dir and compares byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx tsc --noEmit
npx ncc build src/index.ts -o "$out" --license licenses.txt >/dev/null
# The hoist-sizes command (package.json `bin`), bundled beside the action.
npx ncc build src/cli/hoist-sizes.ts -o "$out/cli" --license licenses.txt >/dev/null
if ! diff -r -q "$out" dist; then
  echo "dist/ is out of date with src/: run 'npm run build' and commit dist/." >&2
  exit 1
fi
echo "dist/ matches a fresh build of src/"
