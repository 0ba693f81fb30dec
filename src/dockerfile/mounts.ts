/**
 * Build args and RUN cache mounts, resolved as BuildKit's Dockerfile frontend does it
 * (moby/buildkit frontend/dockerfile/instructions and dockerfile2llb): the global and
 * per-stage ARG/ENV scopes, which image a stage starts from (`stageBase`, following
 * `FROM <stage>` chains), and each valid `--mount=type=cache` of a RUN with its
 * variables expanded (`cacheMounts`). Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/instructions/commands_runmount.go, frontend/dockerfile/dockerfile2llb/convert.go, frontend/dockerfile/dockerfile2llb/convert_runmount.go, frontend/dockerfile/dockerfile2llb/platform.go.
 */
import { argPairs, envPairs, type ParsedDockerfile } from './parse.js';
import { expand, type Expanded, type Lookup } from './expand.js';
import { parseBool } from '../util/boolean.js';

export interface CacheMount {
  /** `id=` or, as BuildKit does when absent, the cleaned target path. */
  id: string;
  /** `target=`/`dst=`/`destination=`, as written (variables expanded). */
  target: string;
  sharing: 'shared' | 'private' | 'locked';
  uid?: number;
  gid?: number;
  /** As written, e.g. '0755'. */
  mode?: string;
  from?: string;
  source?: string;
  readonly: boolean;
  stageIndex: number;
  /** 1-based line of the RUN. */
  line: number;
  /**
   * Variables this mount reads that the Dockerfile and build args give no value (present only when non-empty):
   * left as written when the build platform or the base image may set them (`$TARGETARCH`, or a name never
   * declared in the stage), empty when BuildKit would read them as empty (an ARG declared without a value).
   */
  unresolved?: string[];
}

/** Set by BuildKit from the build and target platforms (and the target), unknowable from the text. */
const AUTOMATIC_ARGS = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE'
]);

/** A variable's value; `unknown` when it came (partly) from a value the text cannot tell. */
type EnvValue = { value: string; unknown: boolean } | 'automatic' | 'declared';

/** BuildKit's global scope: the automatic platform args, then each global ARG in order (build args win over defaults). */
function globalScope(dockerfile: ParsedDockerfile, buildArgs: Record<string, string>): Map<string, EnvValue> {
  const env = new Map<string, EnvValue>();
  for (const name of AUTOMATIC_ARGS) env.set(name, has(buildArgs, name) ? { value: buildArgs[name], unknown: false } : 'automatic');
  const lookup = scopeLookup(env, 'unset');
  for (const arg of dockerfile.globalArgs) {
    if (has(buildArgs, arg.name)) env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
    else if (arg.value !== undefined) {
      const r = expand(arg.raw ?? arg.value, dockerfile.escape, lookup);
      env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
    } else if (!env.has(arg.name)) env.set(arg.name, 'declared');
  }
  return env;
}

/** How names absent from the scope read: unset (global scope), or left as written (a stage, whose base image may set them). */
function scopeLookup(env: Map<string, EnvValue>, absent: 'unset' | 'raw'): Lookup {
  return name => {
    const v = env.get(name);
    if (v === undefined) return { kind: absent };
    if (v === 'automatic') return { kind: 'raw' };
    if (v === 'declared') return { kind: 'unset' };
    return { kind: 'set', value: v.value, unknown: v.unknown };
  };
}

