/**
 * The measure phase: the OCI layout a build that is not pushed wrote (as BuildKit's
 * `type=oci,tar=false` exporter writes it) read as a registry would be, then removed; a
 * layout that cannot be read is a warning, not a failure.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measure } from '../../../src/phases/measure.js';
import { writeLayout } from '../../helpers/exec.js';
import { facts } from '../../helpers/facts.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testJob, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

const REPO = '127.0.0.1:5000/acme/app';
const scratch = scratchDirs('phase-measure');

function setUp(inputs: Record<string, string>, builder?: Parameters<typeof facts>[0]) {
  const dir = scratch();
  const tmpDir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpDir);
  const runner = new FakeRunner({});
  const job = testJob(rawInputs(inputs), facts({ tmpDir, ...builder }));
  return { runner, job, ports: testPorts({ dir, runner }), layout: path.join(tmpDir, 'measure') };
}

describe('measure', () => {
  it('reads the image from the layout the build wrote, says how long it took, and removes the layout', async () => {
    const { runner, job, ports, layout } = setUp({ tags: `${REPO}:1` });
    expect(job.run.measure).toEqual({ dir: layout, outputs: [`type=oci,dest=${layout},tar=false`] });
    writeLayout(layout, 6_000);
    const top = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')).manifests[0].digest;
    const image = await measure(ports, job);
    expect(image?.reference).toBe(`${REPO}@${top}`);
    expect(image?.platforms.map(p => ({ platform: p.platform, layers: p.layers.map(l => l.uncompressed) }))).toEqual([{ platform: 'linux/amd64', layers: [6_000] }]);
    expect(runner.texts('group')).toEqual(['Measure']);
    expect(runner.texts('info')).toEqual(['measured the built image (not pushed) from the OCI layout the build wrote: 1 platform(s) in 100 ms']);
    expect(fs.existsSync(layout)).toBe(false);
  });

  it('without a tag, the image is named "image"', async () => {
    const { job, ports, layout } = setUp({});
    writeLayout(layout, 100);
    expect((await measure(ports, job))?.reference).toMatch(/^docker\.io\/library\/image@sha256:[0-9a-f]{64}$/);
  });

  it('a layout that holds no image is a warning, not a silent "0 platform(s)"', async () => {
    const { runner, job, ports, layout } = setUp({ tags: `${REPO}:1` });
    fs.mkdirSync(layout, { recursive: true });
    fs.writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [] }));
    expect(await measure(ports, job)).toBeUndefined();
    expect(runner.texts('info')).toEqual([]);
    expect(runner.texts('warning')).toEqual(['the image was built, but the OCI layout the build wrote holds no image to measure; no size report']);
    expect(fs.existsSync(layout)).toBe(false);
  });

  it('a layout that cannot be read is a warning: the image was built; the layout is removed all the same', async () => {
    const { runner, job, ports, layout } = setUp({ tags: `${REPO}:1` });
    writeLayout(layout, 100);
    const blob = (digest: string) => path.join(layout, 'blobs', ...digest.split(':'));
    const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    const manifest = JSON.parse(fs.readFileSync(blob(index.manifests[0].digest), 'utf8')) as { config: { digest: string } };
    fs.rmSync(blob(manifest.config.digest));
    expect(await measure(ports, job)).toBeUndefined();
    expect(runner.texts('warning')).toEqual([`the image was built, but measuring it failed: ${manifest.config.digest} is not in the OCI layout ${layout}`]);
    expect(fs.existsSync(layout)).toBe(false);
  });

  it.each([
    ['a push: the registry is read instead', { tags: `${REPO}:1`, push: 'true' }, undefined],
    ['a BuildKit that writes one output only', { tags: `${REPO}:1` }, { builder: { name: 'old', driver: 'remote', platforms: ['linux/amd64'], buildkitVersion: 'v0.12.5' } }],
    ['files only', { outputs: 'type=local,dest=out' }, undefined]
  ])('nothing to measure (%s): no group, nothing said', async (_name, inputs, builder) => {
    const { runner, job, ports } = setUp(inputs, builder);
    expect(await measure(ports, job)).toBeUndefined();
    expect(runner.events).toEqual([]);
  });
});
