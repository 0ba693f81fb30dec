# 127.0.0.1:5000/base/busybox — built by scripts/toolchain.sh from Debian's busybox-static
# (nothing can be pulled on this machine). Context: the staging dir holding
# rootfs-amd64/ and rootfs-arm64/. No `# syntax=` line: that would pull from Docker Hub.
FROM scratch
ARG TARGETARCH
COPY rootfs-${TARGETARCH}/ /
CMD ["sh"]
