/**
 * The real toolchain the e2e tests run against (scripts/toolchain.sh up), and
 * independent ways to look at what was pushed: plain HTTP to the registry and
 * skopeo. None of this uses hoist's own code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FreshBuilder } from '../harness/buildkitd.mjs';

export { startBuildkitd, startFreshBuilder, type Buildkitd, type FreshBuilder } from '../harness/buildkitd.mjs';

// Overridable so the same suite runs on a hosted runner (registry service container,
// setup-buildx builder, pullable golang/busybox) as well as on the local toolchain.
export const REGISTRY = process.env.HOIST_E2E_REGISTRY ?? '127.0.0.1:5000';
export const BUILDER = process.env.HOIST_E2E_BUILDER ?? 'hoist';
export const GO_IMAGE = process.env.HOIST_E2E_GO_IMAGE ?? `${REGISTRY}/base/golang:latest`;
export const RUNTIME_IMAGE = process.env.HOIST_E2E_RUNTIME_IMAGE ?? `${REGISTRY}/base/busybox:latest`;

/** Fails (never skips) when the toolchain is not up: a missing toolchain is a red run. */
export async function requireToolchain(): Promise<void> {
  const problems: string[] = [];
  try {
    const res = await fetch(`http://${REGISTRY}/v2/`);
    if (res.status !== 200) problems.push(`registry at ${REGISTRY} answered ${res.status}`);
  } catch (e) {
    problems.push(`no registry at ${REGISTRY} (${(e as Error).message})`);
  }
  const inspect = spawnSync('docker', ['buildx', 'inspect', BUILDER], { encoding: 'utf8' });
  if (inspect.status !== 0) problems.push(`no buildx builder '${BUILDER}': ${inspect.stderr.trim()}`);
  else if (!/linux\/arm64/.test(inspect.stdout)) problems.push(`builder '${BUILDER}' cannot build linux/arm64`);
  for (const image of [GO_IMAGE, RUNTIME_IMAGE].filter(i => i.startsWith(`${REGISTRY}/`))) {
    const [repo, tag] = image.slice(REGISTRY.length + 1).split(':');
    const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${tag}`, { method: 'HEAD', headers: { accept: ACCEPT } }).catch(() => undefined);
    if (res?.status !== 200) problems.push(`base image ${image} is missing`);
  }
  if (problems.length > 0) {
    throw new Error(`the e2e toolchain is not ready — run 'bash scripts/toolchain.sh up' first:\n  ${problems.join('\n  ')}`);
  }
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');

export interface RawManifest {
  digest: string;
  json: {
    mediaType?: string;
    annotations?: Record<string, string>;
    manifests?: Array<{ digest: string; platform?: { os: string; architecture: string; variant?: string }; annotations?: Record<string, string> }>;
    layers?: Array<{ digest: string; size: number; mediaType: string }>;
    config?: { digest: string; size: number };
  };
}

/** GET a manifest over plain HTTP; the digest is the sha256 of the bytes served. */
export async function getManifest(repo: string, reference: string): Promise<RawManifest> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${reference}`, { headers: { accept: ACCEPT } });
  if (res.status !== 200) throw new Error(`GET manifest ${repo}:${reference} → ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { digest: `sha256:${createHash('sha256').update(body).digest('hex')}`, json: JSON.parse(body.toString('utf8')) };
}

/** platform (`os/arch`) → manifest digest of an index read over HTTP, attestation manifests left out, in index order. */
export function platformsOf(index: RawManifest): Record<string, string> {
  return Object.fromEntries(
    (index.json.manifests ?? []).filter(m => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest').map(m => [`${m.platform?.os}/${m.platform?.architecture}`, m.digest])
  );
}

export async function getBlob(repo: string, digest: string): Promise<Buffer> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/blobs/${digest}`);
  if (res.status !== 200) throw new Error(`GET blob ${digest} → ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The repository's tags over plain HTTP (none for a repository that holds only untagged manifests, or none at all). */
export async function listTags(repo: string): Promise<string[]> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/tags/list`);
  if (res.status === 404) return [];
  const body = (await res.json()) as { tags?: string[] | null };
  return (body.tags ?? []).sort();
}

export async function repositoryExists(repo: string): Promise<boolean> {
  const res = await fetch(`http://${REGISTRY}/v2/${repo}/tags/list`);
  return res.status === 200;
}

/** skopeo's view of the tag: the raw index bytes, hashed. */
export function skopeoDigest(ref: string): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]);
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

