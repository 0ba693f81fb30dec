/**
 * hoist-sizes: the step's size report for an image on a laptop. The image (and the
 * baseline) are read as the step reads them (readback/), the sizes, the gates and the
 * table come from the same code (report/), and `--json` is the step's `sizes` output.
 * `--size-analysis files` reads the layers as the step does (readback/analyse-files.ts);
 * `--size-trend` reads the history the step records (readback/size-history.ts) and shows
 * it as a table. It talks to the terminal directly: no runner protocol, no phase.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SizePoint } from '../plan/size-history.js';
import { analyseFiles, sayAnalysis } from '../readback/analyse-files.js';
import type { ImageFacts } from '../readback/image.js';
import { inspectImage } from '../readback/inspect.js';
import { OciLayout } from '../readback/layout.js';
import { readHistory, type ReadHistory } from '../readback/size-history.js';
import { dockerConfigCredentials } from '../registry/auth.js';
import { RegistryClient } from '../registry/client.js';
import { parseReference, registryHost, repositoryName, type ImageReference } from '../registry/reference.js';
import type { Baseline } from '../report/baseline.js';
import { evaluateGates } from '../report/gates.js';
import { sizeMarkdown, sizesJson } from '../report/markdown.js';
import { sizeReport } from '../report/sizes.js';
import { trendTable } from '../report/trend.js';
import { whereTheBytesAre } from '../report/where.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { realFiles } from '../inputs/files.js';
import type { RunEnv } from '../runner/env.js';
import { exec } from '../util/exec.js';
import { parseSizesArgs, USAGE, type ImageSource } from './args.js';
import { terminalText } from './terminal.js';

/** The exit codes, as the docs (docs/sizes-cli.md) and --help give them. */
export const EXIT = { ok: 0, gateFailed: 1, badArguments: 2, unreadable: 3 } as const;

/** What the command touches: the terminal, and where images are read from. */
export interface SizesIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The terminal's width. */
  columns: number;
  /** Whether a path is a directory holding an OCI layout's index.json. */
  isLayoutDir: (dir: string) => boolean;
  /** A file's text, or undefined when there is none. */
  readText: (file: string) => string | undefined;
  /** The image, or undefined when it does not exist; throws when it cannot be read. */
  read: (source: ImageSource) => Promise<ImageFacts | undefined>;
  /** The image with each platform's files, its layers read from where the image was (`--size-analysis files`). */
  analyse: (source: ImageSource, image: ImageFacts) => Promise<ImageFacts>;
  /** The size history in a repository (`--size-trend`); empty when there is none, throws when it cannot be read. */
  history: (repository: ImageReference) => Promise<ReadHistory>;
}

const describe = (source: ImageSource): string => (source.kind === 'layout' ? `oci:${source.dir}` : source.reference);

/** How the step names the image in its report: the repository; a layout by its directory. */
const reportName = (source: ImageSource): string => (source.kind === 'layout' ? `oci:${source.dir}` : repositoryName(parseReference(source.reference)));

/** Reads one image; a message and no image when it does not exist or cannot be read. */
async function readImage(io: SizesIo, argument: string, source: ImageSource): Promise<ImageFacts | string> {
  const what = describe(source);
  const fix =
    source.kind === 'layout'
      ? 'Give the directory an OCI layout was written to (docker buildx build --output type=oci,dest=<dir>,tar=false).'
      : `Check the reference; for a private image, log in first (docker login ${registryHost(parseReference(source.reference).domain)}).`;
  try {
    const image = await io.read(source);
    return image ?? `${argument} '${what}': no such image. ${fix}`;
  } catch (e) {
    return `${argument} '${what}' could not be read: ${(e as Error).message}. ${fix}`;
  }
}

