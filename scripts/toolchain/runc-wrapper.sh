#!/bin/bash
# hoist runc wrapper: dockerd's default runtime (and buildkitd's OCI worker binary).
#
# Why: this sandbox's capability bounding set lacks CAP_SYS_RESOURCE, so runc fails
# with "unable to apply caps: operation not permitted" for any container that asks
# for it (docker run --privileged, RUN --security=insecure). We drop that one
# capability from the OCI spec runc is about to apply, then exec the real runc.
#   create/run: the bundle's config.json (--bundle DIR, default: current dir)
#   exec:       the process json given with --process FILE
# Everything else is passed through untouched.
set -euo pipefail

REAL_RUNC=${HOIST_REAL_RUNC:-/usr/sbin/runc}
CAP=CAP_SYS_RESOURCE

cmd="" bundle="" process=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  a=${args[i]}
  case "$a" in
    --bundle=*) bundle=${a#--bundle=} ;;
    --bundle|-b) bundle=${args[i+1]:-} ;;
    --process=*) process=${a#--process=} ;;
    --process|-p) [[ $cmd == exec ]] && process=${args[i+1]:-} ;;
    create|run|exec)
      # the first runc command word wins (container ids are never these words)
      [[ -z $cmd ]] && cmd=$a ;;
  esac
done

# strip_caps FILE JQPATH: remove $CAP from every capability list under JQPATH.
strip_caps() {
  local file=$1 path=$2 tmp
  [[ -f $file ]] || return 0
  grep -q "$CAP" "$file" || return 0
  tmp=$(mktemp "$file.hoist.XXXXXX")
  if jq --arg cap "$CAP" \
    "if $path then $path |= with_entries(.value |= (if type == \"array\" then map(select(. != \$cap)) else . end)) else . end" \
    "$file" >"$tmp"; then
    chmod --reference="$file" "$tmp" 2>/dev/null || true
    mv -f "$tmp" "$file"
  else
    rm -f "$tmp"
  fi
}

case "$cmd" in
  create|run) strip_caps "${bundle:-.}/config.json" '.process.capabilities' ;;
  exec) [[ -n $process && $process != - ]] && strip_caps "$process" '.capabilities' ;;
esac

exec "$REAL_RUNC" "$@"
