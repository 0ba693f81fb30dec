import { RegistryError, type RegistryClient } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { ImageFacts } from './image.js';
import { inspectImage } from './inspect.js';

/**
 * What the registry now holds for the first tag, by the digest buildx reported.
 * Undefined when nothing was pushed, or (with a warning: the push itself went through)
 * when the registry could not be read.
 */
export async function readBackPushed(runner: Runner, registry: RegistryClient, tag: string | undefined, digest: string | undefined): Promise<ImageFacts | undefined> {
  if (!tag || !digest) {
    runner.info('nothing pushed: platform-digests is empty and there is no size report (sizes are read from the registry)');
    return undefined;
  }
  try {
    const image = await inspectImage(registry, parseReference(tag), digest);
    if (!image) throw new RegistryError(`${tag}@${digest} is not in the registry`);
    return image;
  } catch (e) {
    runner.warning(`the image was pushed, but reading it back from the registry failed: ${(e as Error).message}`);
    return undefined;
  }
}
