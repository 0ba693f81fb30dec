#!/usr/bin/env bash
# Lays out the rootfs of hoist's tonistiigi/binfmt stand-in; called by scripts/toolchain.sh
# (build_binfmt_image), which builds it with ./Dockerfile.
#
#   stage.sh ROOTFS ARCHUTIL_DIR
#
# ROOTFS gets:
#   /usr/bin/binfmt                    the entrypoint (binfmt.sh beside this file)
#   /usr/bin/qemu-<name>-static        this machine's Debian qemu-user-static binaries
#   /usr/share/binfmt/qemu/<arch>      one handler per binfmt arch name (arm64, 386, ...):
#                                      name, binary, offset, magic, mask; magic and mask with
#                                      every byte written \xNN, the text the kernel parses
#   /usr/share/binfmt/check/<arch>     BuildKit's tiny static test programs (exit 0), the ones
#                                      tonistiigi/binfmt runs to list "supported" platforms
#   /usr/share/binfmt/qemu-version     the qemu-user-static package version
# ARCHUTIL_DIR is github.com/moby/buildkit/util/archutil of the toolchain's BuildKit, whose
# <arch>_binary.go files hold those test programs as gzip'd Go string literals.
set -euo pipefail

root=$1
archutil=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$root/usr/share/binfmt

# binfmt arch name : QEMU name — tonistiigi/binfmt's configs (cmd/binfmt/config.go).
ARCHES=(arm64:aarch64 arm:arm riscv64:riscv64 ppc64le:ppc64le s390x:s390x 386:i386
  amd64:x86_64 mips64le:mips64el mips64:mips64 loong64:loongarch64)

# Debian ships no /usr/share/binfmts file for the host's own arch family (on amd64: i386 and
# x86_64); for those, QEMU's scripts/qemu-binfmt-conf.sh values (tonistiigi/binfmt's too).
declare -A FALLBACK_MAGIC=(
  [i386]='\x7fELF\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03\x00'
  [x86_64]='\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00'
)
declare -A FALLBACK_MASK=(
  [i386]='\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
  [x86_64]='\xff\xff\xff\xff\xff\xfe\xfe\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
)

# Archs whose test program tonistiigi/binfmt (BuildKit's archutil) runs, in its order.
CHECKS=(arm64 riscv64 ppc64 ppc64le s390x 386 mips64le mips64 loong64 arm)

# escape STRING: a binfmt-support magic/mask (\xNN escapes mixed with plain characters, as
# in `\x7fELF\x02`) as the bytes it stands for, each written \xNN.
escape() {
  printf '%b' "$1" | od -An -v -tx1 | tr -s ' \n' '  ' | sed 's/^ *//; s/ *$//; s/^/\\x/; s/ /\\x/g'
}

field() { sed -n "s/^$1 //p" "$2"; }

rm -rf "$root"
mkdir -p "$data/qemu" "$data/check" "$root/usr/bin"
install -m 0755 "$here/binfmt.sh" "$root/usr/bin/binfmt"
dpkg-query -W -f='${Version}\n' qemu-user-static >"$data/qemu-version"

for pair in "${ARCHES[@]}"; do
  arch=${pair%%:*} q=${pair#*:}
  bin=/usr/bin/qemu-$q-static src=/usr/share/binfmts/qemu-$q
  [[ -x $bin ]] || { echo "stage.sh: $bin missing (apt package qemu-user-static)" >&2; exit 1; }
  if [[ -f $src ]]; then
    magic=$(field magic "$src") mask=$(field mask "$src") offset=$(field offset "$src")
    from=$src
  elif [[ -n ${FALLBACK_MAGIC[$q]:-} ]]; then
    magic=${FALLBACK_MAGIC[$q]} mask=${FALLBACK_MASK[$q]} offset=0
    from="qemu-binfmt-conf.sh values ($src absent: host arch family)"
  else
    echo "stage.sh: $src missing (apt package qemu-user-static)" >&2
    exit 1
  fi
  magic=$(escape "$magic") mask=$(escape "$mask")
  offset=${offset:-0}
  # The kernel wants magic and mask of one length, at most 128 bytes, offset + length <= 128.
  if [[ -z $magic || ${#magic} -ne ${#mask} || ${#magic} -gt 512 || ! $offset =~ ^[0-9]+$ ]] ||
    ((offset + ${#magic} / 4 > 128)); then
    echo "stage.sh: qemu-$q: bad magic/mask/offset from $from: '$magic' / '$mask' / '$offset'" >&2
    exit 1
  fi
  install -m 0755 "$bin" "$root/usr/bin/qemu-$q-static"
  printf 'name qemu-%s\nbinary qemu-%s-static\noffset %s\nmagic %s\nmask %s\n' \
    "$q" "$q" "$offset" "$magic" "$mask" >"$data/qemu/$arch"
  echo "qemu-$q ($arch): $from"
done

for arch in "${CHECKS[@]}"; do
  go=$archutil/${arch}_binary.go
  hex=$(sed -n 's/^const Binary[0-9a-z]* = "\(.*\)"$/\1/p' "$go")
  [[ $hex =~ ^(\\x[0-9a-f][0-9a-f])+$ ]] || { echo "stage.sh: no test program in $go" >&2; exit 1; }
  printf '%b' "$hex" | gunzip >"$data/check/$arch"
  chmod 0755 "$data/check/$arch"
done
echo "test programs: ${CHECKS[*]} (from $archutil)"
