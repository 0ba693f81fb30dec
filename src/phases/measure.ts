/**
 * The measure phase, for an image that is not pushed: the OCI layout the build also
 * wrote (plan/measure.ts) read as the registry would be read after a push. A failure is
 * a warning: the image was built.
 */
import * as fs from 'node:fs';
import type { Ports } from '../ports.js';
import type { Job } from '../plan/run.js';
import type { ImageFacts } from '../readback/image.js';
import { OciLayout } from '../readback/layout.js';

export async function measure(ports: Ports, job: Job): Promise<ImageFacts | undefined> {
  const { measure } = job.run;
  if (job.run.sizes !== 'layout' || !measure || !('dir' in measure)) return undefined;
  return ports.runner.group('Measure', async () => {
    const started = ports.now();
    try {
      const layout = new OciLayout(measure.dir);
      const image = await layout.image(job.inputs.tags[0] ?? 'image');
      if (!image) {
        ports.runner.warning('the image was built, but the OCI layout the build wrote holds no image to measure; no size report');
        return undefined;
      }
      ports.runner.info(`measured the built image (not pushed) from the OCI layout the build wrote: ${image.platforms.length} platform(s) in ${Math.round(ports.now() - started)} ms`);
      // The layout goes when this phase ends: its layers are read now, when asked for.
      return job.inputs['size-analysis'] === 'files' ? await (await import('../readback/analyse-files.js')).analyseFilesOrWarn(ports.runner, layout, image, ports.now) : image;
    } catch (e) {
      ports.runner.warning(`the image was built, but measuring it failed: ${(e as Error).message}`);
      return undefined;
    } finally {
      fs.rmSync(measure.dir, { recursive: true, force: true });
    }
  });
}
