import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ImageSource } from '../../../src/cli/args.js';
import { EXIT, processIo, runSizes, type SizesIo } from '../../../src/cli/sizes.js';
import type { ImageFacts } from '../../../src/readback/image.js';
import { RegistryError } from '../../../src/registry/errors.js';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizesJson } from '../../../src/report/markdown.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

const v1 = image(4_600_000, 4_400_000);
const v2 = image(4_900_000, 4_700_000);
/** What the fake registry holds; 'ghcr.io/acme/private:1' refuses the login. */
const held: Record<string, ImageFacts> = { 'ghcr.io/acme/backend:v1': v1, 'ghcr.io/acme/backend:v2': v2, 'oci:./out': v2 };

/** The files on the fake disk: a Dockerfile only where a test puts one. */
let files: Record<string, string> = {};

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
