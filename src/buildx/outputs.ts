/**
 * setup-buildx-action's outputs `name`, `driver`, `platforms` and `nodes`, from
 * `docker buildx inspect` as actions-toolkit reads it: each node as its NodeInfo JSON
 * (`driver-opts` as key=value, `platforms` comma-separated, the starred ones only when
 * some are starred), and `platforms` as the nodes' platforms without repeats.
 * Follows docker/actions-toolkit v0.95.0: src/buildx/builder.ts, src/types/buildx/builder.ts.
 * Follows docker/setup-buildx-action v4.3.0: src/main.ts.
 */
import type { BuilderFacts } from '../plan/facts.js';
import { execChecked, type Exec } from '../util/exec.js';
import type { StoredBuilder } from './store.js';

interface GCPolicy {
  all?: boolean;
  filter?: string[];
  keepDuration?: string;
  keepBytes?: string;
  reservedSpace?: string;
  maxUsedSpace?: string;
  minFreeSpace?: string;
}

interface Device {
  name?: string;
  annotations?: Record<string, string>;
  autoAllow?: boolean;
  onDemand?: boolean;
}

/** actions-toolkit's NodeInfo: the keys the `nodes` output carries. */
export interface NodeInfo {
  name?: string;
  endpoint?: string;
  'driver-opts'?: string[];
  status?: string;
  'buildkitd-flags'?: string;
  buildkit?: string;
  platforms?: string;
  features?: Record<string, boolean>;
  labels?: Record<string, string>;
  devices?: Device[];
  gcPolicy?: GCPolicy[];
  files?: Record<string, string>;
}

export interface BuilderOutputs {
  name: string;
  driver: string;
  /** Comma-separated, each once, in the nodes' order. */
  platforms: string;
  /** The nodes as JSON, indented by two as setup-buildx-action prints them. */
  nodes: string;
}

const GC_KEYS: Record<string, keyof GCPolicy> = {
  'keep duration': 'keepDuration',
  'keep bytes': 'keepBytes',
  'reserved space': 'reservedSpace',
  'max used space': 'maxUsedSpace',
  'min free space': 'minFreeSpace'
};

/** The builder's name, driver and nodes from `docker buildx inspect` text. */
export function parseInspectNodes(text: string): { name?: string; driver?: string; nodes: NodeInfo[] } {
  const builder: { name?: string; driver?: string; nodes: NodeInfo[] } = { nodes: [] };
  let node: NodeInfo = {};
  let section: 'features' | 'labels' | 'devices' | 'gcpolicy' | 'file' | undefined;
  let policy: GCPolicy | undefined;
  let device: Device | undefined;
  let file: string | undefined;
  const closePolicy = (): void => {
    if (policy && node.gcPolicy) node.gcPolicy.push(policy);
    policy = undefined;
  };
  const closeDevice = (): void => {
    if (device && node.devices) node.devices.push(device);
    device = undefined;
  };
  for (const line of text.trim().split('\n')) {
    const [key, ...rest] = line.split(':');
    if (key.length === 0) continue;
    const lkey = key.toLowerCase();
    const value = rest.map(v => v.trim()).join(':');
    const top = (): void => {
      section = undefined;
    };
    if (lkey === 'name') {
      top();
      if (builder.name === undefined) builder.name = value;
      else {
        closePolicy();
        if (node.name) builder.nodes.push(node);
        node = { name: value };
      }
    } else if (lkey === 'driver') {
      top();
      builder.driver = value;
    } else if (lkey === 'last activity') top();
    else if (lkey === 'endpoint') {
      top();
      node.endpoint = value;
    } else if (lkey === 'driver options') {
      top();
      node['driver-opts'] = (value.match(/([a-zA-Z0-9_.]+)="([^"]*)"/g) ?? []).map(v => v.replace(/^(.*)="(.*)"$/, '$1=$2'));
    } else if (lkey === 'status') {
      top();
      node.status = value;
    } else if (lkey === 'buildkit daemon flags' || lkey === 'flags') {
      top();
      node['buildkitd-flags'] = value;
    } else if (lkey === 'buildkit version' || lkey === 'buildkit') {
      top();
      node.buildkit = value;
    } else if (lkey === 'platforms') {
      top();
      if (!value) continue;
      const all = value.split(', ');
      // Starred platforms are the ones the node was declared with: only those, as actions-toolkit reads them.
      const chosen = value.includes('*') ? all.filter(p => p.includes('*')).map(p => p.replace(/\*/g, '')) : all;
      node.platforms = chosen.join(',');
    } else if (lkey === 'features') {
      section = 'features';
      node.features = {};
    } else if (lkey === 'labels') {
      section = 'labels';
      node.labels = {};
    } else if (lkey === 'devices') {
      section = 'devices';
      node.devices ??= [];
    } else if (lkey.startsWith('gc policy rule#')) {
      section = 'gcpolicy';
      if (node.gcPolicy) closePolicy();
    } else if (lkey.startsWith('file#')) {
      section = 'file';
      file = key.split('#')[1];
      node.files ??= {};
      node.files[file] = '';
    } else {
      if (section && section !== 'devices') closeDevice();
      const k = lkey.trim();
      if (section === 'features') node.features![key.trim()] = Boolean(value);
      else if (section === 'labels') node.labels![key.trim()] = value;
      else if (section === 'devices') {
        if (k === 'name') {
          closeDevice();
          device = { name: value };
        } else if (k === 'on-demand' && device && value) device.onDemand = value === 'true';
        else if (k === 'automatically allowed' && device && value) device.autoAllow = value === 'true';
        else if (k === 'annotations' && device) device.annotations ??= {};
        else if (device?.annotations) device.annotations[key.trim()] = value;
      } else if (section === 'gcpolicy') {
        node.gcPolicy ??= [];
        policy ??= {};
        if (k === 'all') policy.all = value === 'true';
        else if (k === 'filters') {
          if (value) policy.filter = value.split(',');
        } else if (k in GC_KEYS) (policy as Record<string, string>)[GC_KEYS[k]] = value;
      } else if (section === 'file' && file && node.files) {
        if (node.files[file].length > 0) node.files[file] += '\n';
        node.files[file] += line.replace(/^\s>\s?/, '');
      }
    }
  }
  closeDevice();
  closePolicy();
  if (node.name) builder.nodes.push(node);
  return builder;
}

