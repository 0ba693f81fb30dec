#!/usr/bin/env bash
# scripts/check-placeholder.sh OWNER/NAME vX.Y.Z: refuses a release whose docs would send
# users to another action than the one released.
#
# Until hoist is published under a real name, README.md and docs/ write every step that uses
# it as `uses: OWNER/hoist@v0`, a placeholder (test/unit/readme.test.ts holds them to that
# one spelling). A release of repository OWNER/NAME at vX.Y.Z is what users pin as
# `OWNER/NAME@vX` (the major tag release.yml moves), so before publishing, every such
# `uses:` must say exactly that, and the placeholder must be gone from README.md and docs/,
# its note at the top of the README included. Replace it in one commit before the tag:
#   git grep -l 'OWNER/hoist@v0' -- README.md docs | xargs sed -i 's#OWNER/hoist@v0#acme/hoist@v1#g'
# (then drop the README's "Not published yet" note, and the placeholder in the unit test).
# A step that uses hoist is one whose action is OWNER/NAME itself or any `<owner>/hoist`.
set -euo pipefail
repository=${1:?usage: $0 OWNER/NAME vX.Y.Z}
tag=${2:?usage: $0 OWNER/NAME vX.Y.Z}
root=${DOCS_ROOT:-$(dirname "$0")/..}
expected="$repository@${tag%%.*}"
cd "$root"
files=(README.md $(find docs -name '*.md' | sort))
bad=0
# `uses:` as a YAML key at the start of a line (a step), never inline in prose.
while IFS=: read -r file line text; do
  ref=$(sed -E 's/^[[:space:]]*(- )?uses:[[:space:]]*([^[:space:]#]+).*/\2/' <<<"$text")
  action=${ref%@*}
  [[ $action == "$repository" || $action == */hoist ]] || continue
  if [[ $ref != "$expected" ]]; then
    echo "::error file=$file,line=$line::uses: $ref, but this release is used as $expected" >&2
    bad=1
  fi
done < <(grep -nE '^[[:space:]]*(- )?uses:[[:space:]]*[^[:space:]]' "${files[@]}" /dev/null || true)
if grep -n 'OWNER/hoist' "${files[@]}" /dev/null >&2; then
  echo "::error::the placeholder OWNER/hoist is still in the lines above: replace it with $expected" >&2
  bad=1
fi
if ((bad)); then
  echo "the docs do not name this release ($expected); see the comment at the top of $0" >&2
  exit 1
fi
echo "every uses: of hoist in README.md and docs/ is $expected"
