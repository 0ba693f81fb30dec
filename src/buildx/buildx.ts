import type { BuilderFacts, BuilderNode } from '../plan/facts.js';
import { formatPlatform, parsePlatform } from '../util/platform.js';
import { execChecked, type Exec } from '../util/exec.js';
import { parseWarnings, type BuildWarning } from './diagnostics.js';

/** `github.com/docker/buildx v0.36.1 abc123` → `v0.36.1`; unstamped builds (v0.0.0+unknown) → undefined. */
export function parseBuildxVersion(stdout: string): string | undefined {
  const m = /\bv?(\d+\.\d+\.\d+[^\s]*)/.exec(stdout);
  if (!m || m[1].startsWith('0.0.0')) return undefined;
  return `v${m[1]}`;
}

export async function buildxVersion(run: Exec): Promise<string | undefined> {
  const { stdout } = await execChecked(run, 'docker', ['buildx', 'version']);
  return parseBuildxVersion(stdout);
}

/** Reads `docker buildx inspect` text: name, driver, the union of node platforms, BuildKit version, each node. */
export function parseInspect(stdout: string): BuilderFacts {
  const facts: BuilderFacts = { name: '', driver: '', platforms: [] };
  let node: BuilderNode | undefined;
  for (const line of stdout.split('\n')) {
    const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key] = m;
    const value = m[2].trim();
    if (key === 'Nodes') {
      facts.nodes = [];
    } else if (key === 'Name' && facts.nodes) {
      node = { name: value, endpoint: '', status: '', platforms: [], declared: [] };
      facts.nodes.push(node);
    } else if (key === 'Name') facts.name = value;
    else if (key === 'Driver' && !facts.nodes) facts.driver = value;
    else if (key === 'Endpoint' && facts.nodes) {
      (facts.endpoints ??= []).push(value);
      if (node) node.endpoint = value;
    } else if (key === 'Status' && node) node.status = value;
    else if (key === 'BuildKit version' || key === 'Buildkit') {
      if (!facts.buildkitVersion && /^v?\d+\.\d+\.\d+/.test(value) && !value.replace(/^v/, '').startsWith('0.0.0')) {
        facts.buildkitVersion = value;
      }
    } else if (key === 'Platforms') {
      for (const p of value.split(',')) {
        const name = p.trim().replace(/\*$/, '');
        if (!name) continue;
        try {
          const normal = formatPlatform(parsePlatform(name));
          if (!facts.platforms.includes(normal)) facts.platforms.push(normal);
          if (node && !node.platforms.includes(normal)) node.platforms.push(normal);
          if (node && p.trim().endsWith('*')) node.declared.push(normal);
        } catch {
          // A platform hoist does not know is still the builder's business.
        }
      }
    }
  }
  return facts;
}

export class BuilderNotFoundError extends Error {}

export async function inspectBuilder(run: Exec, name: string): Promise<BuilderFacts> {
  const result = await run('docker', ['buildx', 'inspect', ...(name ? [name] : [])]);
  if (result.exitCode !== 0) {
    throw new BuilderNotFoundError(result.stderr.trim().split('\n').pop() ?? `exit ${result.exitCode}`);
  }
  return parseInspect(result.stdout);
}

/** The containerd image store can hold multi-platform images; the classic one cannot. */
export async function engineLoadsMultiPlatform(run: Exec): Promise<boolean> {
  const result = await run('docker', ['info', '--format', '{{json .DriverStatus}}']);
  return result.exitCode === 0 && result.stdout.includes('io.containerd.snapshotter');
}

/** buildx's --metadata-file, the parts hoist uses. */
export interface BuildMetadata {
  digest?: string;
  /** The build checks' warnings (BUILDX_METADATA_WARNINGS). */
  warnings: BuildWarning[];
  mediaType?: string;
  imageName?: string;
  /** `buildx.build.ref`: `<builder>/<node>/<id>`, the build's record in the builder's history. */
  ref?: string;
  raw: Record<string, unknown>;
}

export function parseMetadata(text: string): BuildMetadata {
  const raw = text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
  const descriptor = raw['containerimage.descriptor'] as { mediaType?: string; digest?: string } | undefined;
  const digest = (raw['containerimage.digest'] as string | undefined) ?? descriptor?.digest;
  return {
    digest,
    warnings: parseWarnings(raw['buildx.build.warnings']),
    mediaType: descriptor?.mediaType,
    imageName: raw['image.name'] as string | undefined,
    ref: typeof raw['buildx.build.ref'] === 'string' ? raw['buildx.build.ref'] : undefined,
    raw
  };
}