/** The four outputs, as setup-buildx-action sets them after its `Inspect builder` group. */
export function builderOutputs(text: string, fallbackName: string): BuilderOutputs {
  const builder = parseInspectNodes(text);
  const platforms: string[] = [];
  for (const node of builder.nodes) for (const p of node.platforms?.split(',') ?? []) if (!platforms.includes(p)) platforms.push(p);
  return { name: builder.name || fallbackName, driver: builder.driver ?? '', platforms: platforms.join(','), nodes: JSON.stringify(builder.nodes, undefined, 2) };
}

/** `docker buildx inspect <name>`, read into the outputs. */
export async function inspectOutputs(exec: Exec, name: string): Promise<BuilderOutputs> {
  const { stdout } = await execChecked(exec, 'docker', ['buildx', 'inspect', ...(name ? [name] : [])]);
  return builderOutputs(stdout, name);
}

/**
 * The outputs of a builder hoist did not set up, from what hoist already knows of it:
 * buildx's store (nodes, endpoints, the platforms given to `buildx create`), or for the
 * engine's own builder the `docker buildx inspect` hoist ran anyway. A live inspect on
 * every run would cost about 0.1 s beside the build (`npm run bench`); a builder hoist
 * sets up is inspected as it boots, so its outputs carry status, BuildKit and platforms.
 */
export function knownOutputs(builder: BuilderFacts, stored: StoredBuilder | undefined): BuilderOutputs {
  const nodes: NodeInfo[] = stored
    ? stored.nodes.map(n => ({ name: n.name, endpoint: n.endpoint, ...(n.platforms.length > 0 ? { platforms: n.platforms.join(',') } : {}) }))
    : (builder.nodes ?? []).map((n, i) => ({
        name: n.name,
        endpoint: n.endpoint,
        ...(n.status ? { status: n.status } : {}),
        ...(i === 0 && builder.buildkitVersion ? { buildkit: builder.buildkitVersion } : {}),
        ...(n.platforms.length > 0 ? { platforms: n.platforms.join(',') } : {})
      }));
  const platforms = [...new Set(stored ? stored.nodes.flatMap(n => n.platforms) : builder.platforms)];
  return { name: builder.name, driver: builder.driver, platforms: platforms.join(','), nodes: JSON.stringify(nodes, undefined, 2) };
}