/** Extracts one file from a gzip'd tar layer with the system tar. */
function fileFromLayer(layer: Buffer, member: string): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layer-'));
  const tarball = path.join(dir, 'layer.tar.gz');
  fs.writeFileSync(tarball, layer);
  try {
    return execFileSync('tar', ['-xzOf', tarball, member], { maxBuffer: 256 * 1024 * 1024 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The example service's binary (`app/backend`) from the last layer of the image that has it (COPY --from=builder). */
export async function binaryOf(repo: string, manifest: RawManifest): Promise<Buffer> {
  for (const layer of [...(manifest.json.layers ?? [])].reverse()) {
    try {
      return fileFromLayer(await getBlob(repo, layer.digest), 'app/backend');
    } catch {
      continue;
    }
  }
  throw new Error('no layer holds app/backend');
}

/** ELF e_machine: 62 = x86-64, 183 = AArch64. */
export function elfMachine(binary: Buffer): number {
  if (binary.subarray(0, 4).toString('latin1') !== '\x7fELF') throw new Error('not an ELF file');
  return binary.readUInt16LE(18);
}

export function uniqueRepo(name: string): string {
  return `e2e/${name}-${process.pid}-${Date.now().toString(36)}`;
}

let containerCount = 0;

/** The BuildKit image scripts/toolchain.sh makes for docker-container builders. */
const BUILDKIT_IMAGE = process.env.HOIST_E2E_BUILDKIT_IMAGE ?? `${REGISTRY}/hoist/buildkit:v0.32.2`;

/**
 * A new docker-container builder (setup-buildx-action's default driver): BuildKit in a
 * container with its own state volume, both removed by stop(). Fails, never skips,
 * when the image is missing.
 */
export async function startContainerBuilder(): Promise<FreshBuilder> {
  const name = `hoist-container-${process.pid}-${++containerCount}`;
  const create = spawnSync('docker', ['buildx', 'create', '--name', name, '--driver', 'docker-container', '--driver-opt', `image=${BUILDKIT_IMAGE},network=host`, '--bootstrap'], { encoding: 'utf8' });
  if (create.status !== 0) {
    spawnSync('docker', ['buildx', 'rm', '-f', name]);
    throw new Error(`docker-container builder with ${BUILDKIT_IMAGE} did not start (run 'bash scripts/toolchain.sh up'):\n${create.stderr.slice(-1500)}`);
  }
  return {
    name,
    async stop() {
      // Removes the container and its state volume: the next builder starts empty.
      spawnSync('docker', ['buildx', 'rm', '-f', name]);
    }
  };
}

/**
 * A Debian-like base image made from this machine's own dynamically linked programs
 * (dash as /bin/sh, coreutils, grep, bash) and the glibc libraries `ldd` lists for
 * them, laid out merged-/usr as Debian's images are (/bin, /lib and /lib64 are links
 * into /usr). The toolchain's local bases are static busybox; real golang, node or
 * rust images load their programs through a loader and shared libraries, which is
 * what hoist's restore tools must carry. `ldd: false` leaves ldd out (an image whose
 * libraries cannot be listed); `tar: false` leaves GNU tar out (so the save falls back to
 * copying a directory). Pushed once per content to the local registry.
 */
export function glibcBaseImage(options: { ldd: boolean; tar: boolean }): string {
  const programs = ['dash', 'bash', 'ls', 'cat', 'sleep', 'head', 'cp', 'du', 'cut', 'tr', 'readlink', 'grep', 'mkdir', 'ln', 'mv', 'rm', 'echo', ...(options.tar ? ['tar'] : [])];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glibc-base-'));
  const rootfs = path.join(dir, 'rootfs');
  const put = (file: string) => {
    // At the path the program or ldd names, under /usr as merged-/usr Debian keeps every
    // file (the top-level names are links); the content is the link's target.
    const dest = path.join(rootfs, file.startsWith('/usr/') ? file : `/usr${file}`);
    if (fs.existsSync(dest)) return;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(file, dest);
    fs.chmodSync(dest, fs.statSync(file).mode & 0o7777);
  };
  const found = programs.map(p => execFileSync('bash', ['-c', `type -P ${p}`], { encoding: 'utf8' }).trim());
  if (options.ldd) found.push(execFileSync('bash', ['-c', 'type -P ldd'], { encoding: 'utf8' }).trim());
  for (const file of found) {
    put(file);
    const libs = spawnSync('ldd', [file], { encoding: 'utf8' }).stdout.match(/\/\S+/g) ?? [];
    for (const lib of libs) put(lib);
  }
  for (const [link, to] of [
    ['bin', 'usr/bin'],
    ['lib', 'usr/lib'],
    ['lib64', 'usr/lib64'],
    ['sbin', 'usr/sbin'],
    ['usr/bin/sh', 'dash']
  ]) {
    fs.mkdirSync(path.dirname(path.join(rootfs, link)), { recursive: true });
    fs.symlinkSync(to, path.join(rootfs, link));
  }
  fs.mkdirSync(path.join(rootfs, 'etc'), { recursive: true });
  fs.writeFileSync(path.join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY rootfs/ /\n');
  const tag = `${REGISTRY}/e2e/glibc-base:${options.ldd ? 'ldd' : 'no-ldd'}${options.tar ? '-tar' : ''}`;
  execFileSync('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', 'linux/amd64', '--provenance=false', '--push', '-t', tag, dir], { stdio: 'ignore' });
  fs.rmSync(dir, { recursive: true, force: true });
  return tag;
}

/** The `/seen` file (what the cache mount held when the step ran) in the image's last layer. */
export async function seenIn(repo: string, digest: string): Promise<string | undefined> {
  const manifest = await getManifest(repo, digest);
  return fileIn(await getBlob(repo, manifest.json.layers!.at(-1)!.digest), 'seen');
}

/** A member of a gzip layer (tar), or undefined. */
function fileIn(layer: Buffer, member: string): string | undefined {
  const tar = gunzipSync(layer);
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = tar
      .subarray(offset, offset + 100)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    if (!name) return undefined;
    const size = parseInt(
      tar
        .subarray(offset + 124, offset + 136)
        .toString('utf8')
        .trim() || '0',
      8
    );
    if (name === member) return tar.subarray(offset + 512, offset + 512 + size).toString('utf8');
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}