/** Runs the command; the exit code. */
export async function runSizes(argv: string[], io: SizesIo): Promise<number> {
  const parsed = parseSizesArgs(argv, io.isLayoutDir);
  if (parsed.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  if ('error' in parsed) {
    io.err(`hoist-sizes: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT.badArguments;
  }
  const { args } = parsed;
  // The step names each layer's line from the Dockerfile it built; so does the command, given one.
  const dockerfile = io.readText(args.file ?? 'Dockerfile');
  if (args.file && dockerfile === undefined) {
    io.err(`hoist-sizes: argument '--file': ${args.file} cannot be read. Give the Dockerfile the image was built from, or leave --file out.\n\n${USAGE}\n`);
    return EXIT.badArguments;
  }
  // The history while the images are read, as the step reads it while it builds; a failure only warns.
  const trend = args.trend ? readTrend(io, trendRepository(args.image, args.compare)) : undefined;
  // Both at once, as the step reads the baseline while it builds.
  const [read, base] = await Promise.all([readImage(io, '<image>', args.image), args.compare ? readImage(io, '--compare', args.compare) : undefined]);
  const unreadable = [read, base].filter((r): r is string => typeof r === 'string');
  if (unreadable.length > 0) {
    io.err(unreadable.map(m => `hoist-sizes: ${m}\n`).join(''));
    return EXIT.unreadable;
  }
  const image = args.analysis ? await analyse(io, args.image, read as ImageFacts) : (read as ImageFacts);
  const baseline: Baseline = args.compare && base && typeof base !== 'string' ? { image: base, reference: describe(args.compare) } : { reason: 'no --compare image given' };
  const lines = dockerfile === undefined ? undefined : { dockerfile: parseDockerfile(dockerfile), target: args.target, contexts: [] };
  const report = sizeReport(image, reportName(args.image), baseline, args.image.kind === 'layout' ? 'build' : 'registry', lines);
  if (dockerfile !== undefined) report.dockerfile = { path: path.normalize(args.file ?? 'Dockerfile') };
  // As the step's report phase does: only when the layers were read.
  const files = whereTheBytesAre(image, baseline.image, lines);
  if (files) report.files = files;
  const gates = evaluateGates(report, args.maxSize, args.maxSizeIncrease);
  const history = trend && (await trend.read);
  const points = history ? history.points.slice(-args.trend!) : undefined;
  if (args.json) {
    const json = sizesJson(report, gates);
    // The `trend` key only when asked for: without it, the step's `sizes` output byte for byte.
    io.out(`${trend ? JSON.stringify({ ...(JSON.parse(json) as object), trend: points ? { repository: trend.where, points } : null }) : json}\n`);
  } else {
    const table = trend && points ? `\n${trendTable(history!.points, args.trend!, trend.where, image.digest)}` : '';
    io.out(terminalText(sizeMarkdown(report, gates, Number.MAX_SAFE_INTEGER) + table, io.columns));
  }
  const failures = gates.flatMap(g => g.failures);
  if (failures.length === 0) return EXIT.ok;
  // The step's own words when it fails the job.
  io.err(`size gate failed:\n  ${failures.join('\n  ')}\n`);
  return EXIT.gateFailed;
}

/** Where the history is: the image's repository; an OCI layout's, `--compare`'s (args.ts allows no other case). */
function trendRepository(image: ImageSource, compare: ImageSource | undefined): ImageReference {
  const source = image.kind === 'registry' ? image : compare;
  if (source?.kind !== 'registry') throw new Error('a size trend needs a registry image');
  return parseReference(source.reference);
}

/** The history read, or a warning on stderr and undefined: as in the step, it never fails the command. */
function readTrend(io: SizesIo, repository: ImageReference): { where: string; read: Promise<{ points: SizePoint[] } | undefined> } {
  const where = `${repositoryName(repository)}:hoist-size-history`;
  const read = io.history(repository).then(
    r => r.history,
    (e: Error) => {
      io.err(`hoist-sizes: warning: size trend: the history in ${where} could not be read: ${e.message}\n`);
      return undefined;
    }
  );
  return { where, read };
}

/** The layers' files, as the step's size-analysis reads them, its warnings on stderr (the step's info line left out); a failure leaves the report without them. */
function analyse(io: SizesIo, source: ImageSource, image: ImageFacts): Promise<ImageFacts> {
  const log = { info: () => undefined, warning: (message: string) => io.err(`hoist-sizes: warning: ${message}\n`) };
  return sayAnalysis(log, image, () => io.analyse(source, image));
}

/** The real terminal, the docker config's credentials and the disk. */
export function processIo(env: Pick<RunEnv, 'dockerConfig' | 'buildxConfig'>, stdout: NodeJS.WriteStream, stderr: NodeJS.WriteStream): SizesIo {
  // A laptop's registry that is down should not hold the command for the step's 30 s budget.
  const registry = new RegistryClient({ credentials: dockerConfigCredentials(exec, env.dockerConfig, () => env.buildxConfig), budgetMs: 10_000 });
  return {
    out: text => stdout.write(text),
    err: text => stderr.write(text),
    columns: stdout.columns || 100,
    isLayoutDir: dir => fs.existsSync(path.join(dir, 'index.json')),
    readText: file => realFiles.readText(file),
    read: async source => {
      if (source.kind === 'layout') {
        if (!fs.existsSync(path.join(source.dir, 'index.json'))) throw new Error(`${source.dir} holds no index.json`);
        return new OciLayout(source.dir).image('image');
      }
      const ref = parseReference(source.reference);
      return inspectImage(registry, ref, ref.digest ?? ref.tag ?? 'latest');
    },
    analyse: (source, image) => analyseFiles(source.kind === 'layout' ? new OciLayout(source.dir) : registry, image),
    history: repository => readHistory(registry, repository)
  };
}
