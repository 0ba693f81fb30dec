import type { ImageFacts, LayerFacts, PlatformImage } from '../../src/readback/image.js';

/** Image facts as hoist reads them back from a registry, for the size report's tests. */
const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const layer = (digest: string, size: number, uncompressed: number | undefined, instruction: string): LayerFacts =>
  uncompressed === undefined ? { digest, size, mediaType: GZ, instruction } : { digest, size, mediaType: GZ, uncompressed, instruction };

/** The example image's history, as BuildKit writes it: busybox's two entries, then the Dockerfile's. */
const history = (arch: string): PlatformImage['history'] => [
  { createdBy: `COPY rootfs-${arch}/ / # buildkit`, emptyLayer: false },
  { createdBy: 'CMD ["sh"]', emptyLayer: true },
  { createdBy: 'WORKDIR /app', emptyLayer: false },
  { createdBy: 'COPY /out/backend /app/backend # buildkit', emptyLayer: false },
  { createdBy: 'ENTRYPOINT ["/app/backend"]', emptyLayer: true }
];

// The example image's shape: busybox base (shared by nothing: one per arch), WORKDIR, the binary.
export function image(binaryAmd: number, binaryArm: number, extra: Partial<Record<string, PlatformImage>> = {}): ImageFacts {
  const amd: PlatformImage = {
    platform: 'linux/amd64',
    digest: `sha256:amd${binaryAmd}`,
    manifestBytes: 700,
    config: { digest: `sha256:cfg-amd${binaryAmd}`, size: 1_000 },
    history: history('amd64'),
    layers: [
      layer('sha256:busybox-amd', 1_100_000, 2_300_000, 'COPY rootfs-amd64/ /'),
      layer('sha256:workdir', 100, 1_024, 'WORKDIR /app'),
      layer(`sha256:bin-amd${binaryAmd}`, binaryAmd, binaryAmd * 2, 'COPY /out/backend /app/backend')
    ]
  };
  const arm: PlatformImage = {
    platform: 'linux/arm64',
    digest: `sha256:arm${binaryArm}`,
    manifestBytes: 700,
    config: { digest: `sha256:cfg-arm${binaryArm}`, size: 1_000 },
    history: history('arm64'),
    layers: [
      layer('sha256:busybox-arm', 1_000_000, 2_100_000, 'COPY rootfs-arm64/ /'),
      layer('sha256:workdir', 100, 1_024, 'WORKDIR /app'),
      layer(`sha256:bin-arm${binaryArm}`, binaryArm, binaryArm * 2, 'COPY /out/backend /app/backend')
    ]
  };
  return {
    reference: 'ghcr.io/acme/backend@sha256:x',
    digest: `sha256:index${binaryAmd}`,
    platforms: [amd, arm, ...Object.values(extra).filter((p): p is PlatformImage => !!p)],
    attestations: [
      { digest: 'sha256:att1', for: amd.digest, bytes: 1_600 },
      { digest: 'sha256:att2', for: arm.digest, bytes: 1_600 }
    ]
  };
}
