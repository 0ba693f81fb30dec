/**
 * The syntax of each input buildx reads, as data: input → what is wrong with one
 * entry (list inputs), with the whole list, or with the value (string inputs). Each
 * rule follows what buildx/BuildKit do with the form: what fails the build is an error,
 * what is ignored or means something unintended is a warning, and a form buildx gives a
 * meaning (`build-args: NAME` takes the value from the environment) is accepted.
 * Follows docker/buildx v0.36.1: util/buildflags/export.go, util/buildflags/context.go, util/buildflags/callfunc.go, util/buildflags/entitlements.go, build/opt.go.
 * Follows moby/buildkit v0.32.2: util/entitlements/entitlements.go.
 */
import { parseDockerfile } from '../dockerfile/parse.js';
import { InvalidReferenceError, parseReference } from '../registry/reference.js';
import { parseBool } from '../util/boolean.js';
import { csvFields, splitKeyValue } from './attrs.js';
import { attestEntryFindings, provenanceFindings, sbomFindings } from './attests.js';
import { fails, warns, type Finding } from './errors.js';
import { ANNOTATION_TYPES, outputFindings } from './exporters.js';
import type { PathProbe } from './files.js';
import type { Inputs } from './inputs.js';
import { formatPlatform, parsePlatform, PlatformError } from '../util/platform.js';
import { didYouMean } from '../util/words.js';

/** The Dockerfile on this machine, when it could be read, with its stage names (lowercase). */
export interface LocalDockerfile {
  path: string;
  text: string;
  stages: string[];
}

export interface RuleContext {
  inputs: Inputs;
  files: PathProbe;
  dockerfile?: LocalDockerfile;
}

type ListInput = { [K in keyof Inputs]: Inputs[K] extends string[] ? K : never }[keyof Inputs];
type TextInput = { [K in keyof Inputs]: Inputs[K] extends string ? K : never }[keyof Inputs];
type EntryRule = (entry: string, at: RuleContext, index: number) => Finding[];
type ListRule = (entries: string[], at: RuleContext) => Finding[];
type ValueRule = (value: string, at: RuleContext) => Finding[];

const none: Finding[] = [];

/** The fields, or undefined for a quote left open (buildx then fails on its own terms). */
function tryCsvFields(value: string): string[] | undefined {
  try {
    return csvFields(value);
  } catch {
    return undefined;
  }
}

function referenceProblem(ref: string): string | undefined {
  try {
    parseReference(ref);
    return undefined;
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    return e.message;
  }
}

// ---- entries -----------------------------------------------------------------

/** `NAME=value`, or `NAME` alone: buildx passes the environment variable of that name. */
const buildArg: EntryRule = (entry, _at, index) =>
  splitKeyValue(entry)[0] === '' ? [fails(`entry ${index + 1} has no name`, 'Write NAME=value, or NAME alone to pass the environment variable of that name.')] : none;

/** `key=value`; a key alone is a label with an empty value. */
const label: EntryRule = entry => (splitKeyValue(entry)[0] === '' ? [fails(`'${entry}' has no key`, 'Write key=value, e.g. org.opencontainers.image.source=https://github.com/acme/app.')] : none);

const ANNOTATION_FIX = `Write [type:]key=value, type one of ${ANNOTATION_TYPES.join(', ')} (optionally [os/arch]), e.g. index:org.opencontainers.image.description=My app.`;

/** buildx's ParseAnnotations: `key=value`, optionally after `type[,type…]:` where a type may carry `[platform]`. */
const annotation: EntryRule = entry => {
  const eq = entry.indexOf('=');
  if (eq === -1) return [fails(`'${entry}' is not of the form key=value`, ANNOTATION_FIX)];
  const key = entry.slice(0, eq);
  const colon = key.indexOf(':');
  if (colon === -1) return none;
  for (const part of key.slice(0, colon).split(',')) {
    const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(part);
    if (!m || !ANNOTATION_TYPES.includes(m[1])) return [fails(`'${entry}' has the unknown annotation type '${part}'`, ANNOTATION_FIX)];
    // containerd also reads a lone os or architecture; only a full os/arch is checked here.
    if (m[2]?.includes('/')) {
      try {
        parsePlatform(m[2]);
      } catch (e) {
        if (!(e instanceof PlatformError)) throw e;
        return [fails(`'${entry}': ${e.message}`, ANNOTATION_FIX)];
      }
    }
  }
  return none;
};

