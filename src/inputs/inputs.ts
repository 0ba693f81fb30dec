/** Follows docker/build-push-action v7.3.0: src/context.ts, action.yml. */
import { parseBool } from '../util/boolean.js';
import { InputError } from './errors.js';
import { parseList, type ListOptions } from './list.js';

/**
 * The action's inputs, keyed by their action.yml names. The names and meaning are
 * docker/build-push-action's, so switching is a one-line change of `uses:`.
 */
export interface Inputs {
  'add-hosts': string[];
  allow: string[];
  annotations: string[];
  attests: string[];
  'build-args': string[];
  'build-contexts': string[];
  builder: string;
  'cache-from': string[];
  'cache-to': string[];
  call: string;
  'cgroup-parent': string;
  context: string;
  file: string;
  labels: string[];
  load: boolean;
  network: string;
  'no-cache': boolean;
  'no-cache-filters': string[];
  outputs: string[];
  platforms: string[];
  provenance: string;
  pull: boolean;
  push: boolean;
  sbom: string;
  secrets: string[];
  'secret-envs': string[];
  'secret-files': string[];
  'shm-size': string;
  ssh: string[];
  tags: string[];
  target: string;
  ulimit: string[];
  'github-token': string;
  // hoist's own: the size report.
  'compare-to': string;
  'max-size': string;
  'max-size-increase': string;
  'annotate-growth': string;
  /** How many builds the size chart draws; 'none' or 0: no chart. */
  'size-trend': string;
  'pr-comment': boolean;
  /** `files`: download the layers and say where the bytes are (the largest files, the bytes wasted); empty or `none`: off. */
  'size-analysis': string;
  // hoist's own: caching.
  cache: string;
  'cache-ref': string;
  'cache-scope': string;
  'cache-mounts': boolean;
  'cache-mounts-max-size': string;
  'cache-stages': string[];
  // docker/setup-buildx-action's: the builder hoist sets up when none is given.
  driver: string;
  'driver-opts': string[];
  'buildkitd-flags': string;
  'buildkitd-config': string;
  'buildkitd-config-inline': string;
  endpoint: string;
  append: string;
  /** setup-buildx-action's `version`: the buildx hoist runs (empty: the runner's; `latest` or e.g. `v0.19.0`: downloaded when the runner's differs). */
  version: string;
  /** setup-buildx-action's `name`: the name of the builder hoist sets up (a generated one when empty). */
  name: string;
  /** setup-buildx-action's `use`: make the builder hoist sets up the current one for the job's later steps. */
  use: boolean;
  /** setup-buildx-action's `keep-state`: keep the BuildKit state volume when the builder is removed. */
  'keep-state': boolean;
  /** setup-buildx-action's `cleanup`: remove the builder hoist set up in the post step. */
  cleanup: boolean;
  /** setup-buildx-action's `cache-binary`: keep a downloaded buildx in the Actions cache. */
  'cache-binary': boolean;
  // docker/setup-qemu-action's `image`: what registers QEMU where a stage runs emulated.
  'binfmt-image': string;
  /** setup-qemu-action's `platforms`: the emulators to register, instead of the ones the Dockerfile analysis asks for. */
  'binfmt-platforms': string[];
  // docker/github-builder's meta-* inputs, in docker/metadata-action's rule syntax:
  // tags, labels and annotations from the git context.
  'meta-images': string[];
  'meta-tags': string[];
  'meta-flavor': string[];
  'meta-labels': string[];
  'meta-annotations': string[];
  /** Separators of the tags/tag-names, labels and annotations outputs (metadata-action's sep-*); a newline when empty. */
  'meta-sep-tags': string;
  'meta-sep-labels': string;
  'meta-sep-annotations': string;
  /** metadata-action's `context`: `workflow` (the event) or `git` (the checkout's HEAD). */
  'meta-context': string;
  // docker/login-action's names, and docker/github-builder's registry-auths.
  registry: string;
  username: string;
  password: string;
  /** login-action's `scope`: the repositories (and actions) the login's token is for. */
  scope: string;
  /** login-action's `ecr`: auto, true or false; hoist does not log in to ECR itself. */
  ecr: string;
  'registry-auths': string;
  logout: boolean;
  // hoist's own: one platform per matrix job, merged into one image by a later job.
  distribute: string;
  merge: boolean;
  // hoist's own: post the size report a fork's pull request run saved (workflow_run).
  'comment-only': boolean;
}

