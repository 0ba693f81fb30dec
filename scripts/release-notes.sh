#!/usr/bin/env bash
# scripts/release-notes.sh X.Y.Z: prints CHANGELOG.md's "## [X.Y.Z]" section (without its
# heading), the release notes .github/workflows/release.yml publishes. Fails when there is
# no such section or it is empty.
set -euo pipefail
version=${1:?usage: $0 X.Y.Z}
changelog=${CHANGELOG:-$(dirname "$0")/../CHANGELOG.md}
notes=$(awk -v head="## [$version]" '
  /^## \[/ { if (found) exit; if (index($0, head) == 1) { found = 1; next } }
  found && /^\[[^]]+\]: / { next }
  found { print }
' "$changelog" | sed -e '/./,$!d')
if [[ -z ${notes//[[:space:]]/} ]]; then
  echo "CHANGELOG.md has no '## [$version]' section with notes: move [Unreleased]'s entries under it" >&2
  exit 1
fi
printf '%s\n' "$notes"
