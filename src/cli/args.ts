/**
 * hoist-sizes' command line, read without touching anything: `<image> [--compare <image>]
 * [--json] [--max-size …] [--max-size-increase …] [--size-trend N | --trend]
 * [--size-analysis files]`. A bad argument is one message naming the argument, the bad
 * part and the fix (the gates, the trend and the analysis in the step's own wording).
 */
import { parseArgs } from 'node:util';
import { checkGateLimits } from '../inputs/validate.js';
import { HISTORY_CAP } from '../plan/size-history.js';
import { InvalidReferenceError, parseReference } from '../registry/reference.js';

/** Where an image is read from: a registry by tag or digest, or an OCI image layout on disk. */
export type ImageSource = { kind: 'registry'; reference: string } | { kind: 'layout'; dir: string };

interface SizesArgs {
  image: ImageSource;
  compare?: ImageSource;
  json: boolean;
  maxSize: string;
  maxSizeIncrease: string;
  /** The Dockerfile that names each layer's line; undefined: ./Dockerfile when there is one. */
  file?: string;
  /** The stage the image was built from (build-push-action's `target`); empty for the last. */
  target: string;
  /** `--size-trend N` (`--trend`: the step's default, 30): the last N builds of the size history; absent: not read. */
  trend?: number;
  /** `--size-analysis files`: the layers downloaded and where the bytes are listed; absent: none (the default). */
  analysis?: 'files';
}

export type ParsedArgs = { help: true } | { help?: false; args: SizesArgs } | { help?: false; error: string };

export const USAGE = `usage: hoist-sizes <image> [--compare <image>] [--json] [--max-size <size>] [--max-size-increase <size|percent>] [-f <Dockerfile>] [--target <stage>] [--size-trend <N> | --trend] [--size-analysis files]

  <image>                 a registry reference (ghcr.io/acme/app:1.2, …@sha256:…) or an OCI
                          image layout: oci:<dir>, or a directory holding index.json
  --compare <image>       the baseline, in the same forms: adds Δ columns and what changed
  --json                  print the step's \`sizes\` output (exact bytes) instead of the table
  --max-size <size>       fail (exit 1) when a platform's compressed size is over it (20MB, 19.5MiB)
  --max-size-increase <v> fail (exit 1) when a platform grew more than it vs --compare (10%, 2MB)
  -f, --file <path>       the Dockerfile the image was built from, to name the line that made each
                          layer, as the step does (default: ./Dockerfile when there is one)
  --target <stage>        the stage the image was built from (default: the last)
  --size-trend <N>        also print the last N builds of the size history the step records in the
                          image's repository (tag hoist-size-history); --trend: the step's default, 30
  --size-analysis files   also download the image's layers and show where the bytes are: the largest
                          files of the changed layers, the bytes wasted (default: none)
  -h, --help              this text

exit codes: 0 ok · 1 a gate failed (the report is still printed) · 2 bad arguments · 3 an image could not be read
credentials: the docker config's (DOCKER_CONFIG, else ~/.docker/config.json), credential helpers included`;

const OPTIONS = {
  compare: { type: 'string' },
  json: { type: 'boolean' },
  'max-size': { type: 'string' },
  'max-size-increase': { type: 'string' },
  file: { type: 'string', short: 'f' },
  target: { type: 'string' },
  'size-trend': { type: 'string' },
  trend: { type: 'boolean' },
  'size-analysis': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

/** The step's `size-trend` default, which `--trend` stands for. */
const TREND_DEFAULT = 30;

/** An example value for each option that takes one, for the message when it is missing. */
const EXAMPLES: Record<string, string> = {
  '--compare': 'ghcr.io/acme/app:main',
  '--max-size-increase': '10%',
  '--file': './Dockerfile',
  '-f': './Dockerfile',
  '--target': 'runtime',
  '--size-trend': '30',
  '--size-analysis': 'files'
};

/** `--name` when the text names one of the options, for messages. */
const optionNamed = (text: string): string | undefined => /'(-[-\w]+)[ ']/.exec(text)?.[1];

