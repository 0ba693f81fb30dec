# 127.0.0.1:5000/base/golang — built by scripts/toolchain.sh: the local busybox base plus
# a GOROOT per platform, passed as named build contexts:
#   --build-context goroot-amd64=/usr/local/go
#   --build-context goroot-arm64=<golang.org/toolchain linux-arm64 module, exec bits restored>
# Context: rootfs/ holding /go (GOPATH skeleton, 1777) and /etc/ssl/certs/ca-certificates.crt.
ARG TARGETARCH
FROM goroot-${TARGETARCH} AS goroot

FROM 127.0.0.1:5000/base/busybox:latest
COPY --from=goroot / /usr/local/go
COPY rootfs/ /
ENV PATH=/usr/local/go/bin:/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    GOTOOLCHAIN=local \
    GOPATH=/go \
    HOME=/root
WORKDIR /go
CMD ["sh"]
