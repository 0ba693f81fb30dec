/**
 * setup-buildx-action's `version`: a buildx release, downloaded when the runner's is
 * another one, checked against the release's checksums.txt, kept in the tool cache
 * (RUNNER_TOOL_CACHE/buildx/<version>/<arch>), and run by hoist for this step only: a
 * docker config of hoist's own whose cli-plugins holds it (the docker CLI looks there
 * first), with the user's config, other plugins and buildx store left as they are.
 * setup-buildx-action instead copies it over the user's ~/.docker/cli-plugins/docker-buildx;
 * hoist does not change what later steps run.
 * Follows docker/actions-toolkit v0.95.0: src/buildx/install.ts.
 * Follows docker/setup-buildx-action v4.3.0: src/main.ts.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where buildx's releases are, and the releases JSON actions-toolkit resolves `latest` with. */
const GITHUB_RELEASES = 'https://github.com/docker/buildx/releases/download';
const RELEASES_JSON = 'https://raw.githubusercontent.com/docker/actions-toolkit/main/.github/buildx-releases.json';

/** Reads a URL's body; throws on a status other than 200. */
export type HttpGet = (url: string) => Promise<Buffer>;

export const httpGet: HttpGet = async url => {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
};

/** The release's name for this machine's architecture (`linux-amd64`, `linux-arm-v7`), as actions-toolkit's `filename`. */
export function releaseArch(nodeArch: string): string {
  const names: Record<string, string> = { x64: 'amd64', arm: 'arm-v7', ppc64: 'ppc64le', ia32: '386' };
  return `linux-${names[nodeArch] ?? nodeArch}`;
}

/** Where a release's binary and its checksums are: GitHub's releases, or a mirror laid out the same way. */
export function releaseUrls(tag: string, arch: string, mirror = GITHUB_RELEASES): { binary: string; checksums: string; file: string } {
  const base = mirror.replace(/\/+$/, '');
  const file = `buildx-${tag}.${arch}`;
  return { binary: `${base}/${tag}/${file}`, checksums: `${base}/${tag}/checksums.txt`, file };
}

/** The releases JSON that resolves `latest`: actions-toolkit's, or the mirror's `buildx-releases.json`. */
export function releasesJsonUrl(mirror?: string): string {
  return mirror ? `${mirror.replace(/\/+$/, '')}/buildx-releases.json` : RELEASES_JSON;
}

/** `latest` → the tag actions-toolkit's releases JSON names (`{"latest": {"tag_name": "v0.19.0"}}`). */
export function latestTag(json: string): string {
  const releases = JSON.parse(json) as Record<string, { tag_name?: string } | undefined>;
  const tag = releases.latest?.tag_name;
  if (!tag) throw new Error('the buildx releases JSON names no latest release');
  return tag;
}

/** The sha256 checksums.txt gives for the file (`<hex> *<file>` or `<hex>  <file>`). */
export function expectedSha256(checksums: string, file: string): string | undefined {
  for (const line of checksums.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
    if (m && m[2] === file) return m[1].toLowerCase();
  }
  return undefined;
}

/** Throws, naming both sums, unless the bytes are the file checksums.txt describes. */
export function verifySha256(bytes: Buffer, checksums: string, file: string): void {
  const expected = expectedSha256(checksums, file);
  if (!expected) throw new Error(`checksums.txt has no sha256 for ${file}`);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new Error(`${file} does not match its checksum: sha256 ${actual}, checksums.txt says ${expected}`);
}

/** The tool cache's place for a release: `<toolCache>/buildx/<version without v>/<arch>` (`x64`), as @actions/tool-cache lays it out. */
export function toolCacheDir(toolCache: string, tag: string, nodeArch: string): string {
  return path.join(toolCache, 'buildx', tag.replace(/^v/, ''), nodeArch);
}

/** The binary in the tool cache, when an earlier run completed it there. */
export function cachedBinary(dir: string): string | undefined {
  const binary = path.join(dir, 'docker-buildx');
  return fs.existsSync(`${dir}.complete`) && fs.existsSync(binary) ? binary : undefined;
}

/** Writes the binary into the tool cache, executable, then the `.complete` marker tool-cache writes last. */
export function installToToolCache(dir: string, bytes: Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const binary = path.join(dir, 'docker-buildx');
  fs.writeFileSync(`${binary}.tmp`, bytes, { mode: 0o755 });
  fs.renameSync(`${binary}.tmp`, binary);
  fs.writeFileSync(`${dir}.complete`, '');
  return binary;
}

/** Downloads the release's binary, checked against checksums.txt before anything keeps or runs it. */
export async function downloadRelease(get: HttpGet, tag: string, arch: string, mirror?: string): Promise<Buffer> {
  const urls = releaseUrls(tag, arch, mirror);
  const [binary, checksums] = await Promise.all([get(urls.binary), get(urls.checksums)]);
  verifySha256(binary, checksums.toString('utf8'), urls.file);
  return binary;
}

/**
 * A docker config of hoist's own for this step: the user's config.json copied, every
 * user plugin linked, and `docker-buildx` the given binary. Pointing DOCKER_CONFIG at it
 * makes `docker buildx` run that binary; BUILDX_CONFIG keeps buildx's store where it was.
 */
export function pluginConfigDir(dir: string, userDir: string, binary: string): string {
  const plugins = path.join(dir, 'cli-plugins');
  fs.mkdirSync(plugins, { recursive: true, mode: 0o700 });
  const config = path.join(userDir, 'config.json');
  if (fs.existsSync(config)) fs.copyFileSync(config, path.join(dir, 'config.json'));
  const userPlugins = path.join(userDir, 'cli-plugins');
  const entries = fs.existsSync(userPlugins) ? fs.readdirSync(userPlugins) : [];
  for (const entry of entries.filter(e => e !== 'docker-buildx')) fs.symlinkSync(path.join(userPlugins, entry), path.join(plugins, entry));
  fs.symlinkSync(binary, path.join(plugins, 'docker-buildx'));
  return dir;
}
