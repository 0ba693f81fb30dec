/**
 * `size-analysis: files` against the real toolchain: an image with known files (3 MB added in
 * one layer and deleted in a later one, a 200 kB file overwritten by a 100 kB one) built
 * for two platforms and pushed through a recording proxy in front of the loopback registry
 * (buildx pushes to it too, plain HTTP to a loopback host). The listed files, their sizes
 * and the wasted bytes are checked against the sizes written here and against the layers'
 * blobs, fetched over plain HTTP and listed by the system's tar, not by hoist's code. With
 * the default (off), no layer blob is downloaded: the proxy sees hoist ask for no blob but
 * configs and 4-byte ranges. Not pushed, the layers are read from the OCI layout the build wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { startFaultProxy, type FaultProxy } from '../servers/fault-proxy.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getBlob, getManifest, platformsOf, requireToolchain } from './toolchain.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const BIG = 3_000_000;
const CONF_V1 = 200_000;
const CONF_V2 = 100_000;
const PAYLOAD = 1_500_000;

const V1 = [`FROM ${RUNTIME_IMAGE}`, 'COPY big.bin /tmp/big.bin', 'COPY conf-v1.bin /etc/app.conf', 'COPY conf-v2.bin /etc/app.conf', 'RUN rm /tmp/big.bin', 'COPY small.txt /app/small.txt', ''].join(
  '\n'
);
/** The pull request's: one more layer at the end, on line 7. */
const V2 = `${V1}COPY payload.bin /app/payload.bin\n`;

/** A build context whose files have one fixed mtime, so the same files make the same layer blob in either workspace. */
function context(dockerfile: string, files: Record<string, Buffer | string>): string {
  const dir = workspace({ Dockerfile: dockerfile, ...files }, { name: 'files' });
  const fixed = new Date('2020-01-01T00:00:00Z');
  for (const name of Object.keys(files)) fs.utimesSync(path.join(dir, name), fixed, fixed);
  return dir;
}