/** `untrimmed`: a string whose spaces count (a separator), read as metadata-action reads sep-* (trimWhitespace: false). */
type Kind = { list: ListOptions } | 'string' | 'untrimmed' | 'boolean';

/** How each input is read; the one table action.yml is checked against in the tests. */
export const INPUT_KINDS: Record<keyof Inputs, Kind> = {
  'add-hosts': { list: {} },
  allow: { list: {} },
  annotations: { list: { ignoreComma: true } },
  attests: { list: { ignoreComma: true } },
  'build-args': { list: { ignoreComma: true } },
  'build-contexts': { list: { ignoreComma: true } },
  builder: 'string',
  'cache-from': { list: { ignoreComma: true } },
  'cache-to': { list: { ignoreComma: true } },
  call: 'string',
  'cgroup-parent': 'string',
  context: 'string',
  file: 'string',
  labels: { list: { ignoreComma: true } },
  load: 'boolean',
  network: 'string',
  'no-cache': 'boolean',
  'no-cache-filters': { list: {} },
  outputs: { list: { ignoreComma: true, quote: false } },
  platforms: { list: {} },
  provenance: 'string',
  pull: 'boolean',
  push: 'boolean',
  sbom: 'string',
  secrets: { list: { ignoreComma: true, trimWhitespace: false } },
  'secret-envs': { list: {} },
  'secret-files': { list: { ignoreComma: true } },
  'shm-size': 'string',
  ssh: { list: {} },
  tags: { list: {} },
  target: 'string',
  ulimit: { list: { ignoreComma: true } },
  'github-token': 'string',
  'compare-to': 'string',
  'max-size': 'string',
  'max-size-increase': 'string',
  'annotate-growth': 'string',
  'size-trend': 'string',
  'pr-comment': 'boolean',
  'size-analysis': 'string',
  cache: 'string',
  'cache-ref': 'string',
  'cache-scope': 'string',
  'cache-mounts': 'boolean',
  'cache-mounts-max-size': 'string',
  'cache-stages': { list: {} },
  driver: 'string',
  'driver-opts': { list: { ignoreComma: true, quote: false } },
  'buildkitd-flags': 'string',
  'buildkitd-config': 'string',
  'buildkitd-config-inline': 'string',
  endpoint: 'string',
  append: 'string',
  version: 'string',
  name: 'string',
  use: 'boolean',
  'keep-state': 'boolean',
  cleanup: 'boolean',
  'cache-binary': 'boolean',
  'binfmt-image': 'string',
  'binfmt-platforms': { list: {} },
  'meta-images': { list: { ignoreComma: true } },
  'meta-tags': { list: { ignoreComma: true } },
  'meta-flavor': { list: { ignoreComma: true } },
  'meta-labels': { list: { ignoreComma: true } },
  'meta-annotations': { list: { ignoreComma: true } },
  'meta-sep-tags': 'untrimmed',
  'meta-sep-labels': 'untrimmed',
  'meta-sep-annotations': 'untrimmed',
  'meta-context': 'string',
  registry: 'string',
  username: 'string',
  password: 'string',
  scope: 'string',
  ecr: 'string',
  'registry-auths': 'string',
  logout: 'boolean',
  distribute: 'string',
  merge: 'boolean',
  'comment-only': 'boolean'
};

/** Reads one raw input; `trim: false` keeps whitespace (the runner's core.getInput semantics). */
export type InputReader = (name: string, trim: boolean) => string;

/** Booleans whose action.yml default is true (an empty value means the default). */
const DEFAULT_TRUE = new Set(['pr-comment', 'cache-mounts', 'logout', 'cleanup', 'cache-binary']);

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts; '' means the default. */
export function parseBoolean(name: string, value: string): boolean {
  if (value === '') return DEFAULT_TRUE.has(name);
  const parsed = parseBool(value, 'yaml');
  if (parsed !== undefined) return parsed;
  throw new InputError(name, `'${value}' is not a boolean`, `Use true or false.`);
}

/** Raw inputs → typed Inputs. Pure: the reader is the only contact with the outside. */
export function parseInputs(read: InputReader): Inputs {
  const inputs: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(INPUT_KINDS)) {
    if (kind === 'boolean') {
      inputs[name] = parseBoolean(name, read(name, true));
    } else if (kind === 'string' || kind === 'untrimmed') {
      inputs[name] = read(name, kind === 'string');
    } else {
      inputs[name] = parseList(read(name, kind.list.trimWhitespace !== false), kind.list);
    }
  }
  return inputs as unknown as Inputs;
}
