/**
 * The hoist-sizes command, bundled (dist/cli/index.js, what `npx hoist-sizes` runs), against
 * the real registry: two versions of a small two-platform image pushed by the action, then
 * the command's numbers checked against skopeo and the blobs read over plain HTTP, its
 * --json against the step's own `sizes` output, its exit codes, an OCI layout that buildx
 * wrote, and the docker config's credentials against a registry that asks for a token.
 * The pushes are on the default branch, each its own commit, so the step records three
 * points in the repository's size history: --size-trend is checked against the history
 * blob fetched over plain HTTP. The third image has a file added and deleted and one
 * overwritten: --size-analysis files is checked against those sizes and the step's own.
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
import { BUILDER, getBlob, getManifest, REGISTRY, RUNTIME_IMAGE, requireToolchain, uniqueRepo } from './toolchain.js';

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

/** The commit each push is made from: the points of the history. */
const COMMITS = { v1: 'c1'.repeat(20), v2: 'c2'.repeat(20), files: 'c3'.repeat(20) };

/** The third image's files: 3 MB added and deleted in a later layer, a 200 kB file overwritten by a 100 kB one. */
const BIG = 3_000_000;
const CONF_V1 = 200_000;
const CONF_V2 = 100_000;
const FILES_DOCKERFILE = [`FROM ${RUNTIME_IMAGE}`, 'COPY big.bin /tmp/big.bin', 'COPY conf-v1.bin /etc/app.conf', 'COPY conf-v2.bin /etc/app.conf', 'RUN rm /tmp/big.bin', ''].join('\n');

interface Point {
  commit: string;
  time: string;
  digest: string;
  platforms: Record<string, { compressed: number; unpacked: number | null; layers: number }>;
}

/** The size history as the registry serves it over plain HTTP: the tag's manifest, its one layer, the points. */
async function historyOf(repo: string): Promise<Point[]> {
  const manifest = (await getManifest(repo, 'hoist-size-history')).json as { layers?: Array<{ digest: string; mediaType: string }> };
  const layer = manifest.layers?.find(l => l.mediaType === 'application/vnd.hoist.size-history.v1+json');
  if (!layer) throw new Error(`no history layer in ${JSON.stringify(manifest)}`);
  return (JSON.parse((await getBlob(repo, layer.digest)).toString('utf8')) as { points: Point[] }).points;
}

interface FilesJson {
  changedOnly: boolean;
  wasted: {
    bytes: number;
    fileBytes: number;
    files: Array<{ path: string; size: number; how: string; addedBy: { instruction: string; line?: number }; hiddenBy: { instruction: string; line?: number } }>;
  } | null;
  layers: Array<{ instruction: string; line?: number; largest: Array<{ path: string; size: number }> }>;
  notAnalysed: unknown[];
}

interface SizesJson {
  image: string;
  source: string;
  platforms: Record<string, { compressed: number; layers: number; base: { compressed: number } | null; delta: { bytes: number } | null; files?: FilesJson }>;
  baseline: { reference?: string; found: boolean };
  gates: Array<{ name: string; passed: boolean | null }>;
}