function has(record: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The earlier stage a stage's FROM names (after global ARG expansion), as BuildKit matches it: exactly, against lower-cased names. */
function parentStage(dockerfile: ParsedDockerfile, position: number, globals: Map<string, EnvValue>): { parent?: number; base: Expanded } {
  const stage = dockerfile.stages[position];
  const base = expand(stage.base, dockerfile.escape, scopeLookup(globals, 'unset'));
  if (base.error || base.unknown.length > 0) return { base };
  let parent: number | undefined;
  for (let j = 0; j < position; j++) if (dockerfile.stages[j].name !== undefined && dockerfile.stages[j].name === base.text) parent = j;
  return { parent, base };
}

/**
 * The stage and the stages it is built `FROM`, nearest first: `FROM deps AS build` gives
 * build, deps. BuildKit brings the whole chain to life for a step of the last one.
 */
export function stageChain(dockerfile: ParsedDockerfile, stageIndex: number, buildArgs: Record<string, string> = {}): number[] {
  return chainIn(dockerfile, stageIndex, globalScope(dockerfile, buildArgs));
}

function chainIn(dockerfile: ParsedDockerfile, stageIndex: number, globals: Map<string, EnvValue>): number[] {
  const chain: number[] = [];
  // A stage can only be built FROM an earlier one, so the chain always ends.
  for (let position: number | undefined = stageIndex; position !== undefined && dockerfile.stages[position];) {
    chain.push(position);
    position = parentStage(dockerfile, position, globals).parent;
  }
  return chain;
}

/** The image a stage's chain starts from (its first `FROM` that names no stage), with that stage's `--platform`. */
export function stageBase(dockerfile: ParsedDockerfile, stageIndex: number, buildArgs: Record<string, string> = {}): { image: string; platform?: string; stageIndex: number } | undefined {
  const globals = globalScope(dockerfile, buildArgs);
  const position = chainIn(dockerfile, stageIndex, globals).at(-1);
  const stage = position === undefined ? undefined : dockerfile.stages[position];
  if (position === undefined || !stage) return undefined;
  const { base } = parentStage(dockerfile, position, globals);
  if (base.error || base.unknown.length > 0 || base.missing.length > 0 || base.text === '' || base.text === 'scratch') return undefined;
  const result: { image: string; platform?: string; stageIndex: number } = { image: base.text, stageIndex: position };
  if (stage.platform !== undefined) {
    // $BUILDPLATFORM and friends stay as written; a variable with no value at all leaves the platform unknown.
    const platform = expand(stage.platform, dockerfile.escape, scopeLookup(globals, 'unset'));
    if (platform.error || platform.missing.length > 0 || platform.text === '') return undefined;
    result.platform = platform.text;
  }
  return result;
}

export function cacheMounts(dockerfile: ParsedDockerfile, buildArgs: Record<string, string> = {}): CacheMount[] {
  const globals = globalScope(dockerfile, buildArgs);
  const finalScopes: Array<Map<string, EnvValue>> = [];
  const mounts: CacheMount[] = [];
  dockerfile.stages.forEach((stage, position) => {
    // A stage built on an earlier one inherits its environment, ARGs included (BuildKit copies the state).
    const { parent } = parentStage(dockerfile, position, globals);
    const env = new Map<string, EnvValue>(parent !== undefined ? finalScopes[parent] : []);
    const lookup = scopeLookup(env, 'raw');
    for (const ins of stage.instructions) {
      if (ins.keyword === 'ARG') {
        for (const arg of argPairs(ins.args, dockerfile.escape)) {
          if (arg.name === '') continue;
          if (has(buildArgs, arg.name)) env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
          else if (arg.raw !== undefined) {
            const r = expand(arg.raw, dockerfile.escape, lookup);
            env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
          } else {
            const global = globals.get(arg.name);
            if (global !== undefined && global !== 'declared') env.set(arg.name, global);
            else if (!env.has(arg.name)) env.set(arg.name, 'declared');
          }
        }
      } else if (ins.keyword === 'ENV') {
        // All values read the environment from before this ENV.
        const values = envPairs(ins.args, dockerfile.escape).map(p => ({ name: p.name, r: expand(p.raw, dockerfile.escape, lookup) }));
        for (const { name, r } of values) env.set(name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
      } else if (ins.keyword === 'RUN') {
        for (const flag of ins.flags) {
          if (!flag.startsWith('--mount=')) continue;
          const mount = cacheMount(flag.slice('--mount='.length), dockerfile.escape, lookup);
          if (mount) mounts.push({ ...mount, stageIndex: stage.index, line: ins.line });
        }
      }
    }
    finalScopes[position] = env;
  });
  return mounts;
}

const MOUNT_TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
const SHARING = new Set(['shared', 'private', 'locked']);
const MOUNT_KEYS = new Set(['type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env']);

/** One `--mount=` value when it is a valid cache mount; anything BuildKit would reject yields undefined. */
function cacheMount(csv: string, escape: string, lookup: Lookup): Omit<CacheMount, 'stageIndex' | 'line'> | undefined {
  const fields = csvFields(csv);
  if (!fields) return undefined;
  let type = 'bind';
  let id = '';
  let target = '';
  let sharing: CacheMount['sharing'] = 'shared';
  let readonly = false;
  const extra: Partial<Pick<CacheMount, 'uid' | 'gid' | 'mode' | 'from' | 'source'>> = {};
  const unresolved = new Set<string>();
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') readonly = true;
      else if (key === 'readwrite' || key === 'rw') readonly = false;
      else if (key === 'required' && (type === 'secret' || type === 'ssh')) continue;
      else return undefined;
      continue;
    }
    const written = field.slice(eq + 1);
    if (!MOUNT_KEYS.has(key)) return undefined;
    if (key === 'from' && hasVariable(written)) return undefined;
    const r = expand(written, escape, lookup);
    if (r.error !== undefined) return undefined;
    for (const n of [...r.unknown, ...r.missing]) unresolved.add(n);
    const value = r.text;
    switch (key) {
      case 'type':
        type = value.toLowerCase();
        if (!MOUNT_TYPES.has(type)) return undefined;
        break;
      case 'from':
        extra.from = value;
        break;
      case 'source':
      case 'src':
        extra.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = value;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(value, 'go');
        if (b === undefined) return undefined;
        readonly = key === 'readonly' || key === 'ro' ? b : !b;
        break;
      }
      case 'required':
        if (type !== 'secret' && type !== 'ssh') return undefined;
        break;
      case 'size':
        if (type !== 'tmpfs') return undefined;
        break;
      case 'id':
        id = value;
        break;
      case 'sharing': {
        const s = value.toLowerCase();
        if (!SHARING.has(s)) return undefined;
        sharing = s as CacheMount['sharing'];
        break;
      }
      case 'mode':
        if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0xffffffff) return undefined;
        extra.mode = value;
        break;
      case 'uid':
      case 'gid':
        if (!/^[0-9]+$/.test(value) || Number(value) > 0xffffffff) return undefined;
        extra[key] = Number(value);
        break;
      case 'env':
        break;
    }
  }
  if (type !== 'cache') return undefined;
  const mount: Omit<CacheMount, 'stageIndex' | 'line'> = { id: id || cleanPath(target), target, sharing, ...extra, readonly };
  if (unresolved.size > 0) mount.unresolved = [...unresolved].sort();
  return mount;
}

