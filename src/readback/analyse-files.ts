/**
 * `size-analysis: files`: every layer of an image read back (from the registry, or the OCI
 * layout a build wrote) downloaded once, a few at a time, and its files listed
 * (layer-scan.ts), then each platform's layers stacked (files.ts). Only asked for: the
 * size report without it never downloads a layer. A failure only warns.
 */
import type { Readable } from 'node:stream';
import { parseReference, type ImageReference } from '../registry/reference.js';
import { formatBytes } from '../util/bytes.js';
import { platformFiles } from './files.js';
import type { ImageFacts, LayerFacts } from './image.js';
import { scanLayer, type LayerScan, type Unpackers } from './layer-scan.js';

/** Where a layer's blob is read from as a stream: the registry client, or an OCI layout. */
export interface BlobSource {
  openBlob(ref: ImageReference, digest: string): Promise<Readable>;
}

/** Layers downloaded at once: enough to overlap one layer's unpacking with the next ones' transfer, few enough not to crowd the registry or the runner. */
const CONCURRENCY = 3;
/** Reads of one layer, the first included: a connection cut mid-layer is read again, once. */
const ATTEMPTS = 2;

interface Options {
  concurrency?: number;
  unpackers?: Unpackers;
}

/** Each distinct layer's scan, `concurrency` at a time; a layer that fails twice is "not analysed", with the reason. */
async function scanAll(source: BlobSource, ref: ImageReference, layers: LayerFacts[], options: Options): Promise<Map<string, LayerScan>> {
  const scans = new Map<string, LayerScan>();
  const queue = [...layers];
  const worker = async (): Promise<void> => {
    for (let layer = queue.shift(); layer; layer = queue.shift()) {
      let scan: LayerScan | undefined;
      for (let attempt = 1; !scan; attempt++) {
        try {
          scan = await scanLayer(() => source.openBlob(ref, layer.digest), layer, options.unpackers);
        } catch (e) {
          if (attempt >= ATTEMPTS) scan = { notAnalysed: (e as Error).message };
        }
      }
      scans.set(layer.digest, scan);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, queue.length) }, worker));
  return scans;
}

/** The image with each platform's `files`; layers shared by platforms are read once. */
export async function analyseFiles(source: BlobSource, image: ImageFacts, options: Options = {}): Promise<ImageFacts> {
  const distinct = new Map(image.platforms.flatMap(p => p.layers.map(l => [l.digest, l] as const)));
  const scans = await scanAll(source, parseReference(image.reference), [...distinct.values()], options);
  return { ...image, platforms: image.platforms.map(p => ({ ...p, files: platformFiles(p.layers.map(l => scans.get(l.digest)!)) })) };
}

/** Where the analysis says what it did: the step's runner, or hoist-sizes' stderr. */
export interface AnalysisLog {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * analyseFiles, said in the log: how many layers and bytes were read, in what time, and a
 * warning for each layer that could not be read. Any failure warns and gives the image as
 * it was: the analysis never fails the step.
 */
export function analyseFilesOrWarn(runner: AnalysisLog, source: BlobSource, image: ImageFacts, now: () => number = () => performance.now()): Promise<ImageFacts> {
  return sayAnalysis(runner, image, () => analyseFiles(source, image), now);
}

/** What analyseFilesOrWarn says of an analysis, for one run elsewhere (hoist-sizes reads through its own io). */
export async function sayAnalysis(runner: AnalysisLog, image: ImageFacts, analysing: () => Promise<ImageFacts>, now: () => number = () => performance.now()): Promise<ImageFacts> {
  const started = now();
  try {
    const analysed = await analysing();
    const layers = new Map(analysed.platforms.flatMap(p => p.layers.map((l, i) => [l.digest, { layer: l, files: p.files!.layers[i] }] as const)));
    const read = [...layers.values()].filter(l => !('notAnalysed' in l.files));
    const bytes = read.reduce((sum, l) => sum + l.layer.size, 0);
    runner.info(`size-analysis: read the files of ${read.length} layer(s) (${formatBytes(bytes)} downloaded) in ${((now() - started) / 1000).toFixed(1)} s`);
    for (const { layer, files } of layers.values()) {
      if ('notAnalysed' in files) runner.warning(`size-analysis: layer ${layer.digest} was not analysed: ${files.notAnalysed}`);
    }
    return analysed;
  } catch (e) {
    runner.warning(`size-analysis: the layers' files could not be listed: ${(e as Error).message}`);
    return image;
  }
}