describe('hoist-sizes against the real registry', () => {
  const repo = uniqueRepo('sizes-cli');
  const image = (tag: string) => `${REGISTRY}/${repo}:${tag}`;
  const ws = workspace({}, { name: 'sizes-cli' });
  const filesWs = workspace({ Dockerfile: FILES_DOCKERFILE, 'big.bin': randomBytes(BIG), 'conf-v1.bin': randomBytes(CONF_V1), 'conf-v2.bin': randomBytes(CONF_V2) }, { name: 'sizes-cli-files' });
  let v2: ActionRun;
  let filesRun: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    expect(fs.existsSync(CLI)).toBe(true);
    fs.writeFileSync(path.join(ws, 'Dockerfile'), `FROM ${RUNTIME_IMAGE}\nCOPY payload /payload\n`);
    // Pushes on the default branch (the harness's default event), each its own commit: each records a point.
    const push = (tag: 'v1' | 'v2', compareTo: string) =>
      runAction({ context: '.', platforms: 'linux/amd64,linux/arm64', tags: image(tag), push: 'true', 'compare-to': compareTo }, { workspace: ws, env: { GITHUB_SHA: COMMITS[tag] } });
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(100_000));
    const v1 = await push('v1', 'none');
    expect({ code: v1.main.exitCode, log: v1.main.exitCode === 0 ? '' : explain(v1) }).toEqual({ code: 0, log: '' });
    // 150,000 more random (incompressible) bytes in v2's payload layer.
    fs.writeFileSync(path.join(ws, 'payload'), randomBytes(250_000));
    v2 = await push('v2', image('v1'));
    expect({ code: v2.main.exitCode, log: v2.main.exitCode === 0 ? '' : explain(v2) }).toEqual({ code: 0, log: '' });
    filesRun = await runAction(
      { context: '.', platforms: 'linux/amd64,linux/arm64', tags: image('files'), push: 'true', 'compare-to': 'none', 'size-analysis': 'files' },
      { workspace: filesWs, env: { GITHUB_SHA: COMMITS.files } }
    );
    expect({ code: filesRun.main.exitCode, log: filesRun.main.exitCode === 0 ? '' : explain(filesRun) }).toEqual({ code: 0, log: '' });
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
      first:
        "hoist-sizes: argument '--baseline': unknown option. Use --compare, --json, --max-size, --max-size-increase, --file, --target, --size-trend, --trend or --size-analysis (--help lists them)."
    });
    const trend = await hoistSizes([image('v2'), '--size-trend', 'lots']);
    expect({ code: trend.code, first: trend.stderr.split('\n')[0] }).toEqual({
      code: 2,
      first: "hoist-sizes: argument '--size-trend': 'lots' is not a number of builds from 0 to 200. E.g. --size-trend 30 (the step's default, or --trend); 'none' or 0 turns the trend off."
    });
  });

  describe('--size-trend', () => {
    const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
    const delta = (bytes: number): string => {
      if (bytes === 0) return '=';
      const abs = Math.abs(bytes);
      return `${bytes > 0 ? '▲' : '▼'} ${abs >= 1e5 ? mb(abs) : `${(abs / 1e3).toFixed(1)} kB`}`;
    };

    it('prints the last N builds of the history the step recorded, as the blob holds them, oldest first', async () => {
      const points = await historyOf(repo);
      expect(points.map(p => p.commit)).toEqual([COMMITS.v1, COMMITS.v2, COMMITS.files]);
      const run = await hoistSizes([image('v2'), '--size-trend', '30']);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const trend = run.stdout.slice(run.stdout.indexOf('Size trend'));
      expect(trend).toMatch(new RegExp(`^Size trend · ${`${REGISTRY}/${repo}`.replace(/\./g, '\\.')}:hoist-size-history\n`));
      expect(trend).toMatch(/^commit +time \(UTC\) +linux\/amd64 +Δ +linux\/arm64 +Δ$/m);
      const rows = trend.split('\n').filter(l => /^[0-9a-f]{7} {2}/.test(l));
      expect(rows).toEqual(
        points.map((p, i) => {
          const cells = ['linux/amd64', 'linux/arm64'].flatMap(name => [
            mb(p.platforms[name].compressed),
            i === 0 ? '—' : delta(p.platforms[name].compressed - points[i - 1].platforms[name].compressed)
          ]);
          return expect.stringMatching(new RegExp(`^${p.commit.slice(0, 7)}  ${p.time.slice(0, 16).replace('T', ' ')} +${cells.map(c => c.replace(/[.()]/g, '\\$&')).join(' +')}$`));
        })
      );
      // v2 is the second build recorded.
      expect(trend).toContain(`The image reported on is build 2 of these (commit ${COMMITS.v2.slice(0, 7)}).`);
    });

    it('--json: the trend key holds the last N points exactly as the blob does; the rest is the sizes output', async () => {
      const points = await historyOf(repo);
      const run = await hoistSizes([image('v2'), '--compare', image('v1'), '--json', '--size-trend', '2'], {}, ws);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const { trend, ...sizes } = JSON.parse(run.stdout) as { trend: unknown };
      expect(trend).toEqual({ repository: `${REGISTRY}/${repo}:hoist-size-history`, points: points.slice(-2) });
      expect(sizes).toEqual(JSON.parse(v2.outputs.sizes));
    });

    it('a repository without a history says so; the exit code is not touched', async () => {
      const other = uniqueRepo('sizes-cli-nohistory');
      await promisify(execFile)('skopeo', ['copy', '--all', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${image('v1')}`, `docker://${REGISTRY}/${other}:v1`]);
      const run = await hoistSizes([`${REGISTRY}/${other}:v1`, '--trend']);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toContain("No build recorded yet: pushes on the default branch record theirs (the step's size-trend).");
    });
  });

  describe('--size-analysis files', () => {
    it("lists the file added and deleted and the one overwritten, as written, and equals the step's files", async () => {
      const run = await hoistSizes([image('files'), '--size-analysis', 'files', '--json'], {}, filesWs);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const cli = JSON.parse(run.stdout) as SizesJson;
      const step = JSON.parse(filesRun.outputs.sizes) as SizesJson;
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const files = cli.platforms[platform].files!;
        expect(files).toEqual(step.platforms[platform].files);
        expect(files.notAnalysed).toEqual([]);
        expect(files.wasted!.bytes).toBe(BIG + CONF_V1);
        expect(files.wasted!.files).toEqual([
          expect.objectContaining({
            path: '/tmp/big.bin',
            size: BIG,
            how: 'deleted',
            addedBy: expect.objectContaining({ instruction: 'COPY big.bin /tmp/big.bin', line: 2 }),
            hiddenBy: expect.objectContaining({ instruction: 'RUN rm /tmp/big.bin', line: 5 })
          }),
          expect.objectContaining({
            path: '/etc/app.conf',
            size: CONF_V1,
            how: 'overwritten',
            addedBy: expect.objectContaining({ line: 3 }),
            hiddenBy: expect.objectContaining({ instruction: 'COPY conf-v2.bin /etc/app.conf', line: 4 })
          })
        ]);
        // No baseline: every layer is listed, the big file's and both copies of the configuration among them.
        expect(files.changedOnly).toBe(false);
        const largest = files.layers.flatMap(l => l.largest);
        expect(largest).toEqual(
          expect.arrayContaining([
            { path: '/tmp/big.bin', size: BIG },
            { path: '/etc/app.conf', size: CONF_V1 },
            { path: '/etc/app.conf', size: CONF_V2 }
          ])
        );
      }
      // Without the analysis, the same command downloads nothing and has no files.
      const plain = await hoistSizes([image('files'), '--json'], {}, filesWs);
      expect(plain.stdout).not.toContain('"files"');
    });

    it("prints the step's section in the terminal, and reads an OCI layout's layers the same way", async () => {
      const run = await hoistSizes([image('files'), '--size-analysis', 'files'], {}, filesWs);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Where the bytes are');
      expect(run.stdout).toMatch(/^linux\/amd64 +\d+\.\d MB +3\.2 MB \(\d+\.\d %\) +\/tmp\/big\.bin 3\.0 MB, deleted by layer \d+$/m);
      expect(run.stdout).toMatch(/^\/etc\/app\.conf +200\.0 kB +\d+ COPY conf-v1\.bin.* +overwritten: \d+ COPY/m);
      expect(run.stdout).not.toMatch(/[|`]|<\/?(details|summary)>/);
      for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-sizes-oci-files-'));
      await promisify(execFile)('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', 'linux/amd64,linux/arm64', '--output', `type=oci,dest=${dir},tar=false`, filesWs]);
      const layout = await hoistSizes([`oci:${dir}`, '--size-analysis', 'files', '--json'], {}, filesWs);
      expect({ code: layout.code, stderr: layout.stderr }).toEqual({ code: 0, stderr: '' });
      const registry = JSON.parse(filesRun.outputs.sizes) as SizesJson;
      for (const [platform, p] of Object.entries((JSON.parse(layout.stdout) as SizesJson).platforms)) {
        expect({ platform, wasted: p.files?.wasted }).toEqual({ platform, wasted: registry.platforms[platform].files?.wasted });
      }
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