/** BuildKit takes `from` as written: a `$` there (but a trailing one) is a variable it refuses. */
function hasVariable(value: string): boolean {
  const dollar = value.indexOf('$');
  return dollar !== -1 && dollar !== value.length - 1;
}

/**
 * The `from=` of one `--mount=` value, any mount type, as BuildKit reads it for the stage
 * graph (the key case-insensitive, the last one winning); undefined when there is none, it
 * is empty or holds a variable, or the value is no CSV BuildKit would read.
 */
export function mountFrom(csv: string): string | undefined {
  let from: string | undefined;
  for (const field of csvFields(csv) ?? []) {
    const eq = field.indexOf('=');
    if (eq >= 0 && field.slice(0, eq).trim().toLowerCase() === 'from') from = field.slice(eq + 1);
  }
  return from === undefined || from === '' || hasVariable(from) ? undefined : from;
}

/** One CSV record (fields may be "quoted", "" is a quote inside them); undefined where a strict CSV reader fails. */
function csvFields(line: string): string[] | undefined {
  if (line === '') return undefined;
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] !== '"') {
      const comma = line.indexOf(',', pos);
      const field = comma < 0 ? line.slice(pos) : line.slice(pos, comma);
      if (field.includes('"')) return undefined;
      fields.push(field);
      if (comma < 0) return fields;
      pos = comma + 1;
      continue;
    }
    let field = '';
    pos++;
    for (;;) {
      const quote = line.indexOf('"', pos);
      if (quote < 0) return undefined;
      field += line.slice(pos, quote);
      pos = quote + 1;
      if (line[pos] === '"') {
        field += '"';
        pos++;
        continue;
      }
      break;
    }
    fields.push(field);
    if (pos === line.length) return fields;
    if (line[pos] !== ',') return undefined;
    pos++;
  }
}

/** Go's path.Clean. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? '/' + joined : joined || '.';
}
