#!/bin/sh
# /usr/bin/binfmt of hoist's tonistiigi/binfmt stand-in (busybox sh): the same command line
# and output as tonistiigi/binfmt's Go program (cmd/binfmt/main.go), run the same way:
#
#   docker run --privileged --rm tonistiigi/binfmt:latest [--install LIST] [--uninstall LIST]
#
#   --install arm64,riscv64   register QEMU handlers (arch or os/arch[/variant] names, or `all`)
#   --uninstall qemu-aarch64  remove handlers (handler names, globs like qemu-*, or arch names)
#   (no flags)                print {"supported": [...], "emulators": [...]} as JSON
#   --mount DIR, --version
#
# Each handler is registered as tonistiigi/binfmt does it,
#   :qemu-<name>:M:<offset>:<magic>:<mask>:/usr/bin/qemu-<name>-static:CF
# (the kernel shows flags "OCF": C implies O). F makes the kernel open the interpreter when
# the handler is registered, so it keeps working on the host after this container is gone.
# Magic and mask are written as \xNN text, which the kernel decodes.
#
# Where this stand-in is stricter than tonistiigi/binfmt (which logs every failure and still
# exits 0): an unknown arch, a failed register write, a failed uninstall write or a failed
# mount exit 1, after the status JSON; and it refuses to register the arch this machine runs
# natively (a qemu-x86_64 handler on an x86_64 kernel would capture every native program).
# Logs go to stderr, the JSON to stdout, as with log.Printf / fmt.Printf there.
set -u

DATA=/usr/share/binfmt
mount_dir=/proc/sys/fs/binfmt_misc
install_list=
uninstall_list=
show_version=
failed=0

log() { echo "$*" >&2; }

usage() {
  cat >&2 <<'EOF'
Usage of binfmt:
  -install string
    	architectures to install
  -mount string
    	binfmt_misc mount point (default "/proc/sys/fs/binfmt_misc")
  -uninstall string
    	architectures to uninstall
  -version
    	display version
EOF
}

# Go's flag syntax: -name value, --name value, -name=value, --name=value.
while [ $# -gt 0 ]; do
  arg=$1
  shift
  case $arg in
    --) break ;;
    -install=* | --install=*) install_list=${arg#*=} ;;
    -uninstall=* | --uninstall=*) uninstall_list=${arg#*=} ;;
    -mount=* | --mount=*) mount_dir=${arg#*=} ;;
    -install | --install | -uninstall | --uninstall | -mount | --mount)
      if [ $# -eq 0 ]; then
        log "flag needs an argument: ${arg##*-}"
        usage
        exit 2
      fi
      case ${arg##*-} in
        install) install_list=$1 ;;
        uninstall) uninstall_list=$1 ;;
        mount) mount_dir=$1 ;;
      esac
      shift
      ;;
    -version | --version | -version=true | --version=true) show_version=1 ;;
    -h | -help | --help)
      usage
      exit 0
      ;;
    -*)
      log "flag provided but not defined: ${arg#-}"
      usage
      exit 2
      ;;
    *) break ;;
  esac
done

if [ -n "$show_version" ]; then
  log "binfmt/hoist-stand-in qemu/$(cat "$DATA/qemu-version" 2>/dev/null) go/none"
  exit 0
fi

# The machine's own architecture, as a binfmt arch name.
case $(uname -m) in
  x86_64) native=amd64 ;;
  aarch64 | arm64) native=arm64 ;;
  i?86) native=386 ;;
  armv*) native=arm ;;
  *) native=$(uname -m) ;;
esac

# normalize NAME: a platform (arm64, aarch64, linux/arm/v7, ...) as its binfmt arch name, as
# containerd's platforms.Parse + Normalize do; fails for anything that is not one.
normalize() {
  local n
  n=$(echo "$1" | tr 'A-Z' 'a-z')
  case $n in
    */*/*) n=${n#*/} n=${n%%/*} ;;
    */*) n=${n#*/} ;;
    linux) n=$native ;;
  esac
  case $n in
    amd64 | x86_64 | x86-64) echo amd64 ;;
    arm64 | aarch64) echo arm64 ;;
    arm | armhf | armel) echo arm ;;
    386 | i386) echo 386 ;;
    riscv64 | ppc64le | ppc64 | s390x | mips64le | mips64 | loong64) echo "$n" ;;
    *) return 1 ;;
  esac
}

