#!/bin/bash
# cache-stages: builder vs cache: registry for the example Go service (two platforms), each
# run on a fresh buildkitd (its own empty state, as an ephemeral runner has): cold, no
# change, source-only change. Prints the wall time of hoist's main + post per run.
# Needs the toolchain up (bash scripts/toolchain.sh up) and dist/ built.
set -u
cd "$(dirname "$0")/.."
R=127.0.0.1:5000
fresh() { # start a fresh buildkitd + builder named $1
  d=$(mktemp -d ${TMPDIR:-/tmp}/hoist-fbk-XXXX); echo $d > ${TMPDIR:-/tmp}/hoist-fbk-$1
  buildkitd --config scripts/toolchain/buildkitd.toml --addr unix://$d/s.sock --root $d/root --oci-worker-net=host >$d/log 2>&1 &
  echo $! > $d/pid
  for i in $(seq 50); do buildctl --addr unix://$d/s.sock debug workers >/dev/null 2>&1 && break; sleep 0.2; done
  docker buildx create --name $1 --driver remote unix://$d/s.sock >/dev/null
}
stop() { d=$(cat ${TMPDIR:-/tmp}/hoist-fbk-$1); docker buildx rm -f $1 >/dev/null 2>&1; kill $(cat $d/pid); sleep 1; rm -rf $d; }
run() { # name mode extra...
  local name=$1 repo=$2; shift 2
  fresh b$$
  local s=$(date +%s.%N)
  node test/harness/run-action.mjs context=$WS platforms=linux/amd64,linux/arm64 tags=$R/$repo:x push=true builder=b$$ provenance=false \
    build-args=GO_IMAGE=$R/base/golang:latest build-args=RUNTIME_IMAGE=$R/base/busybox:latest cache-mounts=false "$@" > ${TMPDIR:-/tmp}/hoist-bench-stages-$name.log 2>&1 || echo "FAILED $name"
  local e=$(date +%s.%N)
  stop b$$
  printf "%-28s %6.1f s\n" $name $(echo "$e - $s" | bc)
}
for variant in registry stages; do
  WS=$(mktemp -d); cp -r example/. $WS; echo .git > $WS/.dockerignore
  repo=measure/$variant-$$
  if [ $variant = registry ]; then args="cache=registry"; else args="cache-stages=builder"; fi
  run $variant-cold $repo $args
  run $variant-nochange $repo $args
  echo "// change" >> $WS/main.go
  run $variant-source $repo $args
done
