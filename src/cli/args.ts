/**
 * hoist-sizes' command line, read without touching anything: `<image> [--compare <image>]
 * [--json] [--max-size …] [--max-size-increase …]`. A bad argument is one message naming
 * the argument, the bad part and the fix (the gates in the step's own wording).
 */
import { parseArgs } from 'node:util';
import { checkGateLimits } from '../inputs/validate.js';
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
}

export type ParsedArgs = { help: true } | { help?: false; args: SizesArgs } | { help?: false; error: string };

export const USAGE = `usage: hoist-sizes <image> [--compare <image>] [--json] [--max-size <size>] [--max-size-increase <size|percent>] [-f <Dockerfile>] [--target <stage>]

  <image>                 a registry reference (ghcr.io/acme/app:1.2, …@sha256:…) or an OCI
                          image layout: oci:<dir>, or a directory holding index.json
  --compare <image>       the baseline, in the same forms: adds Δ columns and what changed
  --json                  print the step's \`sizes\` output (exact bytes) instead of the table
  --max-size <size>       fail (exit 1) when a platform's compressed size is over it (20MB, 19.5MiB)
  --max-size-increase <v> fail (exit 1) when a platform grew more than it vs --compare (10%, 2MB)
  -f, --file <path>       the Dockerfile the image was built from, to name the line that made each
                          layer, as the step does (default: ./Dockerfile when there is one)
  --target <stage>        the stage the image was built from (default: the last)
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
  help: { type: 'boolean', short: 'h' }
} as const;

/** `--name` when the text names one of the options, for messages. */
const optionNamed = (text: string): string | undefined => /'(-[-\w]+)[ ']/.exec(text)?.[1];

/** node:util's parse errors, said the way hoist says a bad input. */
function parseError(e: Error & { code?: string }): string {
  const named = optionNamed(e.message) ?? 'an option';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `argument '${named}': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file or --target (--help lists them).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(e.message)
        ? `argument '${named}': the value is missing. Write it after the option, e.g. ${named} ${named === '--compare' ? 'ghcr.io/acme/app:main' : named === '--max-size-increase' ? '10%' : '20MB'}.`
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
  if (problems.length > 0) return { error: problems.join('\n') };
  return {
    args: { image, ...(compare ? { compare } : {}), json: values.json === true, maxSize, maxSizeIncrease, ...(values.file ? { file: values.file } : {}), target: values.target ?? '' }
  };
}