# load ARCH: the handler baked in for a binfmt arch name (sets name, binary, offset, magic, mask).
load() {
  case $1 in
    '' | *[!a-z0-9]*) return 1 ;;
  esac
  [ -f "$DATA/qemu/$1" ] || return 1
  name='' binary='' offset=0 magic='' mask=''
  while read -r key val; do
    case $key in
      name) name=$val ;;
      binary) binary=$val ;;
      offset) offset=$val ;;
      magic) magic=$val ;;
      mask) mask=$val ;;
    esac
  done <"$DATA/qemu/$1"
  [ -n "$name" ] && [ -n "$binary" ] && [ -n "$magic" ]
}

# runs ARCH: BuildKit's test program for ARCH runs here, in a chroot of its own (as
# archutil.SupportedPlatforms runs it: a handler without F would need its interpreter there).
runs() {
  local d rc
  [ -f "$DATA/check/$1" ] || return 1
  d=$(mktemp -d /tmp/qemu-check.XXXXXX) || return 1
  cp "$DATA/check/$1" "$d/check" && chmod 0700 "$d/check" && chroot "$d" /check >/dev/null 2>&1
  rc=$?
  rm -rf "$d"
  return $rc
}

# amd64_variant: 1..4, x86-64 microarchitecture level of this CPU (go-archvariant's test).
amd64_variant() {
  local f x
  f=" $(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null | cut -d: -f2) "
  for x in pni ssse3 cx16 sse4_1 sse4_2 popcnt lahf_lm; do
    case $f in *" $x "*) ;; *)
      echo 1
      return
      ;;
    esac
  done
  for x in fma movbe xsave avx f16c bmi1 avx2 bmi2 abm; do
    case $f in *" $x "*) ;; *)
      echo 2
      return
      ;;
    esac
  done
  for x in avx512f avx512dq avx512cd avx512bw avx512vl; do
    case $f in *" $x "*) ;; *)
      echo 3
      return
      ;;
    esac
  done
  echo 4
}

# supported: the platforms programs can run on here, in archutil.SupportedPlatforms' order.
supported() {
  local v i a
  echo "linux/$native"
  if [ "$native" = amd64 ]; then
    v=$(amd64_variant)
    i=2
    while [ "$i" -le "$v" ]; do
      echo "linux/amd64/v$i"
      i=$((i + 1))
    done
  fi
  for a in arm64 riscv64 ppc64 ppc64le s390x 386 mips64le mips64 loong64; do
    [ "$a" != "$native" ] && runs "$a" && echo "linux/$a"
  done
  if [ "$native" != arm ] && runs arm; then
    echo linux/arm/v7
    echo linux/arm/v6
  fi
}

# json_list ITEM...: a Go json.MarshalIndent string slice two levels deep (nil is `null`).
json_list() {
  local sep x
  if [ $# -eq 0 ]; then
    printf 'null'
    return
  fi
  printf '['
  sep=''
  for x in "$@"; do
    x=$(printf '%s' "$x" | sed 's/[\\"]/\\&/g')
    printf '%s\n    "%s"' "$sep" "$x"
    sep=','
  done
  printf '\n  ]'
}

print_status() {
  local s f e first
  # shellcheck disable=SC2046 # one platform per line, no spaces
  s=$(json_list $(supported))
  set --
  for f in "$mount_dir"/*; do
    [ -f "$f" ] || continue
    e=${f##*/}
    case $e in register | status) continue ;; esac
    read -r first <"$f" 2>/dev/null || first=''
    case $first in enabled*) set -- "$@" "$e" ;; esac
  done
  printf '{\n  "supported": %s,\n  "emulators": %s\n}\n' "$s" "$(json_list "$@")"
}

