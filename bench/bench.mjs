#!/usr/bin/env node
/**
 * hoist's overhead over a bare `docker buildx build --push`, measured in one run on
 * the same builder and registry: the example Go service (example/) for linux/amd64 +
 * linux/arm64, fully cached. The bare build gets exactly the argv hoist ran.
 * Prints medians and the overhead (target: ≤ 300 ms on top of the bare build).
 *
 *   node bench/bench.mjs [rounds]        (needs scripts/toolchain.sh up)
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runAction } from '../test/harness/run-action.mjs';

const rounds = Number(process.argv[2] ?? 7);
const registry = '127.0.0.1:5000';
const inputs = {
  context: 'example',
  platforms: 'linux/amd64,linux/arm64',
  tags: `${registry}/bench/backend:latest`,
  push: 'true',
  builder: 'hoist',
  'build-args': `GO_IMAGE=${registry}/base/golang:latest\nRUNTIME_IMAGE=${registry}/base/busybox:latest`
};

/** Splits the command line hoist logs (words, '…' quoted). */
function shellWords(line) {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map(m => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function hoistOnce() {
  const run = await runAction(inputs);
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  return run;
}

function bareOnce(argv) {
  const started = process.hrtime.bigint();
  const result = spawnSync('docker', argv, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bare build failed: ${result.stderr.slice(-2000)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const warm = await hoistOnce();
const line = warm.main.stdout.split('\n').find(l => l.startsWith('docker buildx build '));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
// Same argv, its own metadata/iid files.
const argv = shellWords(line)
  .slice(1)
  .map(w => (/\/hoist-[^/]+\/(metadata\.json|iidfile)$/.test(w) ? path.join(tmp, path.basename(w)) : w));
bareOnce(argv);

const bare = [];
const hoist = [];
const mainOnly = [];
for (let i = 0; i < rounds; i++) {
  bare.push(bareOnce(argv));
  const run = await hoistOnce();
  hoist.push(run.main.ms + run.post.ms);
  mainOnly.push(run.main.ms);
}
const b = median(bare);
const h = median(hoist);
console.log(`example Go service, linux/amd64+linux/arm64, fully cached, ${rounds} rounds (medians):`);
console.log(`  bare docker buildx build --push   ${b.toFixed(0)} ms`);
console.log(`  hoist main + post (as the runner) ${h.toFixed(0)} ms   (main ${median(mainOnly).toFixed(0)} ms)`);
console.log(`  overhead                          ${(h - b).toFixed(0)} ms   (target ≤ 300 ms)   ratio ${(h / b).toFixed(2)}`);
fs.rmSync(tmp, { recursive: true, force: true });

// The size report alone, for a 4-platform image (FROM scratch + a 300 kB payload per
// platform, so no emulation is needed to build it): hoist logs the time from reading
// the image back to the finished report, baseline included.
const fourDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-four-'));
const fourPlatforms = ['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/ppc64le'];
for (const arch of ['amd64', 'arm64', 'arm', 'ppc64le']) fs.writeFileSync(path.join(fourDir, `payload-${arch}`), crypto.randomBytes(300_000));
fs.writeFileSync(path.join(fourDir, 'Dockerfile'), 'FROM scratch\nARG TARGETARCH\nCOPY payload-${TARGETARCH} /payload\n');
const fourInputs = { context: '.', platforms: fourPlatforms.join(','), tags: `${registry}/bench/four:latest`, push: 'true', builder: 'hoist' };
const reportMs = [];
for (let i = 0; i < rounds + 1; i++) {
  const run = await runAction(fourInputs, { workspace: fourDir });
  if (run.main.exitCode !== 0) throw new Error(`4-platform run failed:\n${run.main.stdout.slice(-3000)}`);
  const sizes = JSON.parse(run.outputs.sizes);
  if (Object.keys(sizes.platforms).length !== 4) throw new Error(`expected 4 platforms, got ${Object.keys(sizes.platforms)}`);
  const ms = Number(/read back and reported in (\d+) ms/.exec(run.main.stdout)?.[1]);
  if (i > 0) reportMs.push(ms); // the first run has no baseline yet
}
console.log(`size report, 4-platform image with a baseline, ${rounds} rounds (median): ${median(reportMs)} ms   (target ≤ 300 ms)`);
fs.rmSync(fourDir, { recursive: true, force: true });

// The line mapping alone (report/lines.ts, report/changes.ts): the example's two-platform
// image against a baseline (its previous push, read over plain HTTP), the size report made
// with and without the Dockerfile's lines; the difference is what naming the lines costs.
const { transpiled } = await import('./transpile.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lines-'));
const { load } = transpiled(work, ['src']);
const { sizeReport } = await load('src/report/sizes.js');
const { parseDockerfile } = await load('src/dockerfile/parse.js');
const ACCEPT =
  'application/vnd.oci.image.index.v1+json,application/vnd.oci.image.manifest.v1+json,application/vnd.docker.distribution.manifest.v2+json,application/vnd.docker.distribution.manifest.list.v2+json';
async function imageOverHttp(repo, reference) {
  const get = async (kind, ref) => {
    const res = await fetch(`http://${registry}/v2/${repo}/${kind}/${ref}`, { headers: { accept: ACCEPT } });
    if (res.status !== 200) throw new Error(`GET ${kind} ${repo}@${ref} → ${res.status}`);
    return res.json();
  };
  const index = await get('manifests', reference);
  const children = (index.manifests ?? []).filter(m => m.platform?.os !== 'unknown');
  const platforms = await Promise.all(
    children.map(async m => {
      const manifest = await get('manifests', m.digest);
      const config = await get('blobs', manifest.config.digest);
      return {
        platform: `${m.platform.os}/${m.platform.architecture}`,
        digest: m.digest,
        manifestBytes: 0,
        config: manifest.config,
        layers: manifest.layers,
        history: (config.history ?? []).map(h => ({ createdBy: h.created_by ?? '', emptyLayer: h.empty_layer === true }))
      };
    })
  );
  return { reference: `${repo}:${reference}`, digest: reference, platforms, attestations: [] };
}
const current = await imageOverHttp('bench/backend', 'latest');
const baseline = { image: current, reference: `${registry}/bench/backend:latest` };
const lines = { dockerfile: parseDockerfile(fs.readFileSync(path.join(ROOT, 'example/Dockerfile'), 'utf8')), target: '', contexts: [] };
const timed = withLines => {
  const started = process.hrtime.bigint();
  // The Dockerfile is parsed in the report too: count it.
  const source = withLines ? { ...lines, dockerfile: parseDockerfile(fs.readFileSync(path.join(ROOT, 'example/Dockerfile'), 'utf8')) } : undefined;
  const report = sizeReport(current, 'bench/backend', baseline, 'registry', source);
  if (withLines && report.layerChanges['linux/amd64'].every(c => c.origin !== 'line')) throw new Error('no layer was named by its line');
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const withMs = [];
const withoutMs = [];
for (let i = 0; i < 50; i++) {
  withoutMs.push(timed(false));
  withMs.push(timed(true));
}
console.log(
  `line mapping, 2-platform image with a baseline, 50 rounds (median): ${(median(withMs) - median(withoutMs)).toFixed(2)} ms on top of the size report (first round ${withMs[0].toFixed(1)} ms)   (target ≤ 50 ms)`
);
fs.rmSync(work, { recursive: true, force: true });