const CONTEXT_FIX = 'Write name=<directory>, name=docker-image://<image>, name=oci-layout://<path> or name=<Git or HTTP URL>.';
/** Sources buildx does not read from this machine's file system (URLs, Git refs, images, templates), left to it. */
const NOT_A_LOCAL_PATH = /^([a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|target:|input:)|\{\{|\.git(#|$)/i;

/** `name=source`: the name spelled like an image name, a local source an existing directory (buildx's ParseContextNames and build/opt.go). */
const buildContext: EntryRule = (entry, at) => {
  const eq = entry.indexOf('=');
  if (eq <= 0) return [fails(`'${entry}' is not of the form name=source`, CONTEXT_FIX)];
  const [name, source] = [entry.slice(0, eq), entry.slice(eq + 1)];
  const badName = referenceProblem(name);
  if (badName) return [fails(`'${name}' cannot name a context: ${badName}`, 'A context is named like an image: lowercase, e.g. alpine or project.')];
  if (source === '') return [fails(`'${entry}' has no source`, CONTEXT_FIX)];
  if (source.startsWith('docker-image://')) {
    const badImage = referenceProblem(source.slice('docker-image://'.length));
    return badImage ? [fails(`'${entry}': ${badImage}`, 'Give an image after docker-image://, e.g. docker-image://alpine:3.20.')] : none;
  }
  if (!NOT_A_LOCAL_PATH.test(source) && !at.files.isDirectory(source)) {
    return [fails(`'${entry}': '${source}' is not a directory`, 'Give a directory relative to the workspace (check it out or create it in an earlier step), or docker-image://<image>.')];
  }
  return none;
};

const ENTITLEMENTS = ['network.host', 'security.insecure', 'device', 'buildx.local.delete'];

/** BuildKit's entitlements (util/entitlements) and buildx's own buildx.local.delete; `device=<name>` names one device. */
const entitlement: EntryRule = entry => {
  const key = splitKeyValue(entry)[0];
  if (ENTITLEMENTS.includes(entry) || key === 'device') return none;
  return [fails(`'${entry}' is not an entitlement${didYouMean(key, ENTITLEMENTS)}`, 'Use network.host, security.insecure, device[=<name>] or buildx.local.delete.')];
};

/** docker's ulimit names (go-units). */
const ULIMITS = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];

const ulimit: EntryRule = entry => {
  const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(entry);
  if (!m) return [fails(`'${entry}' is not of the form name=soft[:hard]`, 'E.g. nofile=1024:1024.')];
  const [, name, soft, hard] = m;
  if (!ULIMITS.includes(name)) {
    return [fails(`'${entry}' names no ulimit '${name}'${didYouMean(name, ULIMITS)}`, `Use one of: ${ULIMITS.join(', ')}.`)];
  }
  // -1 is unlimited.
  if (hard !== undefined && hard !== '-1' && Number(soft) > Number(hard)) return [fails(`'${entry}' has a soft limit above its hard limit`, `E.g. ${name}=${hard}:${soft}.`)];
  return none;
};

const HOST = /^[^\s:=]+[:=]\S+$/;
const addHost: EntryRule = entry => (HOST.test(entry) ? none : [fails(`'${entry}' is not of the form host:ip`, 'E.g. docker:10.180.0.1.')]);

/** A filter that names no stage matches nothing (BuildKit compares names case-insensitively). */
const noCacheFilter: EntryRule = (entry, at) => {
  const dockerfile = at.dockerfile;
  if (!dockerfile || dockerfile.stages.length === 0 || dockerfile.stages.includes(entry.toLowerCase())) return none;
  return [warns(`no stage named '${entry}' in ${dockerfile.path}`, `it matches no stage and changes nothing (stages: ${dockerfile.stages.join(', ')})`)];
};

const ENTRY_RULES: { [K in ListInput]?: EntryRule } = {
  'add-hosts': addHost,
  allow: entitlement,
  annotations: annotation,
  attests: attestEntryFindings,
  'build-args': buildArg,
  'build-contexts': buildContext,
  labels: label,
  'no-cache-filters': noCacheFilter,
  outputs: (entry, at) => outputFindings(entry, at.files),
  ulimit
};

// ---- whole lists -------------------------------------------------------------

/** Each platform as buildx parses it (`local` is the runner's own); one listed twice is built twice into the index. */
const platforms: ListRule = entries => {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.toLowerCase() === 'local') continue;
    try {
      const normal = formatPlatform(parsePlatform(entry));
      const first = seen.get(normal);
      if (first !== undefined)
        findings.push(warns(`'${entry}' is listed twice${first === entry ? '' : ` (as '${first}')`}`, 'BuildKit builds it twice and the image index lists it twice; list each platform once'));
      else seen.set(normal, entry);
    } catch (e) {
      if (!(e instanceof PlatformError)) throw e;
      findings.push(fails(e.message, 'Use os/arch[/variant] names such as linux/amd64,linux/arm64.'));
    }
  }
  return findings;
};

/** `id[=socket|key[,key…]]`; no id is `default`, and BuildKit refuses an id given twice. */
const ssh: ListRule = entries => {
  const ids = entries.map(entry => splitKeyValue(entry)[0] || 'default');
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  return [...new Set(twice)].map(id => fails(`the id '${id}' is given twice`, 'Give each agent socket or key set its own id, e.g. default and github=/home/runner/.ssh/id_ed25519.'));
};

const LIST_RULES: { [K in ListInput]?: ListRule } = { platforms, ssh };

// ---- values ------------------------------------------------------------------

const CALL_METHODS = ['build', 'check', 'outline', 'targets', 'subrequests.describe'];
const CALL_FIX = `Write a method (${CALL_METHODS.join(', ')}), optionally with format=json or ignorestatus=true, e.g. check,format=json.`;
/** The Dockerfile frontend, under any of its image names (`# syntax=docker/dockerfile:1`). */
const DOCKERFILE_FRONTEND = /^(docker\.io\/)?docker\/dockerfile(-upstream)?(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/;

/** Another frontend may have other methods: one named by `# syntax=` or BUILDKIT_SYNTAX, or a Dockerfile hoist cannot read. */
function otherFrontendPossible(at: RuleContext): boolean {
  if (!at.dockerfile || at.inputs['build-args'].some(a => a.startsWith('BUILDKIT_SYNTAX='))) return true;
  const syntax = parseDockerfile(at.dockerfile.text).syntax;
  return syntax !== undefined && !DOCKERFILE_FRONTEND.test(syntax);
}

/** buildx's ParseCallFunc: one method, then format=… and ignorestatus=<bool>; `check` is `lint`. */
const call: ValueRule = (value, at) => {
  if (value === '') return none;
  let method: string | undefined;
  for (const field of tryCsvFields(value) ?? [value]) {
    const [key, option] = splitKeyValue(field);
    if (!field.includes('=')) {
      if (method !== undefined) return [fails(`'${value}' names two methods`, CALL_FIX)];
      method = field;
    } else if (key === 'ignorestatus' && parseBool(option, 'go') === undefined) {
      return [fails(`'${value}' has ignorestatus=${option}`, 'ignorestatus takes true or false.')];
    } else if (key !== 'format' && key !== 'ignorestatus') {
      return [fails(`'${value}': '${field}' is not an option of call`, CALL_FIX)];
    }
  }
  if (method === undefined || method === 'lint' || CALL_METHODS.includes(method) || otherFrontendPossible(at)) return none;
  return [fails(`the Dockerfile frontend has no method '${method}'${didYouMean(method, CALL_METHODS)}`, CALL_FIX)];
};

/** buildx's network modes; a named network is the builder's setting, never the build's. */
const NETWORKS = ['default', 'none', 'host'];
const network: ValueRule = value =>
  value === '' || NETWORKS.includes(value)
    ? none
    : [fails(`'${value}' is not a network mode`, 'Use default, none or host; a custom network is set on the builder (docker/setup-buildx-action driver-opts: network=<name>).')];

/** docker's RAMInBytes: a number, an optional unit (b, k, m, g, t, p), an optional i and b. */
const SIZE = /^\d+(\.\d+)?\s?[kmgtp]?i?b?$/i;
const shmSize: ValueRule = value => (value === '' || SIZE.test(value) ? none : [fails(`'${value}' is not a size`, 'Use a number with an optional unit, e.g. 2g or 512m.')]);

/**
 * cache-scope becomes part of a GitHub Actions cache key and of buildx's comma-separated
 * `type=gha,scope=…` attribute: letters, digits, '.', '_', '-' and '/' are safe in both
 * (no commas, quotes, '=' or whitespace), starting with a letter or digit, at most 200.
 */
const CACHE_SCOPE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
const cacheScope: ValueRule = value =>
  value === '' || CACHE_SCOPE.test(value)
    ? none
    : [fails(`'${value}' is not a cache scope`, "Use letters, digits, '.', '_', '-' and '/', starting with a letter or digit, at most 200 characters, e.g. acme/backend.")];

const VALUE_RULES: { [K in TextInput]?: ValueRule } = {
  call,
  'cache-scope': cacheScope,
  network,
  provenance: provenanceFindings,
  sbom: sbomFindings,
  'shm-size': shmSize
};

/** Every finding of the syntax rules, input by input. */
export function syntaxFindings(at: RuleContext): Array<[string, Finding]> {
  const found: Array<[string, Finding]> = [];
  const add = (input: string, findings: Finding[]): void => findings.forEach(f => found.push([input, f]));
  for (const [input, rule] of Object.entries(ENTRY_RULES) as Array<[ListInput, EntryRule]>) at.inputs[input].forEach((entry, i) => add(input, rule(entry, at, i)));
  for (const [input, rule] of Object.entries(LIST_RULES) as Array<[ListInput, ListRule]>) add(input, rule(at.inputs[input], at));
  for (const [input, rule] of Object.entries(VALUE_RULES) as Array<[TextInput, ValueRule]>) add(input, rule(at.inputs[input], at));
  return found;
}
