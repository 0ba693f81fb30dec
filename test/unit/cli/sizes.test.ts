import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ImageSource } from '../../../src/cli/args.js';
import { EXIT, processIo, runSizes, type SizesIo } from '../../../src/cli/sizes.js';
import { HISTORY_SCHEMA, type SizePoint } from '../../../src/plan/size-history.js';
import type { PlatformFiles } from '../../../src/readback/files.js';
import type { ImageFacts } from '../../../src/readback/image.js';
import type { ReadHistory } from '../../../src/readback/size-history.js';
import { RegistryError } from '../../../src/registry/errors.js';
import { repositoryName, type ImageReference } from '../../../src/registry/reference.js';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizesJson } from '../../../src/report/markdown.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

const v1 = image(4_600_000, 4_400_000);
const v2 = image(4_900_000, 4_700_000);
/** What the fake registry holds; 'ghcr.io/acme/private:1' refuses the login. */
const held: Record<string, ImageFacts> = { 'ghcr.io/acme/backend:v1': v1, 'ghcr.io/acme/backend:v2': v2, 'oci:./out': v2, 'ghcr.io/acme/denied:1': v2 };

/** The files on the fake disk: a Dockerfile only where a test puts one. */
let files: Record<string, string> = {};

/** What the layers hold, as the step's analysis lists them: the binary layer's one file, and a copy the binary hides. */
const FILES: PlatformFiles = {
  layers: [
    { files: 1, bytes: 2_000_000, largest: [{ path: '/bin/busybox', size: 2_000_000 }] },
    { files: 0, bytes: 0, largest: [] },
    { files: 1, bytes: 9_800_000, largest: [{ path: '/app/backend', size: 9_800_000 }] }
  ],
  wasted: { bytes: 0, fileBytes: 11_800_000, largest: [] }
};
const analysed = (i: ImageFacts): ImageFacts => ({ ...i, platforms: i.platforms.map(p => ({ ...p, files: FILES })) });

const point = (commit: string, time: string, amd: number, digest = `sha256:${'0'.repeat(64)}`): SizePoint => ({
  commit,
  time,
  digest,
  platforms: { 'linux/amd64': { compressed: amd, unpacked: null, layers: 3 } }
});
/** The histories the fake registry holds, by repository; 'ghcr.io/acme/denied' refuses the read. */
const histories: Record<string, SizePoint[]> = {
  'ghcr.io/acme/backend': [point('aaaaaaa1', '2026-01-01T10:00:00Z', 5_800_000), point('bbbbbbb2', '2026-01-02T10:00:00Z', 6_000_000, v2.digest)]
};

function fakeIo(): SizesIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    columns: 100,
    isLayoutDir: (dir: string) => dir === './out',
    readText: (file: string) => files[file],
    read: async (source: ImageSource) => {
      const key = source.kind === 'layout' ? `oci:${source.dir}` : source.reference;
      if (key === 'ghcr.io/acme/private:1') throw new RegistryError('ghcr.io refused the credentials (401)', 401);
      return held[key];
    },
    analyse: async (_source: ImageSource, i: ImageFacts) => analysed(i),
    history: async (repository: ImageReference): Promise<ReadHistory> => {
      const name = repositoryName(repository);
      if (name === 'ghcr.io/acme/denied') throw new RegistryError('ghcr.io refused access to acme/denied (HTTP 403)', 403);
      return { history: { schema: HISTORY_SCHEMA, points: histories[name] ?? [] } };
    }
  };
  return io;
}

describe('hoist-sizes exit codes', () => {
  it.each([
    ['a report', ['ghcr.io/acme/backend:v2'], EXIT.ok],
    ['a comparison within the gates', ['ghcr.io/acme/backend:v2', '--compare', 'ghcr.io/acme/backend:v1', '--max-size', '20MB', '--max-size-increase', '10%'], EXIT.ok],
    ['a gate with no baseline to check', ['ghcr.io/acme/backend:v2', '--max-size-increase', '1%'], EXIT.ok],
    ['help', ['--help'], EXIT.ok],
    ['max-size failed', ['ghcr.io/acme/backend:v2', '--max-size', '5MB'], EXIT.gateFailed],
    ['max-size-increase failed', ['./out', '--compare', 'ghcr.io/acme/backend:v1', '--max-size-increase', '2%'], EXIT.gateFailed],
    ['a gate failed, with --json', ['ghcr.io/acme/backend:v2', '--json', '--max-size', '5MB'], EXIT.gateFailed],
    ['bad arguments', ['ghcr.io/acme/backend:v2', '--max-size', 'big'], EXIT.badArguments],
    ['no image', [], EXIT.badArguments],
    ['an image that does not exist', ['ghcr.io/acme/backend:v3'], EXIT.unreadable],
    ['a baseline that does not exist', ['ghcr.io/acme/backend:v2', '--compare', 'ghcr.io/acme/backend:v0'], EXIT.unreadable],
    ['an image that cannot be read', ['ghcr.io/acme/private:1'], EXIT.unreadable],
    ['a --file that cannot be read', ['ghcr.io/acme/backend:v2', '--file', 'nope/Dockerfile'], EXIT.badArguments]
  ])('%s → %d', async (_what, argv, code) => {
    files = {};
    expect(await runSizes(argv, fakeIo())).toBe(code);
  });
});

