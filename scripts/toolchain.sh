#!/usr/bin/env bash
# scripts/toolchain.sh — hoist's local container-build toolchain.
#
#   bash scripts/toolchain.sh up      install + start everything (idempotent, seconds when up)
#   bash scripts/toolchain.sh status  show what runs; exit 1 if something is down
#   bash scripts/toolchain.sh down    undo what `up` did that can be undone (see below)
#
# What "everything" is: dockerd (host networking only, runc wrapper runtime), a plain-HTTP
# registry on 127.0.0.1:5000, QEMU binfmt for arm64, buildx + buildkitd built from the Go
# module proxy, a buildx builder "hoist" (remote driver) made the default, local base images
# (busybox, golang) in the registry, and nektos/act. Nothing is pulled from Docker Hub/GHCR:
# this machine reaches only Debian's apt, the Go module proxy and npm. All traffic stays on
# loopback (dockerd --bridge=none, buildkitd --oci-worker-net=host).
# The comment at each step gives the reason for its choice.
#
# Meant for a CI machine or a VM: it needs root and changes the system. `up` changes:
#   - packages: apt-get installs docker.io docker-registry qemu-user-static binfmt-support runc
#     skopeo curl jq ca-certificates openssl (and may add dpkg's arm64 architecture to fetch
#     busybox-static:arm64);
#   - /usr/local/bin: buildkitd, buildctl, act; /usr/local/lib/hoist/runc-wrapper; the buildx
#     plugin in ~/.docker/cli-plugins and /usr/local/lib/docker/cli-plugins;
#   - /var/lib/hoist (registry data, base image staging, Go binaries, the record below),
#     /var/lib/buildkit, /var/lib/docker, /var/log/hoist, /run/hoist, /run/buildkit;
#   - daemons: dockerd, the registry and buildkitd, each started only when not answering;
#   - the kernel's binfmt_misc: mounts it if needed, registers/enables qemu-aarch64;
#   - buildx: creates the builder "hoist" and makes it the current one (--global --default);
#   - the Docker engine: tags moby/buildkit:buildx-stable-1 and tonistiigi/binfmt:latest
#     (stand-ins for images that cannot be pulled here).
# `up` writes what it added to a record ($RECORD, default /var/lib/hoist/up.record), so that
# `down` takes away only that: a handler, builder or tag that was there before `up` stays.
# `down`: restores the builder that was current before `up` and removes the builder `up`
# made, untags the images `up` tagged, stops the daemons `up` started (their pid files in
# /run/hoist), removes or disables the binfmt handlers `up` registered or enabled, and
# removes dpkg's arm64 architecture if `up` added it. It leaves the installed packages and
# binaries, the data directories (registry, BuildKit and Docker state, base images, Go
# build cache), the logs, the runc wrapper, and the binfmt_misc mount: the next `up` is
# then seconds again.
#
# Another instance beside the machine's own (test/e2e/toolchain-down.test.ts runs one so
# it never touches the shared toolchain): HOIST_TC_BUILDER (builder name), HOIST_TC_RUN_DIR,
# HOIST_TC_LOG_DIR, HOIST_TC_RECORD, HOIST_TC_BUILDKIT_SOCK, HOIST_TC_BUILDKIT_ROOT and
# HOIST_TC_BINFMT_DIR (a binfmt_misc mount), with HOME set apart for buildx's own store.
# dockerd and the registry are shared: an instance that finds them answering did not start
# them, and its `down` leaves them.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TC_DIR=$SCRIPT_DIR/toolchain            # committed: go.mod/go.sum, configs, Dockerfiles, wrapper

BUILDX_VERSION=v0.36.1
BUILDKIT_VERSION=v0.32.2
ACT_VERSION=v0.2.89

STATE_DIR=/var/lib/hoist                # kept across down/up: registry data, staging, gobin
LOG_DIR=${HOIST_TC_LOG_DIR:-/var/log/hoist}
RUN_DIR=${HOIST_TC_RUN_DIR:-/run/hoist} # pid files, config hashes of running daemons
RECORD=${HOIST_TC_RECORD:-$STATE_DIR/up.record} # what `up` added, for `down`
REGISTRY_DIR=$STATE_DIR/registry
BASES_DIR=$STATE_DIR/bases              # base image staging (kept out of the repo)
GOBIN_DIR=$STATE_DIR/gobin              # buildx is built here, then copied as a CLI plugin

