/**
 * The hoist-sizes command, bundled (dist/cli/index.js, what `npx hoist-sizes` runs), against
 * the real registry: two versions of a small two-platform image pushed by the action, then
 * the command's numbers checked against skopeo and the blobs read over plain HTTP, its
 * --json against the step's own `sizes` output, its exit codes, an OCI layout that buildx
 * wrote, and the docker config's credentials against a registry that asks for a token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { workspace } from '../helpers/workspace.js';
import { dockerConfigWith, startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { explain, ROOT, runAction, type ActionRun } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, requireToolchain, uniqueRepo } from './toolchain.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled command without blocking this process (the token server answers from it). */
function hoistSizes(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DOCKER_CONFIG: emptyConfig, ...env }, ...(cwd ? { cwd } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

// Anonymous unless a test gives a config: the loopback registry needs no login.
const emptyConfig = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-sizes-config-'));

interface SkopeoManifest {
  manifests?: Array<{ digest: string; platform: { os: string; architecture: string }; annotations?: Record<string, string> }>;
  config?: { size: number };
  layers?: Array<{ digest: string; size: number }>;
}

async function skopeoRaw(ref: string): Promise<SkopeoManifest> {
  const { stdout } = await promisify(execFile)('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`], { encoding: 'utf8' });
  return JSON.parse(stdout) as SkopeoManifest;
}

/** Per platform, what skopeo says the manifest holds, each blob's size confirmed by the registry's Content-Length. */
async function registrySizes(repo: string, tag: string): Promise<Record<string, { compressed: number; layers: number }>> {
  const index = await skopeoRaw(`${REGISTRY}/${repo}:${tag}`);
  const out: Record<string, { compressed: number; layers: number }> = {};
  for (const m of (index.manifests ?? []).filter(m => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest')) {
    const manifest = await skopeoRaw(`${REGISTRY}/${repo}@${m.digest}`);
    const layers = manifest.layers ?? [];
    for (const l of layers) {
      const head = await fetch(`http://${REGISTRY}/v2/${repo}/blobs/${l.digest}`, { method: 'HEAD' });
      expect({ digest: l.digest, length: Number(head.headers.get('content-length')) }).toEqual({ digest: l.digest, length: l.size });
    }
    out[`${m.platform.os}/${m.platform.architecture}`] = { compressed: manifest.config!.size + layers.reduce((s, l) => s + l.size, 0), layers: layers.length };
  }
  return out;
}

interface SizesJson {
  image: string;
  source: string;
  platforms: Record<string, { compressed: number; layers: number; base: { compressed: number } | null; delta: { bytes: number } | null }>;
  baseline: { reference?: string; found: boolean };
  gates: Array<{ name: string; passed: boolean | null }>;
}

describe('hoist-sizes against the real registry', () => {
  const repo = uniqueRepo('sizes-cli');
  const image = (tag: string) => `${REGISTRY}/${repo}:${tag}`;
  const ws = workspace({}, { name: 'sizes-cli' });
  let v2: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    expect(fs.existsSync(CLI)).toBe(true);
    fs.writeFileSync(path.join(ws, 'Dockerfile'), `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n`);
    const push = (tag: string, compareTo: string) => runAction({ context: '.', platforms: 'linux/amd64,linux/arm64', tags: image(tag), push: 'true', 'compare-to': compareTo }, { workspace: ws });
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(100_000));
    const v1 = await push('v1', 'none');
    expect({ code: v1.main.exitCode, log: v1.main.exitCode === 0 ? '' : explain(v1) }).toEqual({ code: 0, log: '' });
    // 150,000 more random (incompressible) bytes in v2's payload layer.
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(250_000));
    v2 = await push('v2', image('v1'));
    expect({ code: v2.main.exitCode, log: v2.main.exitCode === 0 ? '' : explain(v2) }).toEqual({ code: 0, log: '' });
  });

  it("gives each platform's compressed size, layer count and delta as skopeo and the blobs say", async () => {
    const run = await hoistSizes([image('v2'), '--compare', image('v1'), '--json']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const sizes = JSON.parse(run.stdout) as SizesJson;
    const [now, before] = [await registrySizes(repo, 'v2'), await registrySizes(repo, 'v1')];
    expect(Object.keys(sizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    for (const [platform, p] of Object.entries(sizes.platforms)) {
      expect({ platform, compressed: p.compressed, layers: p.layers }).toEqual({ platform, ...now[platform] });
      expect(p.base?.compressed).toBe(before[platform].compressed);
      expect(p.delta?.bytes).toBe(now[platform].compressed - before[platform].compressed);
      expect(p.delta!.bytes).toBeGreaterThan(149_000);
    }
  });

  // Run where the step built, the command reads ./Dockerfile and names each layer's line as the step did.
  it("--json is exactly the step's sizes output for the same image and baseline", async () => {
    const run = await hoistSizes([image('v2'), '--compare', image('v1'), '--json'], {}, ws);
    expect(run.stdout).toBe(`${v2.outputs.sizes}\n`);
  });

  it('prints the job summary table in plain columns, 100 wide when stdout is no terminal', async () => {
    const run = await hoistSizes([image('v2'), '--compare', image('v1')], {}, ws);
    expect(run.code).toBe(0);
    const sizes = JSON.parse(v2.outputs.sizes) as SizesJson;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    expect(run.stdout).toContain(`hoist · image size · ${REGISTRY}/${repo}\n`);
    for (const [platform, p] of Object.entries(sizes.platforms)) {
      expect(run.stdout).toMatch(new RegExp(`^${platform} +${mb(p.compressed).replace('.', '\\.')} +▲ 0\\.\\d MB \\(\\+\\d+\\.\\d %\\) +\\S+ MB +${p.layers}$`, 'm'));
      expect(run.stdout).toContain(`What changed on ${platform}:`);
    }
    // The same rows and numbers as the step's job summary: each row of its size table, as one line of columns.
    const table = v2.summary.slice(v2.summary.indexOf('### hoist · image size'));
    const rows = table.split('\n').filter(l => /^\| (linux\/|\*\*registry bytes|`COPY)/.test(l));
    // Two platforms, registry bytes, a changed layer on each platform, and the "what changed" row.
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const cells = row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map(c =>
          c
            .trim()
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/[`*]/g, '')
        )
        .filter(Boolean);
      expect(run.stdout.split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^${cells.map(c => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(' +')}$`)));
    }
    expect(run.stdout).toMatch(/^COPY payload \/payload +Dockerfile:2 +\d+\.\d kB +\d+\.\d kB +▲ 0\.\d MB +grown$/m);
    expect(run.stdout).not.toMatch(/[|`]|<\/?(details|summary)>/);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('exits 1 when a gate fails, with the table still printed and the failure on stderr', async () => {
    const run = await hoistSizes([image('v2'), '--compare', image('v1'), '--max-size', '20MB', '--max-size-increase', '1%']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^linux\/amd64 +\d/m);
    expect(run.stdout).toContain('Gates: max-size 20MB ✅ · max-size-increase 1% ❌');
    expect(run.stderr).toMatch(/^size gate failed:\n {2}linux\/amd64 grew 1\d\d\.\d kB \(\+\d+\.\d %\), over max-size-increase 1%\n {2}linux\/arm64 grew/);
    const json = await hoistSizes([image('v2'), '--json', '--max-size', '1kB']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as SizesJson).gates).toEqual([expect.objectContaining({ name: 'max-size', passed: false })]);
  });

  it('exits 2 on bad arguments, naming the argument, the bad part and the fix', async () => {
    const run = await hoistSizes([image('v2'), '--max-size', '20XB']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^hoist-sizes: argument '--max-size': '20XB' is not a size\. Use a number and a unit, e\.g\. 20MB \(10\^6 bytes\) or 19\.5MiB\.\n\nusage: hoist-sizes <image>/);
    const unknown = await hoistSizes([image('v2'), '--baseline', image('v1')]);
    expect({ code: unknown.code, first: unknown.stderr.split('\n')[0] }).toEqual({
      code: 2,
      first: "hoist-sizes: argument '--baseline': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file or --target (--help lists them)."
    });
  });

  it('exits 3 when an image cannot be read', async () => {
    const run = await hoistSizes([image('v9'), '--compare', image('v1')]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`hoist-sizes: <image> '${image('v9')}': no such image. Check the reference; for a private image, log in first (docker login ${REGISTRY}).\n`);
  });

  it('reads an OCI layout that buildx wrote, with the sizes the registry holds for the same build', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-sizes-oci-'));
    await promisify(execFile)('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', 'linux/amd64,linux/arm64', '--output', `type=oci,dest=${dir},tar=false`, ws]);
    const registry = JSON.parse((await hoistSizes([image('v2'), '--json'])).stdout) as SizesJson;
    for (const arg of [`oci:${dir}`, dir]) {
      const run = await hoistSizes([arg, '--compare', image('v1'), '--json']);
      expect({ arg, code: run.code, stderr: run.stderr }).toEqual({ arg, code: 0, stderr: '' });
      const sizes = JSON.parse(run.stdout) as SizesJson;
      expect(sizes).toMatchObject({ image: `oci:${dir}`, source: 'build', baseline: { reference: image('v1'), found: true } });
      for (const [platform, p] of Object.entries(registry.platforms)) {
        expect({ platform, compressed: sizes.platforms[platform].compressed, layers: sizes.platforms[platform].layers }).toEqual({ platform, compressed: p.compressed, layers: p.layers });
      }
    }
    const table = await hoistSizes([`oci:${dir}`]);
    expect(table.stdout).toContain(`hoist · image size · oci:${dir} · measured from the build, not pushed`);
  });

  describe("with the docker config's credentials", () => {
    let tokenRegistry: TestRegistry;
    // A port of its own: the login e2e uses the helper's default one.
    const host = `127.0.0.1:${20_000 + (process.pid % 10_000)}`;

    beforeAll(async () => {
      tokenRegistry = await startTokenRegistry(host);
      const creds = `${tokenRegistry.username}:${tokenRegistry.password}`;
      await promisify(execFile)('skopeo', ['copy', '--all', '--src-tls-verify=false', '--dest-tls-verify=false', '--dest-creds', creds, `docker://${image('v2')}`, `docker://${host}/${repo}:v2`]);
    });

    afterAll(async () => {
      await tokenRegistry?.stop();
    });

    it('reads a registry that asks for a Bearer token with the login the docker config holds, and not without it', async () => {
      const { DOCKER_CONFIG } = dockerConfigWith([tokenRegistry]);
      const run = await hoistSizes([`${host}/${repo}:v2`, '--json'], { DOCKER_CONFIG });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const registry = JSON.parse((await hoistSizes([image('v2'), '--json'])).stdout) as SizesJson;
      expect((JSON.parse(run.stdout) as SizesJson).platforms).toEqual(registry.platforms);
      const anonymous = await hoistSizes([`${host}/${repo}:v2`]);
      expect(anonymous.code).toBe(3);
      expect(anonymous.stderr).toContain(`hoist-sizes: <image> '${host}/${repo}:v2' could not be read:`);
      expect(anonymous.stderr).toContain(`log in first (docker login ${host})`);
    });
  });
});