/** node:util's parse errors, said the way hoist says a bad input. */
function parseError(e: Error & { code?: string }): string {
  const named = optionNamed(e.message) ?? 'an option';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `argument '${named}': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file, --target, --size-trend, --trend or --size-analysis (--help lists them).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(e.message)
        ? `argument '${named}': the value is missing. Write it after the option, e.g. ${named} ${EXAMPLES[named] ?? '20MB'}.`
        : `argument '${named}': it takes no value. Drop the '=…' part.`;
    default:
      return `${e.message}.`;
  }
}

/**
 * `oci:<dir>` is a layout; so is a directory holding index.json (`isLayoutDir`, the one
 * probe of the disk); anything else is a registry reference, checked against its grammar.
 */
function imageSource(argument: string, text: string, isLayoutDir: (dir: string) => boolean): ImageSource | string {
  if (text.startsWith('oci:')) {
    const dir = text.slice('oci:'.length);
    if (!dir) return `argument '${argument}': 'oci:' names no directory. Write the layout's directory after it, e.g. oci:./out.`;
    return { kind: 'layout', dir };
  }
  if (isLayoutDir(text)) return { kind: 'layout', dir: text };
  // A path (no reference starts so) that holds no layout.
  if (/^[./~]/.test(text)) {
    return `argument '${argument}': '${text}' holds no OCI image layout (no index.json). Give the directory a build wrote with --output type=oci,dest=<dir>,tar=false, or a registry reference.`;
  }
  try {
    parseReference(text);
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    return `argument '${argument}': '${text}': ${e.message}. Give an image reference such as ghcr.io/acme/app:1.2, or an OCI layout as oci:<dir>.`;
  }
  return { kind: 'registry', reference: text };
}

/** The command line → what to report, help, or the first problem found. */
export function parseSizesArgs(argv: string[], isLayoutDir: (dir: string) => boolean): ParsedArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (e) {
    return { error: parseError(e as Error) };
  }
  if (values.help) return { help: true };
  if (positionals.length === 0) return { error: "argument '<image>': it is missing. Give the image to report on, e.g. hoist-sizes ghcr.io/acme/app:1.2 (or oci:./out)." };
  if (positionals.length > 1) {
    return { error: `argument '<image>': one image only, got ${positionals.length} ('${positionals.join("', '")}'). Give the baseline with --compare ${positionals[1]}.` };
  }
  const image = imageSource('<image>', positionals[0], isLayoutDir);
  if (typeof image === 'string') return { error: image };
  let compare: ImageSource | undefined;
  if (values.compare !== undefined) {
    const source = imageSource('--compare', values.compare, isLayoutDir);
    if (typeof source === 'string') return { error: source };
    compare = source;
  }
  const problems: string[] = [];
  const maxSize = values['max-size'] ?? '';
  const maxSizeIncrease = values['max-size-increase'] ?? '';
  checkGateLimits({ 'max-size': maxSize, 'max-size-increase': maxSizeIncrease }, (name, problem, fix) => problems.push(`argument '--${name}': ${problem}. ${fix}`));
  const trend = trendCount(values['size-trend'], values.trend === true, image, compare);
  if (typeof trend === 'string') problems.push(trend);
  const analysis = values['size-analysis'];
  if (analysis !== undefined && analysis !== 'files' && analysis !== 'none') {
    problems.push(`argument '--size-analysis': '${analysis}' is not a size analysis. Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded).`);
  }
  if (problems.length > 0) return { error: problems.join('\n') };
  return {
    args: {
      image,
      ...(compare ? { compare } : {}),
      json: values.json === true,
      maxSize,
      maxSizeIncrease,
      ...(values.file ? { file: values.file } : {}),
      target: values.target ?? '',
      ...(typeof trend === 'number' && trend > 0 ? { trend } : {}),
      ...(analysis === 'files' ? { analysis } : {})
    }
  };
}

/**
 * `--size-trend N` as the step reads `size-trend` (0 to the history's cap, 'none' or 0 for
 * none); `--trend` is the step's default. The history is a registry repository's: an OCI
 * layout has none, so the trend is then `--compare`'s repository's, when that is a registry image.
 */
function trendCount(text: string | undefined, short: boolean, image: ImageSource, compare: ImageSource | undefined): number | string {
  if (short && text !== undefined) return `argument '--trend': it is --size-trend ${TREND_DEFAULT}, and --size-trend ${text} is given too. Give one of them.`;
  let count = short ? TREND_DEFAULT : 0;
  if (text !== undefined && text !== 'none') {
    if (!/^\d+$/.test(text) || Number(text) > HISTORY_CAP) {
      return `argument '--size-trend': '${text}' is not a number of builds from 0 to ${HISTORY_CAP}. E.g. --size-trend ${TREND_DEFAULT} (the step's default, or --trend); 'none' or 0 turns the trend off.`;
    }
    count = Number(text);
  }
  if (count > 0 && image.kind === 'layout' && compare?.kind !== 'registry') {
    return `argument '${short ? '--trend' : '--size-trend'}': '${image.dir}' is an OCI layout, which holds no size history. Give --compare with a registry image whose repository holds it (e.g. --compare ghcr.io/acme/app:main), or leave the trend out.`;
  }
  return count;
}