WRAPPER=/usr/local/lib/hoist/runc-wrapper
RUNTIME_NAME=hoist-runc
DOCKER_SOCK=unix:///var/run/docker.sock
BUILDKIT_SOCK=${HOIST_TC_BUILDKIT_SOCK:-unix:///run/buildkit/buildkitd.sock}
BUILDKIT_ROOT=${HOIST_TC_BUILDKIT_ROOT:-/var/lib/buildkit}
REGISTRY=127.0.0.1:5000
BUILDER=${HOIST_TC_BUILDER:-hoist}
BINFMT_DIR=${HOIST_TC_BINFMT_DIR:-/proc/sys/fs/binfmt_misc}
QEMU_HANDLERS=(qemu-aarch64)            # Debian's qemu-user-static files in /usr/share/binfmts
PLUGIN_DIRS=("${HOME:-/root}/.docker/cli-plugins" /usr/local/lib/docker/cli-plugins)

APT_PACKAGES=(docker.io docker-registry qemu-user-static binfmt-support runc skopeo
  curl jq ca-certificates openssl)

BASE_BUSYBOX=$REGISTRY/base/busybox:latest
BASE_GOLANG=$REGISTRY/base/golang
# BuildKit as an image, for docker-container builders (what setup-buildx makes by default).
BUILDKIT_IMAGE_REPO=$REGISTRY/hoist/buildkit
BUILDKIT_DEFAULT_IMAGE=moby/buildkit:buildx-stable-1
# QEMU handler registration as docker/setup-qemu-action does it (a stand-in of tonistiigi/binfmt).
BINFMT_IMAGE_REPO=$REGISTRY/hoist/binfmt
BINFMT_DEFAULT_IMAGE=tonistiigi/binfmt:latest
BINFMT_SRC=$TC_DIR/binfmt              # committed: Dockerfile, entrypoint, staging script

# The docker CLI 28.x in /usr/local/bin must win over Debian's older /usr/bin/docker.
export PATH=/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:$PATH

# ---------------------------------------------------------------- helpers

say() { echo "    $*"; }

# Log of the step being run; noisy commands go there, its tail is shown on failure.
STEP_LOG=/dev/null
quiet() { "$@" >>"$STEP_LOG" 2>&1; }

# now: seconds since epoch with microseconds (bash 5).
now() { echo "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

TIMINGS=()
# run_step NAME FUNCTION [DAEMON_LOG]: time a step; on failure name it, show log tails, exit.
run_step() {
  local name=$1 fn=$2 daemon_log=${3:-} t0 rc dt
  STEP_LOG=$LOG_DIR/step-$name.log
  : >"$STEP_LOG"
  echo "==> step: $name"
  t0=$(now)
  set +e
  (set -e; "$fn")          # subshell so `set -e` stays in force inside the step
  rc=$?
  set -e
  dt=$(elapsed "$t0")
  TIMINGS+=("$(printf '%-10s %6ss' "$name" "$dt")")
  if ((rc != 0)); then
    echo "!! step FAILED: $name (exit $rc, after ${dt}s)" >&2
    if [[ -s $STEP_LOG ]]; then
      echo "--- tail of $STEP_LOG" >&2
      tail -n 40 "$STEP_LOG" >&2
    fi
    if [[ -n $daemon_log && -s $daemon_log ]]; then
      echo "--- tail of $daemon_log" >&2
      tail -n 40 "$daemon_log" >&2
    fi
    exit "$rc"
  fi
  say "ok ($dt s)"
}

# wait_daemon NAME SECONDS CMD...: poll CMD until it succeeds; give up as soon as the
# daemon we just started has exited.
wait_daemon() {
  local name=$1 deadline=$((SECONDS + $2)) pid; shift 2
  pid=$(<"$(pidfile "$name")")
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name (pid $pid) exited; see $LOG_DIR/$name.log" >&2
      return 1
    fi
    ((SECONDS < deadline)) || { echo "$name did not answer in $2 s" >&2; return 1; }
    sleep 0.2
  done
}

# last_start_log NAME: the daemon's log since our last start marker.
last_start_log() { awk '/^---- .* hoist toolchain starting:/ { buf = "" } { buf = buf $0 "\n" } END { printf "%s", buf }' "$LOG_DIR/$1.log"; }

pidfile() { echo "$RUN_DIR/$1.pid"; }

# pid_is PID BINARY: PID is alive and runs BINARY (pids are reused; /run survives restarts).
pid_is() {
  local argv0
  [[ $1 =~ ^[0-9]+$ && -r /proc/$1/cmdline ]] || return 1
  argv0=$(tr '\0' '\n' <"/proc/$1/cmdline" | head -n1)
  [[ ${argv0##*/} == "$2" ]]
}

# daemon_pid NAME BINARY: pid from our pid file if that process is alive and is BINARY.
daemon_pid() {
  local f pid
  f=$(pidfile "$1")
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  pid_is "$pid" "$2" || return 1
  echo "$pid"
}

# start_daemon NAME CMD...: run CMD detached (own session), output appended to its log.
start_daemon() {
  local name=$1; shift
  local log=$LOG_DIR/$name.log
  echo "---- $(date -Is) hoist toolchain starting: $*" >>"$log"
  # 9>&-: the daemon must not inherit (and so hold forever) the toolchain lock.
  setsid "$@" >>"$log" 2>&1 </dev/null 9>&- &
  echo $! >"$(pidfile "$name")"
}

# stop_daemon NAME BINARY: TERM the process we started, KILL after 40 s.
stop_daemon() {
  local name=$1 bin=$2 pid i
  if ! pid=$(daemon_pid "$name" "$bin"); then
    say "$name: not started by this toolchain (no live pid in $(pidfile "$name")), left"
    rm -f "$(pidfile "$name")"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 200; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name: still alive after 40 s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pidfile "$name")"
  say "$name: stopped (pid $pid)"
}

file_hash() { sha256sum "$1" | cut -d' ' -f1; }

# The record of what `up` added, for `down`: one "KIND VALUE" line per change, written once.
# Kinds: builder, previous-builder, tag, binfmt-added, binfmt-enabled, dpkg-arch.
record() {
  mkdir -p "$(dirname "$RECORD")"
  grep -qxF "$1 $2" "$RECORD" 2>/dev/null || echo "$1 $2" >>"$RECORD"
}
recorded() { awk -v k="$1" '$1 == k { print $2 }' "$RECORD" 2>/dev/null || true; }

# The builder buildx takes when none is named (its store's `current` file; no daemon asked).
current_builder() {
  local name
  name=$(jq -r '.Name // empty' "${DOCKER_CONFIG:-${HOME:-/root}/.docker}/buildx/current" 2>/dev/null || true)
  echo "${name:-default}"
}

docker_up() { timeout 10 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1; }
registry_up() { curl -fsS -o /dev/null --max-time 3 "http://$REGISTRY/v2/" 2>/dev/null; }
buildkitd_up() { timeout 10 buildctl --addr "$BUILDKIT_SOCK" debug workers >/dev/null 2>&1; }

# platforms REPO TAG: "os/arch" lines of a registry index (empty if missing).
platforms() {
  curl -fsS --max-time 5 \
    -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json' \
    "http://$REGISTRY/v2/$1/manifests/$2" 2>/dev/null |
    jq -r '.manifests[]?.platform | select(.) | "\(.os)/\(.architecture)"' 2>/dev/null
}
has_both_platforms() {
  local p
  p=$(platforms "$1" "$2") || return 1
  grep -qx linux/amd64 <<<"$p" && grep -qx linux/arm64 <<<"$p"
}

# Go version of the machine's toolchain, e.g. go1.26.8 -> 1.26.8 / 1.26.
go_version() { go env GOVERSION | sed 's/^go//'; }
go_minor() { go_version | cut -d. -f1,2; }

# ---------------------------------------------------------------- steps of `up`

step_preflight() {
  [[ $(id -u) -eq 0 ]] || { echo "must run as root" >&2; return 1; }
  command -v go >/dev/null || { echo "go not found (expected /usr/local/go)" >&2; return 1; }
  mkdir -p "$STATE_DIR" "$LOG_DIR" "$RUN_DIR" "$REGISTRY_DIR" "$BASES_DIR" "$GOBIN_DIR"
  say "go $(go_version), state $STATE_DIR, logs $LOG_DIR"
}

# 1. Debian packages; apt-get is skipped entirely when all are installed.
step_apt() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    say "all packages installed, apt skipped"
  else
    say "installing: ${missing[*]}"
    # Packages must not start services themselves (docker.io would bring up a dockerd
    # with the default 172.17/16 bridge, docker-registry one on all interfaces):
    # policy-rc.d exit 101 forbids it, as Debian's container images do.
    local policy_added=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
      chmod +x /usr/sbin/policy-rc.d
      policy_added=1
    fi
    local rc=0
    quiet apt-get update || rc=$?
    ((rc == 0)) && { DEBIAN_FRONTEND=noninteractive quiet apt-get install -y --no-install-recommends "${missing[@]}" || rc=$?; }
    [[ -n $policy_added ]] && rm -f /usr/sbin/policy-rc.d
    ((rc == 0)) || return "$rc"
  fi
  # The CLI that answers `docker` must stay the 28.x one in /usr/local/bin.
  local cli ver
  cli=$(command -v docker)
  ver=$(docker version --format '{{.Client.Version}}' 2>/dev/null || true)
  say "docker CLI: $cli $ver"
  [[ $ver == 28.* ]] || { echo "docker CLI is '$ver' ($cli), expected 28.x from /usr/local/bin" >&2; return 1; }
}

# The runc wrapper (drops CAP_SYS_RESOURCE, absent from this sandbox's bounding set)
# is installed outside the repo so dockerd/buildkitd never depend on a checkout's path.
install_wrapper() {
  if ! cmp -s "$TC_DIR/runc-wrapper.sh" "$WRAPPER"; then
    install -D -m 0755 "$TC_DIR/runc-wrapper.sh" "$WRAPPER"
    say "installed runc wrapper at $WRAPPER"
  fi
}

# clear_stale_pidfile FILE BINARY: /run is not a tmpfs here, so after a machine restart a
# pid file may name a pid now used by another process; dockerd would then refuse to start.
clear_stale_pidfile() {
  [[ -s $1 ]] || return 0
  pid_is "$(<"$1")" "$2" || rm -f "$1"
}

start_dockerd() {
  local driver=$1
  clear_stale_pidfile /var/run/docker.pid dockerd
  clear_stale_pidfile /var/run/docker/containerd/containerd.pid containerd
  start_daemon dockerd dockerd \
    --host "$DOCKER_SOCK" \
    --bridge=none --iptables=false \
    --storage-driver "$driver" \
    --exec-opt native.cgroupdriver=cgroupfs \
    --add-runtime "$RUNTIME_NAME=$WRAPPER" --default-runtime "$RUNTIME_NAME"
}

# 2. dockerd, host networking only, default runtime = runc wrapper.
step_dockerd() {
  install_wrapper
  if docker_up; then
    say "dockerd already answers"
  else
    # A storage driver that once fell back to vfs stays vfs (the data lives there).
    local driver
    driver=$(cat "$STATE_DIR/dockerd.storage-driver" 2>/dev/null || echo overlay2)
    start_dockerd "$driver"
    if ! wait_daemon dockerd 60 docker_up; then
      # Fall back to vfs only when dockerd died over overlay2 itself.
      if [[ $driver == overlay2 ]] && ! daemon_pid dockerd dockerd >/dev/null &&
        last_start_log dockerd | grep -qi overlay; then
        echo "!! overlay2 failed (see $LOG_DIR/dockerd.log); FALLING BACK to vfs storage" | tee -a "$STEP_LOG"
        driver=vfs
        start_dockerd "$driver"
        wait_daemon dockerd 60 docker_up
      else
        return 1
      fi
    fi
    echo "$driver" >"$STATE_DIR/dockerd.storage-driver"
  fi
  local info
  info=$(docker info --format '{{.ServerVersion}} {{.Driver}} {{.DefaultRuntime}} {{.CgroupDriver}}')
  say "dockerd: version/storage/runtime/cgroup = $info"
  [[ $info == *" $RUNTIME_NAME "* ]] ||
    { echo "dockerd is running without the $RUNTIME_NAME default runtime (not started by this script?); run '$0 down' and stop it" >&2; return 1; }
}

# 3. Plain-HTTP registry on loopback; restarted when its config changed.
step_registry() {
  local cfg=$TC_DIR/registry.yml hashf=$RUN_DIR/registry.config.sha256
  if registry_up; then
    if daemon_pid registry docker-registry >/dev/null && [[ $(cat "$hashf" 2>/dev/null) != "$(file_hash "$cfg")" ]]; then
      say "registry config changed, restarting"
      stop_daemon registry docker-registry
    else
      say "registry already answers on http://$REGISTRY"
      return 0
    fi
  fi
  mkdir -p "$REGISTRY_DIR"
  start_daemon registry docker-registry serve "$cfg"
  file_hash "$cfg" >"$hashf"
  wait_daemon registry 30 registry_up
  say "registry up on http://$REGISTRY (data in $REGISTRY_DIR)"
}

# 4. QEMU user emulation for linux/arm64 (F flag: interpreter usable inside containers).
#    Written to $BINFMT_DIR/register from Debian's import file, as `update-binfmts --import`
#    would, so that another binfmt_misc mount can be aimed at (HOIST_TC_BINFMT_DIR).
register_handler() { # NAME
  local f=/usr/share/binfmts/$1 flags=""
  [[ -r $f ]] || { echo "no $f (is qemu-user-static installed?)" >&2; return 1; }
  field() { awk -v k="$1" '$1 == k { print $2 }' "$f"; }
  [[ $(field preserve) == yes ]] && flags+=P
  [[ $(field credentials) == yes ]] && flags+=C
  [[ $(field fix_binary) == yes ]] && flags+=F
  printf ':%s:M:%s:%s:%s:%s:%s' "$1" "$(field offset)" "$(field magic)" "$(field mask)" "$(field interpreter)" "$flags" \
    >"$BINFMT_DIR/register"
}
step_qemu() {
  local name f
  if [[ $BINFMT_DIR == /proc/sys/fs/binfmt_misc ]]; then
    mountpoint -q "$BINFMT_DIR" || mount -t binfmt_misc binfmt_misc "$BINFMT_DIR"
  fi
  [[ -e $BINFMT_DIR/register ]] || { echo "$BINFMT_DIR is not a binfmt_misc mount" >&2; return 1; }
  for name in "${QEMU_HANDLERS[@]}"; do
    f=$BINFMT_DIR/$name
    if [[ -f $f ]] && head -n1 "$f" | grep -qx enabled && grep -q '^flags: .*F' "$f"; then
      say "$name already enabled ($(grep '^flags:' "$f"))"
      continue
    fi
    if [[ -f $f ]]; then
      echo 1 >"$f"
      record binfmt-enabled "$name"
    else
      register_handler "$name"
      record binfmt-added "$name"
    fi
    if ! { [[ -f $f ]] && head -n1 "$f" | grep -qx enabled; }; then
      echo "$name not enabled" >&2
      return 1
    fi
    grep -q '^flags: .*F' "$f" || { echo "$name lacks the F flag: $(grep '^flags:' "$f")" >&2; return 1; }
    say "$name enabled ($(grep '^flags:' "$f"))"
  done
}

# 5a. buildx CLI plugin, version-stamped (else it reports v0.0.0+unknown).
step_buildx() {
  local d ok=1
  for d in "${PLUGIN_DIRS[@]}"; do
    "$d/docker-buildx" version 2>/dev/null | grep -q " $BUILDX_VERSION " || ok=0
  done
  if ((ok)); then
    say "buildx $BUILDX_VERSION already installed"
    return 0
  fi
  if ! "$GOBIN_DIR/buildx" version 2>/dev/null | grep -q " $BUILDX_VERSION "; then
    say "building buildx $BUILDX_VERSION from the Go module proxy (minutes when cold)"
    GOBIN=$GOBIN_DIR quiet go install -buildvcs=false \
      -ldflags "-X github.com/docker/buildx/version.Version=$BUILDX_VERSION" \
      "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION"
  fi
  for d in "${PLUGIN_DIRS[@]}"; do
    "$d/docker-buildx" version 2>/dev/null | grep -q " $BUILDX_VERSION " ||
      install -D -m 0755 "$GOBIN_DIR/buildx" "$d/docker-buildx"
  done
  docker buildx version | grep -q " $BUILDX_VERSION " ||
    { echo "docker buildx version: $(docker buildx version 2>&1)" >&2; return 1; }
  say "$(docker buildx version)"
}

# 5b. buildkitd + buildctl. `go install pkg@version` refuses buildkit's go.mod (exclude
# directives), so they are tools of our own module, scripts/toolchain/go.mod.
step_buildkit_bins() {
  if buildkitd --version 2>/dev/null | grep -q " $BUILDKIT_VERSION" &&
    buildctl --version 2>/dev/null | grep -q " $BUILDKIT_VERSION"; then
    say "buildkitd/buildctl $BUILDKIT_VERSION already installed"
    return 0
  fi
  say "building buildkitd + buildctl $BUILDKIT_VERSION (minutes when cold)"
  (cd "$TC_DIR" && GOBIN=/usr/local/bin quiet go install -buildvcs=false \
    -ldflags "-X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION" tool)
  buildkitd --version | grep -q " $BUILDKIT_VERSION" ||
    { echo "buildkitd --version: $(buildkitd --version 2>&1)" >&2; return 1; }
  say "$(buildkitd --version)"
}

# 6. buildkitd: runc (wrapper) worker, host network, amd64+arm64; restarted when its
#    config or binary version changed.
step_buildkitd() {
  install_wrapper
  local cfg=$TC_DIR/buildkitd.toml hashf=$RUN_DIR/buildkitd.config.sha256 want
  want="$(file_hash "$cfg") $BUILDKIT_VERSION"
  if buildkitd_up; then
    if daemon_pid buildkitd buildkitd >/dev/null && [[ $(cat "$hashf" 2>/dev/null) != "$want" ]]; then
      say "buildkitd config or version changed, restarting"
      stop_daemon buildkitd buildkitd
    else
      say "buildkitd already answers on $BUILDKIT_SOCK"
      return 0
    fi
  fi
  mkdir -p "$(dirname "${BUILDKIT_SOCK#unix://}")" "$BUILDKIT_ROOT"
  start_daemon buildkitd buildkitd \
    --config "$cfg" \
    --addr "$BUILDKIT_SOCK" \
    --root "$BUILDKIT_ROOT" \
    --oci-worker-net=host \
    --allow-insecure-entitlement network.host \
    --allow-insecure-entitlement security.insecure
  echo "$want" >"$hashf"
  wait_daemon buildkitd 60 buildkitd_up
  say "buildkitd up, worker platforms: $(buildctl --addr "$BUILDKIT_SOCK" debug workers | awk 'NR==2 {print $2}')"
}

# 7. buildx builder "hoist" (remote driver -> our buildkitd), the global default.
step_builder() {
  local out
  if out=$(docker buildx inspect "$BUILDER" 2>/dev/null) && ! grep -q "$BUILDKIT_SOCK" <<<"$out"; then
    say "builder $BUILDER points elsewhere, recreating"
    quiet docker buildx rm "$BUILDER"
  fi
  if ! docker buildx inspect "$BUILDER" >/dev/null 2>&1; then
    quiet docker buildx create --name "$BUILDER" --driver remote "$BUILDKIT_SOCK"
    record builder "$BUILDER"
  fi
  out=$(docker buildx inspect "$BUILDER" --bootstrap 2>&1) || { echo "$out" >&2; return 1; }
  if ! grep -q 'linux/amd64' <<<"$out" || ! grep -q 'linux/arm64' <<<"$out"; then
    echo "builder $BUILDER lacks linux/amd64 + linux/arm64:" >&2
    echo "$out" >&2
    return 1
  fi
  local current
  current=$(current_builder)
  if [[ $current != "$BUILDER" && -z $(recorded previous-builder) ]]; then
    record previous-builder "$current"
  fi
  quiet docker buildx use "$BUILDER" --default --global
  say "builder $BUILDER: $(grep -m1 '^Platforms:' <<<"$out" | sed 's/^Platforms: *//')"
}

# busybox rootfs for one arch from Debian's busybox-static .deb.
make_busybox_rootfs() {
  local arch=$1 dir=$BASES_DIR/busybox applet debs
  local root=$dir/rootfs-$arch
  debs=("$dir"/debs/busybox-static_*_"$arch".deb)
  rm -rf "${root:?}"
  dpkg -x "${debs[0]}" "$root"
  rm -rf "${root:?}/usr/share"
  # Applet links: the amd64 binary's list serves both arches (same package version).
  while read -r applet; do
    [[ -e $root/$applet || -L $root/$applet ]] && continue
    mkdir -p "$root/$(dirname "$applet")"
    ln -s /bin/busybox "$root/$applet"
  done < <("$dir/rootfs-amd64/bin/busybox" --list-full)
  mkdir -p "$root/etc" "$root/root" "$root/tmp"
  chmod 0700 "$root/root"
  chmod 1777 "$root/tmp"
  # A root passwd entry matters: without it BuildKit runs RUN with HOME=/ and a
  # --mount=type=cache,target=/root/.cache/go-build is silently unused.
  printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' \
    'nobody:x:65534:65534:nobody:/nonexistent:/bin/false' >"$root/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' >"$root/etc/group"
  printf '%s\n' 'hosts: files dns' >"$root/etc/nsswitch.conf"
}

build_busybox() { # RECIPE
  local dir=$BASES_DIR/busybox
  mkdir -p "$dir/debs"
  if ! ls "$dir"/debs/busybox-static_*_amd64.deb >/dev/null 2>&1 ||
    ! ls "$dir"/debs/busybox-static_*_arm64.deb >/dev/null 2>&1; then
    # arm64 .debs need the foreign architecture and its package lists.
    dpkg --print-foreign-architectures | grep -qx arm64 || dpkg --add-architecture arm64
    rm -f "$dir"/debs/*.deb
    if ! (cd "$dir/debs" && quiet apt-get download busybox-static:amd64 busybox-static:arm64); then
      quiet apt-get update
      (cd "$dir/debs" && quiet apt-get download busybox-static:amd64 busybox-static:arm64)
    fi
  fi
  make_busybox_rootfs amd64
  make_busybox_rootfs arm64
  say "busybox rootfs from: $(cd "$dir/debs" && echo *.deb)"
  quiet docker buildx build --builder "$BUILDER" --platform linux/amd64,linux/arm64 \
    --provenance=false --push -t "$BASE_BUSYBOX" -t "$REGISTRY/base/busybox:recipe-$1" \
    -f "$TC_DIR/busybox.Dockerfile" "$dir"
}

build_golang() { # RECIPE
  local dir=$BASES_DIR/golang ver mod json src
  ver=$(go_version)
  mod="golang.org/toolchain@v0.0.1-go$ver.linux-arm64"
  # context: rootfs/ = /go (GOPATH, 1777 like the official image) + CA certificates
  rm -rf "$dir/ctx"
  mkdir -p "$dir/ctx/rootfs/go/bin" "$dir/ctx/rootfs/go/src" "$dir/ctx/rootfs/etc/ssl/certs"
  chmod 1777 "$dir/ctx/rootfs/go" "$dir/ctx/rootfs/go/bin" "$dir/ctx/rootfs/go/src"
  cp /etc/ssl/certs/ca-certificates.crt "$dir/ctx/rootfs/etc/ssl/certs/"
  if [[ $(cat "$dir/goroot-arm64/VERSION.hoist" 2>/dev/null) != "$ver" ]]; then
    say "fetching $mod from the Go module proxy"
    json=$(cd "$dir" && GOFLAGS=-mod=mod go mod download -json "$mod")
    src=$(jq -r .Dir <<<"$json")
    [[ -d $src/bin ]] || { echo "no GOROOT in $src: $json" >&2; return 1; }
    rm -rf "$dir/goroot-arm64"
    cp -a "$src" "$dir/goroot-arm64"
    chmod -R u+w "$dir/goroot-arm64"
    # the module cache drops exec bits; go would be "Permission denied" in the image
    chmod +x "$dir"/goroot-arm64/bin/* "$dir"/goroot-arm64/pkg/tool/*/*
    echo "$ver" >"$dir/goroot-arm64/VERSION.hoist"
  fi
  quiet docker buildx build --builder "$BUILDER" --platform linux/amd64,linux/arm64 \
    --provenance=false --push \
    -t "$BASE_GOLANG:latest" -t "$BASE_GOLANG:$(go_minor)" -t "$BASE_GOLANG:$ver" -t "$BASE_GOLANG:recipe-$1" \
    --build-context goroot-amd64=/usr/local/go \
    --build-context goroot-arm64="$dir/goroot-arm64" \
    -f "$TC_DIR/golang.Dockerfile" "$dir/ctx"
}

# Recipe tags: each base image is also pushed as :recipe-HASH, HASH covering its
# Dockerfile and the shell code that stages it (and, for golang, the Go version and the
# busybox recipe). A changed recipe rebuilds; the registry itself is the record, so a
# wiped registry rebuilds too.
recipe_busybox() {
  { declare -f build_busybox make_busybox_rootfs; cat "$TC_DIR/busybox.Dockerfile"; } |
    sha256sum | cut -c1-12
}
recipe_golang() {
  { declare -f build_golang; cat "$TC_DIR/golang.Dockerfile"; go_version; recipe_busybox; } |
    sha256sum | cut -c1-12
}

# 8. Local base images in the loopback registry (nothing can be pulled here).
step_bases() {
  local rb rg ver
  rb=$(recipe_busybox)
  rg=$(recipe_golang)
  ver=$(go_version)
  if has_both_platforms base/busybox latest && has_both_platforms base/busybox "recipe-$rb"; then
    say "$BASE_BUSYBOX present (recipe-$rb)"
  else
    say "building $BASE_BUSYBOX (recipe-$rb)"
    # build_busybox may add dpkg's arm64 architecture (kept out of it: its text is its recipe).
    local archs
    archs=$(dpkg --print-foreign-architectures)
    build_busybox "$rb"
    grep -qx arm64 <<<"$archs" || ! dpkg --print-foreign-architectures | grep -qx arm64 || record dpkg-arch arm64
    has_both_platforms base/busybox "recipe-$rb" || { echo "busybox push did not land" >&2; return 1; }
  fi
  local tag stale=0
  for tag in latest "$(go_minor)" "$ver" "recipe-$rg"; do
    has_both_platforms base/golang "$tag" || stale=1
  done
  if ((stale == 0)); then
    say "$BASE_GOLANG:{latest,$(go_minor),$ver} present (recipe-$rg)"
  else
    say "building $BASE_GOLANG:{latest,$(go_minor),$ver} (recipe-$rg)"
    build_golang "$rg"
    has_both_platforms base/golang "recipe-$rg" || { echo "golang push did not land" >&2; return 1; }
  fi
}

# 8b. A BuildKit image for the docker-container driver (moby/buildkit cannot be pulled
#     here): this machine's buildkitd, buildctl and runc, each with the libraries ldd
#     lists for it, on the local busybox base. Its buildkitd config is the toolchain's
#     minus the runc wrapper (the outer container is already started through it).
BUILDKIT_CONTAINER_TOML=$TC_DIR/buildkitd.toml
stage_binary() { # ROOTFS FILE
  local root=$1 bin=$2 lib
  install -D -m 0755 "$bin" "$root/usr/bin/$(basename "$bin")"
  for lib in $(ldd "$bin" | grep -o '/[^ ]*\.so[^ ]*'); do install -D -m 0755 "$lib" "$root$lib"; done
}
build_buildkit_image() { # RECIPE
  local dir=$RUN_DIR/buildkit-image bin
  rm -rf "$dir"
  mkdir -p "$dir/rootfs/etc/buildkit"
  for bin in "$(command -v buildkitd)" "$(command -v buildctl)" /usr/sbin/runc; do stage_binary "$dir/rootfs" "$bin"; done
  grep -v '^ *binary *=' "$BUILDKIT_CONTAINER_TOML" >"$dir/rootfs/etc/buildkit/buildkitd.toml"
  printf 'FROM %s\nCOPY rootfs/ /\nENTRYPOINT ["buildkitd"]\n' "$BASE_BUSYBOX" >"$dir/Dockerfile"
  quiet docker buildx build --builder "$BUILDER" --platform linux/amd64 --provenance=false --push \
    -t "$BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION" -t "$BUILDKIT_IMAGE_REPO:recipe-$1" "$dir"
}
recipe_buildkit_image() {
  { declare -f build_buildkit_image stage_binary; sha256sum "$(command -v buildkitd)" "$(command -v buildctl)" /usr/sbin/runc "$BUILDKIT_CONTAINER_TOML"; recipe_busybox; } |
    sha256sum | cut -c1-12
}
step_buildkit_image() {
  local r
  r=$(recipe_buildkit_image)
  if curl -fsS -o /dev/null --max-time 5 -I -H 'Accept: application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/hoist/buildkit/manifests/recipe-$r"; then
    say "$BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION present (recipe-$r)"
    return 0
  fi
  say "building $BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION (recipe-$r)"
  build_buildkit_image "$r"
}
# buildx's docker-container driver boots moby/buildkit:buildx-stable-1 unless driver-opts
# name an image; it cannot be pulled here, and buildx falls back to a local image of that
# name ("using local image"). The engine's copy of ours stands in for it, as a hosted
# runner's pull of Docker Hub's would.
step_buildkit_default_image() {
  local want have
  quiet docker pull "$BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION"
  want=$(docker image inspect --format '{{.Id}}' "$BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION")
  have=$(docker image inspect --format '{{.Id}}' "$BUILDKIT_DEFAULT_IMAGE" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    docker tag "$BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION" "$BUILDKIT_DEFAULT_IMAGE"
    [[ -n $have ]] || record tag "$BUILDKIT_DEFAULT_IMAGE"
  fi
  say "$BUILDKIT_DEFAULT_IMAGE -> $BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION"
}

# 8c. setup-qemu-action registers QEMU with `docker run --privileged --rm tonistiigi/binfmt
#     --install <archs>`; that image cannot be pulled here. The stand-in (binfmt/): the local
#     busybox base, Debian's qemu-*-static from this machine, the magic/mask of Debian's
#     /usr/share/binfmts files baked in per arch, BuildKit's per-arch test programs (what
#     tonistiigi/binfmt runs to list "supported"), and a shell entrypoint with binfmt's CLI
#     and JSON. Pushed as :recipe-HASH, then tagged tonistiigi/binfmt:latest in the engine.
build_binfmt_image() { # RECIPE
  local dir=$BASES_DIR/binfmt-image bk
  rm -rf "$dir"
  mkdir -p "$dir"
  # The toolchain's own BuildKit source (module cache; the proxy when cold), outside our module.
  bk=$(cd "$dir" && GOFLAGS=-mod=mod go mod download -json "github.com/moby/buildkit@$BUILDKIT_VERSION" | jq -r .Dir)
  [[ -d $bk/util/archutil ]] || { echo "no util/archutil in '$bk'" >&2; return 1; }
  bash "$BINFMT_SRC/stage.sh" "$dir/rootfs" "$bk/util/archutil" >>"$STEP_LOG" 2>&1
  quiet docker buildx build --builder "$BUILDER" --platform linux/amd64 --provenance=false --push \
    --build-arg "BASE=$BASE_BUSYBOX" -f "$BINFMT_SRC/Dockerfile" \
    -t "$BINFMT_IMAGE_REPO:latest" -t "$BINFMT_IMAGE_REPO:recipe-$1" "$dir"
  rm -rf "$dir" # ~110 MB of QEMU binaries; the registry holds the image
}
recipe_binfmt_image() {
  { declare -f build_binfmt_image; cat "$BINFMT_SRC"/*; echo "$BUILDKIT_VERSION";
    dpkg-query -W -f='${Version}\n' qemu-user-static; cat /usr/share/binfmts/qemu-*; recipe_busybox; } |
    sha256sum | cut -c1-12
}
step_binfmt_image() {
  local r ref want have stale
  r=$(recipe_binfmt_image)
  ref=$BINFMT_IMAGE_REPO:recipe-$r
  if curl -fsS -o /dev/null --max-time 5 -I -H 'Accept: application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/hoist/binfmt/manifests/recipe-$r" 2>/dev/null; then
    say "$ref present"
  else
    say "building $ref"
    build_binfmt_image "$r"
  fi
  quiet docker pull "$ref"
  want=$(docker image inspect --format '{{.Id}}' "$ref")
  have=$(docker image inspect --format '{{.Id}}' "$BINFMT_DEFAULT_IMAGE" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    docker tag "$ref" "$BINFMT_DEFAULT_IMAGE"
    [[ -n $have ]] || record tag "$BINFMT_DEFAULT_IMAGE"
    # A new image: it must answer as tonistiigi/binfmt does (status JSON; registers nothing).
    local out
    out=$(docker run --privileged --rm "$BINFMT_DEFAULT_IMAGE" 2>&1) || { echo "$BINFMT_DEFAULT_IMAGE failed: $out" >&2; return 1; }
    jq -e '.supported | index("linux/amd64")' <<<"$out" >/dev/null || { echo "$BINFMT_DEFAULT_IMAGE printed: $out" >&2; return 1; }
    say "$BINFMT_DEFAULT_IMAGE answers: $(jq -c . <<<"$out")"
  fi
  # The engine's copies of earlier recipes (~110 MB each) go.
  stale=$(docker images --format '{{.Repository}}:{{.Tag}}' "$BINFMT_IMAGE_REPO" | grep -vx "$ref" || true)
  [[ -z $stale ]] || quiet docker rmi $stale
  say "$BINFMT_DEFAULT_IMAGE -> $ref"
}

# 9. nektos/act, the local workflow runner.
step_act() {
  if act --version 2>/dev/null | grep -q "${ACT_VERSION#v}"; then
    say "$(act --version) already installed"
    return 0
  fi
  say "building act $ACT_VERSION"
  GOBIN=/usr/local/bin quiet go install -buildvcs=false \
    -ldflags "-X main.version=${ACT_VERSION#v}" "github.com/nektos/act@$ACT_VERSION"
  act --version | grep -q "${ACT_VERSION#v}" || { echo "act --version: $(act --version 2>&1)" >&2; return 1; }
  say "$(act --version)"
}

# 10. Summary.
print_summary() {
  echo "==> toolchain ready"
  say "docker client/server: $(docker version --format '{{.Client.Version}} / {{.Server.Version}}')"
  say "buildx:    $(docker buildx version)"
  say "buildkitd: $(buildkitd --version)"
  say "builder:   $BUILDER -> $BUILDKIT_SOCK: $(docker buildx inspect "$BUILDER" | grep -m1 '^Platforms:' | sed 's/^Platforms: *//')"
  say "registry:  http://$REGISTRY (data $REGISTRY_DIR)"
  say "bases:     $BASE_BUSYBOX  $BASE_GOLANG:latest  $BASE_GOLANG:$(go_minor)  $BASE_GOLANG:$(go_version)"
  say "buildkit image (docker-container driver): $BUILDKIT_IMAGE_REPO:$BUILDKIT_VERSION"
  say "act:       $(act --version)"
}

# ---------------------------------------------------------------- commands

cmd_up() {
  local t0; t0=$(now)
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  # One `up` at a time (tests may call it concurrently).
  exec 9>"$RUN_DIR/toolchain.lock"
  flock 9
  run_step preflight step_preflight
  run_step apt step_apt
  run_step dockerd step_dockerd "$LOG_DIR/dockerd.log"
  run_step registry step_registry "$LOG_DIR/registry.log"
  run_step qemu step_qemu
  run_step buildx step_buildx
  run_step buildkit step_buildkit_bins
  run_step buildkitd step_buildkitd "$LOG_DIR/buildkitd.log"
  run_step builder step_builder "$LOG_DIR/buildkitd.log"
  run_step bases step_bases "$LOG_DIR/buildkitd.log"
  run_step buildkit-image step_buildkit_image "$LOG_DIR/buildkitd.log"
  run_step buildkit-default step_buildkit_default_image
  run_step binfmt-image step_binfmt_image "$LOG_DIR/buildkitd.log"
  run_step act step_act
  print_summary
  echo "==> step timings"
  printf '    %s\n' "${TIMINGS[@]}"
  echo "==> up took $(elapsed "$t0") s"
}

cmd_down() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/toolchain.lock"
  flock 9
  echo "==> step: down"
  local keep=() name prev ref f
  # buildx: the builder that was current before `up`, then the builder(s) `up` made. A
  # builder of this name on the buildkitd this script started is ours too (a machine
  # brought up before the record existed).
  prev=$(recorded previous-builder | head -n1)
  if [[ -n $prev && $(current_builder) == "$BUILDER" ]]; then
    if docker buildx use --global "$prev" >/dev/null 2>&1 || docker buildx use --global default >/dev/null 2>&1; then
      say "current builder: $(current_builder) again"
    else
      say "could not make $prev current again"
    fi
  fi
  local builders
  builders=$(recorded builder)
  if daemon_pid buildkitd buildkitd >/dev/null &&
    docker buildx inspect "$BUILDER" 2>/dev/null | grep -q "$BUILDKIT_SOCK"; then
    builders=$(printf '%s\n%s\n' "$builders" "$BUILDER" | sort -u)
  fi
  for name in $builders; do
    if ! docker buildx inspect "$name" >/dev/null 2>&1; then
      say "builder $name: already gone"
    elif docker buildx rm "$name" >/dev/null 2>&1; then
      say "builder $name: removed"
    else
      say "builder $name: could not be removed"
      keep+=("builder $name")
    fi
  done
  # The Docker Hub names `up` gave local images (only names that were not there before).
  for ref in $(recorded tag); do
    if ! docker_up; then
      keep+=("tag $ref")
      say "tag $ref: dockerd is not answering, left"
    elif ! docker image inspect "$ref" >/dev/null 2>&1 || docker rmi "$ref" >/dev/null 2>&1; then
      say "tag $ref: removed"
    else
      keep+=("tag $ref")
      say "tag $ref: could not be removed (in use?)"
    fi
  done
  stop_daemon buildkitd buildkitd
  stop_daemon registry docker-registry
  stop_daemon dockerd dockerd
  # binfmt handlers: removed if `up` registered them, disabled if `up` only enabled them.
  for name in $(recorded binfmt-added); do
    f=$BINFMT_DIR/$name
    if [[ -f $f ]]; then echo -1 >"$f"; fi
    say "binfmt $name: removed"
  done
  for name in $(recorded binfmt-enabled); do
    f=$BINFMT_DIR/$name
    if [[ -f $f ]]; then echo 0 >"$f"; fi
    say "binfmt $name: disabled again"
  done
  for name in $(recorded dpkg-arch); do
    if dpkg --remove-architecture "$name" >/dev/null 2>&1; then
      say "dpkg architecture $name: removed"
    else
      keep+=("dpkg-arch $name")
      say "dpkg architecture $name: left (packages of it are installed)"
    fi
  done
  if ((${#keep[@]})); then printf '%s\n' "${keep[@]}" >"$RECORD"; else rm -f "$RECORD"; fi
  say "left: packages, binaries, $STATE_DIR, $BUILDKIT_ROOT, /var/lib/docker, logs in $LOG_DIR"
}

cmd_status() {
  local down=0 f=$BINFMT_DIR/qemu-aarch64 p
  check() { # LABEL DETAIL CMD...
    local label=$1 detail=$2; shift 2
    if "$@" >/dev/null 2>&1; then
      printf '  %-10s up    %s\n' "$label" "$detail"
    else
      printf '  %-10s DOWN  %s\n' "$label" "$detail"
      down=1
    fi
  }
  echo "==> hoist toolchain status"
  check dockerd "$(docker version --format 'client {{.Client.Version}} / server {{.Server.Version}}' 2>/dev/null || true)" docker_up
  check registry "http://$REGISTRY" registry_up
  check qemu "$(grep -s '^flags:' "$f" || true)" grep -qx enabled "$f"
  check buildkitd "$BUILDKIT_SOCK $(buildkitd --version 2>/dev/null | awk '{print $3}')" buildkitd_up
  p=$(docker buildx inspect "$BUILDER" 2>/dev/null | grep -m1 '^Platforms:' | sed 's/^Platforms: *//' || true)
  check builder "$BUILDER ${p:-}" bash -c "docker buildx inspect $BUILDER | grep -q 'Status: *running'"
  check busybox "$BASE_BUSYBOX" has_both_platforms base/busybox latest
  check golang "$BASE_GOLANG:latest" has_both_platforms base/golang latest
  check binfmt "$BINFMT_DEFAULT_IMAGE" docker image inspect "$BINFMT_DEFAULT_IMAGE"
  check buildx "$(docker buildx version 2>/dev/null || true)" bash -c "docker buildx version | grep -q ' $BUILDX_VERSION '"
  check act "$(act --version 2>/dev/null || true)" bash -c "act --version | grep -q '${ACT_VERSION#v}'"
  return "$down"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
