/**
 * Native nodes per platform: docker/setup-buildx-action's `append` input (a YAML list of
 * `{name, endpoint, platforms, driver-opts, buildkitd-flags}`), and which node buildx sends
 * each platform to. Pure; src/buildx/setup.ts runs `docker buildx create --append`.
 * Follows docker/buildx v0.36.1: build/resolver/driver.go.
 * Follows docker/setup-buildx-action v4.3.0: src/main.ts, src/context.ts.
 */
import { InputError } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { formatPlatform, parsePlatform, PlatformError } from '../util/platform.js';
import { parseYaml } from '../util/yaml.js';
import type { BuilderNode } from './facts.js';

/** One node added to the builder hoist sets up. */
export interface AppendNode {
  /** buildx names it `<builder><index>` when empty. */
  name?: string;
  /** A BuildKit address (remote driver: tcp://, unix://), a docker context (docker-container), or empty (kubernetes). */
  endpoint?: string;
  /** The platforms it builds natively; buildx sends these platforms to it. */
  platforms: string[];
  driverOpts: string[];
  buildkitdFlags?: string;
}

const KEYS = ['name', 'endpoint', 'platforms', 'driver-opts', 'buildkitd-flags'];

/** The `append` input read: the nodes, and each problem (naming the entry and the fix). */
export async function appendNodes(inputs: Pick<Inputs, 'append' | 'driver'>): Promise<{ nodes: AppendNode[]; problems: InputError[] }> {
  const nodes: AppendNode[] = [];
  const problems: InputError[] = [];
  if (!inputs.append.trim()) return { nodes, problems };
  const fail = (message: string, fix: string) => problems.push(new InputError('append', message, fix));
  let entries: unknown;
  try {
    entries = await parseYaml(inputs.append);
  } catch {
    fail('is not YAML', 'Write a list: - endpoint: tcp://arm64-builder:1234, then platforms: linux/arm64 under it.');
    return { nodes, problems };
  }
  if (!Array.isArray(entries)) {
    fail('is not a YAML list', 'Start each node with "- endpoint: …" (setup-buildx-action\'s syntax).');
    return { nodes, problems };
  }
  const driver = inputs.driver || 'docker-container';
  entries.forEach((entry: unknown, i) => {
    const at = `entry ${i + 1}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      fail(`${at} is not a mapping`, 'Give each node as endpoint:, platforms: (and optionally name:, driver-opts:).');
      return;
    }
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).filter(k => !KEYS.includes(k));
    if (unknown.length > 0) fail(`${at} has ${unknown.map(k => `'${k}'`).join(', ')}, which is not a node setting`, `Use only ${KEYS.join(', ')}.`);
    const text = (key: string) => (typeof e[key] === 'string' || typeof e[key] === 'number' ? String(e[key]).trim() : '');
    const node: AppendNode = { platforms: [], driverOpts: [] };
    if (text('name')) node.name = text('name');
    if (text('endpoint')) node.endpoint = text('endpoint');
    if (text('buildkitd-flags')) node.buildkitdFlags = text('buildkitd-flags');
    const label = `${at}${node.endpoint ? ` (${node.endpoint})` : ''}`;
    if (!node.endpoint && driver === 'remote') fail(`${label} has no endpoint`, 'Give the address of its BuildKit, e.g. endpoint: tcp://arm64-builder:1234.');
    const platforms = listOf(e.platforms, ',');
    if (platforms.length === 0) fail(`${label} has no platforms`, 'Say which platforms it builds natively, e.g. platforms: linux/arm64; buildx sends those to it.');
    for (const p of platforms) {
      try {
        node.platforms.push(formatPlatform(parsePlatform(p)));
      } catch (err) {
        if (err instanceof PlatformError) fail(`${label}: ${err.message}`, 'Give platforms as os/arch[/variant], comma-separated.');
        else throw err;
      }
    }
    for (const opt of listOf(e['driver-opts'], '\n')) {
      if (!/^[^=\s]+=/.test(opt)) fail(`${label}: driver-opts entry '${opt}' is not of the form key=value`, 'Give one key=value per list item, e.g. - nodeselector=kubernetes.io/arch=arm64.');
      else node.driverOpts.push(opt);
    }
    nodes.push(node);
  });
  const names = nodes.map(n => n.name).filter((n): n is string => n !== undefined);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) fail(`the node name '${twice}' is given twice`, 'Give each node its own name, or leave name out.');
  return { nodes, problems };
}

/** A YAML list, or a string split on `sep` (setup-buildx accepts both for platforms and driver-opts). */
function listOf(value: unknown, sep: string): string[] {
  const items = Array.isArray(value) ? value.map(v => String(v)) : typeof value === 'string' ? value.split(sep) : [];
  return items.map(v => v.trim()).filter(v => v !== '');
}

/**
 * The platforms the first node takes: those asked for that no added node declares. Declared
 * on it, so buildx matches every platform to a node by what was declared, and does not fall
 * back to what each BuildKit lists, where a node with QEMU lists every platform and,
 * being first, would get them all.
 */
export function firstNodePlatforms(requested: string[], nodes: AppendNode[]): string[] {
  if (nodes.length === 0) return [];
  const taken = new Set(nodes.flatMap(n => n.platforms));
  return requested.filter(p => !taken.has(p));
}

/**
 * Which node buildx builds each platform on (build/resolver/driver.go): first by the
 * platforms the nodes declare, the first declaring node winning; if any platform is not
 * declared anywhere, by everything each node lists, first node first. A platform no
 * node lists goes to the first node. Platforms are compared normalised.
 */
export function assignPlatforms(nodes: BuilderNode[], platforms: string[]): Array<{ platform: string; node: BuilderNode }> {
  if (nodes.length === 0) return [];
  const pick = (platform: string, listed: (n: BuilderNode) => string[]) => nodes.find(n => listed(n).includes(platform));
  const declared = platforms.map(p => pick(p, n => n.declared));
  const perfect = declared.every(n => n !== undefined);
  return platforms.map((platform, i) => ({
    platform,
    node: (perfect ? declared[i] : pick(platform, n => [...n.declared, ...n.platforms])) ?? nodes[0]
  }));
}
