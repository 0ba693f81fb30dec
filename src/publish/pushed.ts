import type { RegistryClient } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import { isIndex, platformDigests, platformKey } from '../report/platforms.js';

/**
 * Reads back what the build pushed, from the registry itself: platform → manifest
 * digest. A single-manifest image's platform comes from its config blob.
 */
export async function resolvePlatformDigests(client: RegistryClient, tag: string, digest: string): Promise<Record<string, string>> {
  const ref = parseReference(tag);
  const fetched = await client.getManifest(ref, digest);
  if (isIndex(fetched.mediaType, fetched.manifest)) return platformDigests(fetched.manifest);
  const configDigest = fetched.manifest.config?.digest;
  if (!configDigest) return {};
  const config = JSON.parse((await client.getBlob(ref, configDigest)).toString('utf8')) as { os?: string; architecture?: string; variant?: string };
  if (!config.os || !config.architecture) return {};
  return { [platformKey({ os: config.os, architecture: config.architecture, variant: config.variant })]: fetched.digest };
}
