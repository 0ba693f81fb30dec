import type { Descriptor, Manifest } from '../registry/client.js';

/** BuildKit's attestation manifests sit in the index as `unknown/unknown`; they are not platforms. */
export function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform?.architecture === 'unknown')
  );
}

export function platformKey(p: { os: string; architecture: string; variant?: string }): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}

export function isIndex(mediaType: string, manifest: Manifest): boolean {
  return Array.isArray(manifest.manifests) || /index|manifest\.list/.test(mediaType);
}

/** platform → manifest digest of an image read from the registry. */
export function digestsByPlatform(image: { platforms: Array<{ platform: string; digest: string }> }): Record<string, string> {
  return Object.fromEntries(image.platforms.map(p => [p.platform, p.digest]));
}