# uninstall_entry NAME: remove the first handler called NAME or ending in -NAME.
uninstall_entry() {
  local f e err
  for f in "$mount_dir"/*; do
    e=${f##*/}
    case $e in register | status | WSLInterop) continue ;; esac
    if [ "$e" = "$1" ] || [ "${e%-"$1"}" != "$e" ]; then
      if err=$({ echo -1 >"$f"; } 2>&1); then
        log "uninstalling: $1 OK"
      else
        log "uninstalling: $1 cannot write -1 to $f: ${err##*: }"
        failed=1
      fi
      return
    fi
  done
  log "uninstalling: $1 not found"
}

# install_arch ARCH: register the handler for one binfmt arch name.
install_arch() {
  local register interpreter line err
  if ! load "$1"; then
    log "installing: $1 unsupported architecture: $1"
    failed=1
    return
  fi
  if [ "$1" = "$native" ]; then
    log "installing: $1 refused: this machine runs $1 natively, and a $name handler would capture every native program"
    failed=1
    return
  fi
  register=$mount_dir/register
  if [ ! -e "$register" ]; then
    log "installing: $1 ENOENT opening $register is it mounted?"
    failed=1
    return
  fi
  if [ -e "$mount_dir/$name" ]; then
    log "installing: $1 $name already registered"
    return
  fi
  interpreter=/usr/bin/$binary
  # One write(2) of the whole line: printf's %s keeps the \xNN text as it is.
  line=":$name:M:$offset:$magic:$mask:$interpreter:CF"
  if err=$({ printf '%s' "$line" >"$register"; } 2>&1); then
    if [ -e "$mount_dir/$name" ]; then
      log "installing: $1 OK"
      return
    fi
    err="the write went through, but there is no $mount_dir/$name afterwards"
  elif [ -e "$mount_dir/$name" ]; then
    log "installing: $1 $name already registered"
    return
  fi
  log "installing: $1 cannot register \"$interpreter\" to $register: ${err##*: }"
  log "  line written: $line"
  failed=1
}

# `all`: every arch with an emulator here that does not already run (tonistiigi's allArch).
all_arches() {
  local have f a
  have=" $(supported | cut -d/ -f2 | tr '\n' ' ') "
  for f in "$DATA"/qemu/*; do
    a=${f##*/}
    case $have in *" $a "*) continue ;; esac
    load "$a" && [ -x "/usr/bin/$binary" ] && echo "$a"
  done
}

# split LIST: the comma-separated items, one a line (no globbing here).
split() { printf '%s\n' "$1" | tr ',' '\n' | grep -v '^$'; }

mounted=''
if [ ! -e "$mount_dir/status" ]; then
  if ! err=$(mount -t binfmt_misc binfmt_misc "$mount_dir" 2>&1); then
    log "error: cannot mount binfmt_misc filesystem at $mount_dir: ${err##*: } (run the container with --privileged)"
    exit 1
  fi
  mounted=1
fi

if [ -n "$uninstall_list" ]; then
  while read -r v; do
    [ -n "$v" ] || continue
    # An arch name stands for its handler's QEMU name (arm64 -> aarch64); then v is a glob.
    if a=$(normalize "$v") && load "$a"; then v=${name#qemu-}; fi
    matched=''
    for g in "$mount_dir"/$v; do
      [ -e "$g" ] || continue
      matched=1
      uninstall_entry "${g##*/}"
    done
    [ -n "$matched" ] || uninstall_entry "$v"
  done <<EOF
$(split "$uninstall_list")
EOF
fi

if [ -n "$install_list" ]; then
  if [ "$install_list" = all ]; then
    arches=$(all_arches)
  else
    arches=$(split "$install_list" | while read -r v; do normalize "$v" || echo "$v"; done)
  fi
  # Some kernels show new entries only once the mount point is touched (as binfmt does).
  touch "$mount_dir" 2>/dev/null || true
  while read -r a; do
    [ -z "$a" ] || install_arch "$a"
  done <<EOF
$arches
EOF
fi

print_status || failed=1
[ -z "$mounted" ] || umount "$mount_dir" 2>/dev/null || true
exit "$failed"