describe('hoist-sizes output', () => {
  it("prints the job summary's table, and on a failed gate the step's words on stderr", async () => {
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--compare', 'ghcr.io/acme/backend:v1', '--max-size', '5MB'], io);
    expect(io.stdout).toMatch(/^hoist · image size · ghcr.io\/acme\/backend\n/);
    expect(io.stdout).toContain('linux/amd64                              6.0 MB  ▲ 0.3 MB (+5.3 %)   12.1 MB       3');
    expect(io.stdout).toContain('Gates: max-size 5MB ❌');
    expect(io.stderr).toBe('size gate failed:\n  linux/amd64 is 6.0 MB compressed, over max-size 5MB\n  linux/arm64 is 5.7 MB compressed, over max-size 5MB\n');
  });

  it("--json prints exactly the step's sizes output for the same image, baseline and gates", async () => {
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--json', '--compare', 'ghcr.io/acme/backend:v1', '--max-size-increase', '10%'], io);
    const report = sizeReport(v2, 'ghcr.io/acme/backend', { image: v1, reference: 'ghcr.io/acme/backend:v1' });
    expect(io.stdout).toBe(`${sizesJson(report, evaluateGates(report, '', '10%'))}\n`);
    expect(io.stderr).toBe('');
  });

  it('marks a layout as measured from a build, as the step does for an image it did not push', async () => {
    const io = fakeIo();
    await runSizes(['./out', '--json'], io);
    expect(JSON.parse(io.stdout)).toMatchObject({ image: 'oci:./out', source: 'build', baseline: { found: false, reason: 'no --compare image given' } });
  });

  it('says which image could not be read, why, and what to do', async () => {
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/private:1', '--compare', 'ghcr.io/acme/backend:v0'], io);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe(
      "hoist-sizes: <image> 'ghcr.io/acme/private:1' could not be read: ghcr.io refused the credentials (401). Check the reference; for a private image, log in first (docker login ghcr.io).\n" +
        "hoist-sizes: --compare 'ghcr.io/acme/backend:v0': no such image. Check the reference; for a private image, log in first (docker login ghcr.io).\n"
    );
  });

  it('refuses bad arguments with the message and the usage', async () => {
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--max-size', 'big'], io);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^hoist-sizes: argument '--max-size': 'big' is not a size\. Use a number and a unit, e\.g\. 20MB \(10\^6 bytes\) or 19\.5MiB\.\n\nusage: hoist-sizes <image>/);
  });
});

describe('hoist-sizes --size-trend', () => {
  it('prints the last N builds of the history as a table below the report, the image reported on marked', async () => {
    const io = fakeIo();
    expect(await runSizes(['ghcr.io/acme/backend:v2', '--size-trend', '5'], io)).toBe(EXIT.ok);
    expect(io.stderr).toBe('');
    const trend = io.stdout.slice(io.stdout.indexOf('Size trend'));
    expect(trend).toBe(
      [
        'Size trend · ghcr.io/acme/backend:hoist-size-history',
        '',
        'The last 2 build(s) recorded, oldest first (compressed; Δ vs the build before).',
        '',
        'commit   time (UTC)        linux/amd64         Δ',
        '-------  ----------------  -----------  --------',
        'aaaaaaa  2026-01-01 10:00       5.8 MB         —',
        'bbbbbbb  2026-01-02 10:00       6.0 MB  ▲ 0.2 MB',
        '',
        'The image reported on is build 2 of these (commit bbbbbbb).',
        ''
      ].join('\n')
    );
  });

  it('--json gains a trend key, the points as the history holds them; without it, the sizes output byte for byte', async () => {
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--json', '--size-trend', '1'], io);
    const plain = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--json'], plain);
    const report = sizeReport(v2, 'ghcr.io/acme/backend', { reason: 'no --compare image given' });
    expect(plain.stdout).toBe(`${sizesJson(report, [])}\n`);
    expect(JSON.parse(io.stdout)).toEqual({ ...JSON.parse(plain.stdout), trend: { repository: 'ghcr.io/acme/backend:hoist-size-history', points: histories['ghcr.io/acme/backend'].slice(-1) } });
  });

  it("reads an OCI layout's trend from --compare's repository", async () => {
    const io = fakeIo();
    await runSizes(['./out', '--compare', 'ghcr.io/acme/backend:v1', '--trend'], io);
    expect(io.stdout).toContain('Size trend · ghcr.io/acme/backend:hoist-size-history');
  });

  it('a history that cannot be read is a warning, never the exit code', async () => {
    const io = fakeIo();
    expect(await runSizes(['ghcr.io/acme/denied:1', '--trend', '--json'], io)).toBe(EXIT.ok);
    expect(io.stderr).toBe('hoist-sizes: warning: size trend: the history in ghcr.io/acme/denied:hoist-size-history could not be read: ghcr.io refused access to acme/denied (HTTP 403)\n');
    expect(JSON.parse(io.stdout).trend).toBeNull();
    const table = fakeIo();
    expect(await runSizes(['ghcr.io/acme/denied:1', '--trend'], table)).toBe(EXIT.ok);
    expect(table.stdout).not.toContain('Size trend');
  });
});