function ok(run: ActionRun): void {
  expect({ exit: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
}

/** A layer's members as the system's tar lists them: path → size (`tar -tvzf`). */
function tarListing(blob: Buffer): Record<string, number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-layer-'));
  const file = path.join(dir, 'layer.tar.gz');
  fs.writeFileSync(file, blob);
  try {
    const out = execFileSync('tar', ['--numeric-owner', '-tvzf', file], { encoding: 'utf8' });
    return Object.fromEntries(
      out
        .split('\n')
        .filter(Boolean)
        .map(line => {
          // -rw-r--r-- 0/0 3000000 2020-01-01 00:00 tmp/big.bin
          const m = /^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+(.*?)(?: link to .*)?$/.exec(line)!;
          return [`/${m[2].replace(/^\.\//, '').replace(/\/$/, '')}`, Number(m[1])];
        })
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface FilesJson {
  changedOnly: boolean;
  wasted: {
    bytes: number;
    fileBytes: number;
    files: Array<{ path: string; size: number; how: string; addedBy: { layer: number; instruction: string; line?: number }; hiddenBy: { layer: number; instruction: string; line?: number } }>;
  } | null;
  layers: Array<{ layer: number; digest: string; instruction: string; line?: number; files: number; bytes: number; largest: Array<{ path: string; size: number }> }>;
  notAnalysed: unknown[];
}

const filesOf = (run: ActionRun, platform: string): FilesJson | undefined => JSON.parse(run.outputs.sizes).platforms[platform].files as FilesJson | undefined;

/** The full blob downloads hoist (user-agent hoist) asked the proxy for: GETs of /blobs/ without a Range. */
const blobDownloads = (proxy: FaultProxy): string[] =>
  proxy.seen.filter(r => r.userAgent === 'hoist' && r.method === 'GET' && r.path.includes('/blobs/') && !r.range).map(r => r.path.slice(r.path.lastIndexOf('/') + 1));

beforeAll(requireToolchain);

describe('size-analysis: files', () => {
  let proxy: FaultProxy;
  const repo = `files-e2e/where-${process.pid}-${Date.now().toString(36)}`;
  const files = { 'big.bin': randomBytes(BIG), 'conf-v1.bin': randomBytes(CONF_V1), 'conf-v2.bin': randomBytes(CONF_V2), 'small.txt': 'small\n' };
  const common = { context: '.', platforms: PLATFORMS.join(','), builder: BUILDER, 'pr-comment': 'false' };
  let main: string;
  let pr: string;
  beforeAll(async () => {
    proxy = await startFaultProxy({ target: REGISTRY, probability: 0 });
    main = context(V1, files);
    pr = context(V2, { ...files, 'payload.bin': randomBytes(PAYLOAD) });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('off (the default): no layer is downloaded, and the sizes output has no files', async () => {
    proxy.reset(0);
    const run = await runAction({ ...common, push: 'true', tags: `${proxy.host}/${repo}:main` }, { workspace: main });
    ok(run);
    const index = platformsOf(await getManifest(repo, 'main'));
    const layers = new Set<string>();
    for (const digest of Object.values(index)) for (const l of (await getManifest(repo, digest)).json.layers ?? []) layers.add(l.digest);
    expect(layers.size).toBeGreaterThan(5);
    // hoist read the image back through the proxy (manifests, configs, ranges), but downloaded no layer.
    expect(proxy.seen.filter(r => r.userAgent === 'hoist').length).toBeGreaterThan(0);
    expect(blobDownloads(proxy).filter(d => layers.has(d))).toEqual([]);
    expect(JSON.stringify(JSON.parse(run.outputs.sizes))).not.toContain('"files"');
    expect(run.summary).not.toContain('Where the bytes are');
  });

  it("files: the changed layer's largest files and the bytes wasted, as the blobs and the sizes written say; each layer downloaded once", async () => {
    proxy.reset(0);
    const run = await runAction({ ...common, push: 'true', tags: `${proxy.host}/${repo}:pr`, 'compare-to': `${proxy.host}/${repo}:main`, 'size-analysis': 'files' }, { workspace: pr });
    ok(run);
    const before = platformsOf(await getManifest(repo, 'main'));
    const after = platformsOf(await getManifest(repo, 'pr'));
    const allLayers = new Set<string>();
    for (const platform of PLATFORMS) {
      const layers = (await getManifest(repo, after[platform])).json.layers!;
      const baseLayers = new Set((await getManifest(repo, before[platform])).json.layers!.map(l => l.digest));
      layers.forEach(l => allLayers.add(l.digest));
      const listings = await Promise.all(layers.map(async l => tarListing(await getBlob(repo, l.digest))));
      const index = (member: string) => listings.findIndex(list => list[member] !== undefined) + 1;
      // The facts, from the blobs: which layer holds what, as the system's tar lists it.
      expect(listings.at(-1)).toEqual({ '/app': 0, '/app/payload.bin': PAYLOAD });
      const bigLayer = index('/tmp/big.bin');
      const whiteoutLayer = index('/tmp/.wh.big.bin');
      expect(listings[bigLayer - 1]['/tmp/big.bin']).toBe(BIG);
      expect(whiteoutLayer).toBeGreaterThan(bigLayer);
      const confLayers = listings.flatMap((l, i) => (l['/etc/app.conf'] !== undefined ? [[i + 1, l['/etc/app.conf']]] : []));
      expect(confLayers).toEqual([
        [expect.any(Number), CONF_V1],
        [expect.any(Number), CONF_V2]
      ]);

      const files = filesOf(run, platform)!;
      expect(files.notAnalysed).toEqual([]);
      // Listed: the layers whose blobs the baseline does not have (the payload's), with what tar lists in them.
      const changed = layers.flatMap((l, i) => (baseLayers.has(l.digest) ? [] : [i + 1]));
      expect(changed).toContain(layers.length);
      expect(files.changedOnly).toBe(true);
      expect(files.layers.map(l => l.layer)).toEqual(changed);
      const payload = files.layers.find(l => l.layer === layers.length)!;
      expect(payload).toEqual({
        layer: layers.length,
        digest: layers.at(-1)!.digest,
        instruction: 'COPY payload.bin /app/payload.bin',
        line: 7,
        files: 1,
        bytes: PAYLOAD,
        largest: [{ path: '/app/payload.bin', size: PAYLOAD }]
      });
      for (const l of files.layers) {
        const regular = Object.entries(listings[l.layer - 1]).filter(([member, size]) => size > 0 && !member.includes('/.wh.'));
        expect(l.largest).toEqual(
          regular
            .map(([p, size]) => ({ path: p, size }))
            .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))
            .slice(0, 10)
        );
      }
      // Wasted: the 3 MB file deleted and the 200 kB copy overwritten, nothing else; the 100 kB copy the image shows is not waste.
      expect(files.wasted!.bytes).toBe(BIG + CONF_V1);
      expect(files.wasted!.files).toEqual([
        {
          path: '/tmp/big.bin',
          size: BIG,
          how: 'deleted',
          addedBy: { layer: bigLayer, instruction: 'COPY big.bin /tmp/big.bin', line: 2 },
          hiddenBy: { layer: whiteoutLayer, instruction: 'RUN rm /tmp/big.bin', line: 5 }
        },
        {
          path: '/etc/app.conf',
          size: CONF_V1,
          how: 'overwritten',
          addedBy: { layer: confLayers[0][0], instruction: 'COPY conf-v1.bin /etc/app.conf', line: 3 },
          hiddenBy: { layer: confLayers[1][0], instruction: 'COPY conf-v2.bin /etc/app.conf', line: 4 }
        }
      ]);
      const fileBytes = listings.reduce((sum, l) => sum + Object.entries(l).reduce((s, [member, size]) => s + (member.includes('/.wh.') ? 0 : size), 0), 0);
      expect(files.wasted!.fileBytes).toBe(fileBytes);
    }
    // Each distinct layer blob downloaded once, whatever platforms share it; nothing else downloaded whole but configs.
    const downloads = blobDownloads(proxy);
    expect(downloads.filter(d => allLayers.has(d)).sort()).toEqual([...allLayers].sort());
    expect(run.summary).toContain('#### Where the bytes are');
    for (const platform of PLATFORMS) expect(run.summary).toContain(`| ${platform} | `);
    expect(run.summary).toContain('| `/tmp/big.bin` | 3.0 MB | ');
    expect(run.summary).toContain('| `/app/payload.bin` | 1.5 MB |');
    expect(run.main.stdout).toMatch(/size-analysis: read the files of \d+ layer\(s\)/);
    expect(run.main.stdout).not.toContain('::warning::size-analysis');
  });

  it('not pushed: the layers are read from the OCI layout the build wrote, with the same files', async () => {
    proxy.reset(0);
    const run = await runAction({ ...common, push: 'false', tags: `${proxy.host}/${repo}:local`, 'compare-to': 'none', 'size-analysis': 'files' }, { workspace: pr });
    ok(run);
    const sizes = JSON.parse(run.outputs.sizes);
    expect(sizes.source).toBe('build');
    // The one blob read whole is the size history's (the trend, read on every run with sizes), no layer.
    const history = (await getManifest(repo, 'hoist-size-history')).json as { layers: Array<{ digest: string }> };
    expect(blobDownloads(proxy).filter(d => !history.layers.some(l => l.digest === d))).toEqual([]);
    for (const platform of PLATFORMS) {
      const files = filesOf(run, platform)!;
      // No baseline: every layer is listed (the largest ones), the payload's among them.
      expect(files.changedOnly).toBe(false);
      expect(files.layers.find(l => l.instruction === 'COPY payload.bin /app/payload.bin')?.largest).toEqual([{ path: '/app/payload.bin', size: PAYLOAD }]);
      expect(files.wasted!.bytes).toBe(BIG + CONF_V1);
    }
  });
});
