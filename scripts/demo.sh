#!/usr/bin/env bash
# Brings up the local toolchain, then runs hoist's bundled action exactly as a runner
# would on the embedded example (example/, the example Go service): build for
# linux/amd64 + linux/arm64, push to the loopback registry, print what was pushed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/toolchain.sh up
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
registry=127.0.0.1:5000
image=$registry/demo/backend
echo "==> hoist: building and pushing $image:latest for linux/amd64,linux/arm64"
node test/harness/run-action.mjs \
  context=example \
  platforms=linux/amd64,linux/arm64 \
  tags=$image:latest \
  push=true \
  builder=hoist \
  build-args=GO_IMAGE=$registry/base/golang:latest \
  build-args=RUNTIME_IMAGE=$registry/base/busybox:latest
echo "==> what the registry holds (skopeo inspect --raw docker://$image:latest)"
skopeo inspect --raw --tls-verify=false "docker://$image:latest" | jq -r '.manifests[] | "\(.platform.os)/\(.platform.architecture)\t\(.digest)\t\(.annotations["vnd.docker.reference.type"] // "image")"'