describe('hoist-sizes --size-analysis files', () => {
  it("--json holds each platform's files as the step's sizes output does", async () => {
    files = { Dockerfile: 'FROM busybox\nWORKDIR /app\nCOPY /out/backend /app/backend\n' };
    const io = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--compare', 'ghcr.io/acme/backend:v1', '--size-analysis', 'files', '--json'], io);
    const plain = fakeIo();
    await runSizes(['ghcr.io/acme/backend:v2', '--compare', 'ghcr.io/acme/backend:v1', '--json'], plain);
    files = {};
    const json = JSON.parse(io.stdout) as { platforms: Record<string, { files?: unknown }> };
    expect(json.platforms['linux/amd64'].files).toEqual({
      changedOnly: true,
      wasted: { bytes: 0, fileBytes: 11_800_000, files: [] },
      layers: [{ layer: 3, instruction: 'COPY /out/backend /app/backend', line: 3, digest: 'sha256:bin-amd4900000', files: 1, bytes: 9_800_000, largest: [{ path: '/app/backend', size: 9_800_000 }] }],
      notAnalysed: []
    });
    // The rest as without the analysis.
    for (const p of Object.values(json.platforms)) delete p.files;
    expect(json).toEqual(JSON.parse(plain.stdout));
  });

  it("prints the step's section in the terminal's width", async () => {
    const io = fakeIo();
    io.columns = 80;
    await runSizes(['ghcr.io/acme/backend:v2', '--size-analysis', 'files'], io);
    expect(io.stdout).toContain('Where the bytes are');
    expect(io.stdout).toContain('Largest files on linux/amd64, in the largest layers:');
    expect(io.stdout).toMatch(/^linux\/amd64 +11\.8 MB +none +—$/m);
    for (const line of io.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('a layer not analysed, or an analysis that fails, is a warning: the report is printed without it', async () => {
    const io = fakeIo();
    io.analyse = async (_s, i) => ({ ...i, platforms: i.platforms.map(p => ({ ...p, files: { layers: [FILES.layers[0], FILES.layers[1], { notAnalysed: 'a zstd layer' }] } })) });
    expect(await runSizes(['ghcr.io/acme/backend:v2', '--size-analysis', 'files'], io)).toBe(EXIT.ok);
    expect(io.stderr).toBe(
      'hoist-sizes: warning: size-analysis: layer sha256:bin-amd4900000 was not analysed: a zstd layer\nhoist-sizes: warning: size-analysis: layer sha256:bin-arm4700000 was not analysed: a zstd layer\n'
    );
    const failing = fakeIo();
    failing.analyse = () => Promise.reject(new Error('connection reset'));
    expect(await runSizes(['ghcr.io/acme/backend:v2', '--size-analysis', 'files', '--json'], failing)).toBe(EXIT.ok);
    expect(failing.stderr).toBe("hoist-sizes: warning: size-analysis: the layers' files could not be listed: connection reset\n");
    expect(failing.stdout).not.toContain('"files"');
  });
});

describe('the real io', () => {
  it('reads an OCI layout directory, and says when a directory holds none', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-sizes-'));
    const io = processIo({ dockerConfig: dir, buildxConfig: dir }, process.stdout, process.stderr);
    expect(io.isLayoutDir(dir)).toBe(false);
    await expect(io.read({ kind: 'layout', dir })).rejects.toThrow(`${dir} holds no index.json`);
    fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [] }));
    expect(io.isLayoutDir(dir)).toBe(true);
    await expect(io.read({ kind: 'layout', dir })).resolves.toBeUndefined();
    expect(io.columns).toBe(process.stdout.columns || 100);
  });
});
