#!/usr/bin/env node
/**
 * What `size-analysis: files` costs (issue 31, item 4): an image of about 1 GB of random,
 * incompressible bytes (FROM scratch, eight 125 MB layers and a ninth that overwrites the
 * first layer's file, so 125 MB are wasted), built and pushed to the loopback registry once;
 * then hoist's whole step on it, fully cached, without and with `size-analysis: files`.
 * The floor beside it, measured here too, in this process: each layer blob downloaded and
 * its sha256 taken (what any reading of the layers costs), and the same with gunzip (what
 * reading inside them costs before a tar header is parsed). Each figure is the median of 3,
 * the four taken in turn.
 *
 *   npm run bench:files [-- --layers 8 --layer-mb 125]
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { runAction } from '../test/harness/run-action.mjs';

const REGISTRY = process.env.HOIST_E2E_REGISTRY ?? '127.0.0.1:5000';
const BUILDER = process.env.HOIST_E2E_BUILDER ?? 'hoist';
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const LAYERS = arg('--layers', 8);
const LAYER_BYTES = arg('--layer-mb', 125) * 1e6;
const repo = `files-bench/big-${process.pid}`;
const tag = `${REGISTRY}/${repo}:1`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-files-'));
const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
const rate = (bytes, ms) => `${(bytes / 1e6 / (ms / 1000)).toFixed(0)} MB/s`;
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The context: LAYERS random files, written 1 MB at a time, and a small file that overwrites the first. */
function makeContext() {
  const lines = ['FROM scratch'];
  for (let i = 0; i < LAYERS; i++) {
    const fd = fs.openSync(path.join(work, `part${i}.bin`), 'w');
    for (let left = LAYER_BYTES; left > 0; left -= 1e6) fs.writeSync(fd, randomBytes(Math.min(1e6, left)));
    fs.closeSync(fd);
    lines.push(`COPY part${i}.bin /data/part${i}.bin`);
  }
  fs.writeFileSync(path.join(work, 'small.bin'), randomBytes(1000));
  lines.push('COPY small.bin /data/part0.bin');
  fs.writeFileSync(path.join(work, 'Dockerfile'), `${lines.join('\n')}\n`);
}

function get(url) {
  return new Promise((resolve, reject) => http.get(url, res => (res.statusCode === 200 ? resolve(res) : reject(new Error(`GET ${url} → ${res.statusCode}`)))).on('error', reject));
}

async function json(url) {
  const res = await fetch(url, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' } });
  return res.json();
}

/** Each layer blob downloaded in turn, hashed, and (with `gunzip`) unpacked; the unpacked bytes dropped. */
async function floor(layers, gunzip) {
  const started = performance.now();
  let unpacked = 0;
  for (const layer of layers) {
    const hash = createHash('sha256');
    const res = await get(`http://${REGISTRY}/v2/${repo}/blobs/${layer.digest}`);
    const steps = [
      res,
      async function* (source) {
        for await (const chunk of source) {
          hash.update(chunk);
          yield chunk;
        }
      }
    ];
    if (gunzip) steps.push(zlib.createGunzip({ chunkSize: 256 * 1024 }));
    steps.push(async source => {
      for await (const chunk of source) unpacked += chunk.length;
    });
    await pipeline(steps);
    if (`sha256:${hash.digest('hex')}` !== layer.digest) throw new Error(`${layer.digest}: digest mismatch`);
  }
  return { ms: performance.now() - started, unpacked };
}

async function step(analysis) {
  const inputs = {
    context: '.',
    platforms: 'linux/amd64',
    push: 'true',
    tags: tag,
    builder: BUILDER,
    provenance: 'false',
    'compare-to': 'none',
    'pr-comment': 'false',
    ...(analysis ? { 'size-analysis': 'files' } : {})
  };
  const run = await runAction(inputs, { workspace: work });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  const analysed = /size-analysis: read the files of (\d+) layer\(s\) \(([\d.]+ [kMG]?B) downloaded\) in ([\d.]+) s/.exec(run.main.stdout);
  if (analysis && !analysed) throw new Error(`no analysis in the log:\n${run.main.stdout.slice(-3000)}`);
  return { ms: run.main.ms, analysisMs: analysed ? Number(analysed[3]) * 1000 : 0, sizes: JSON.parse(run.outputs.sizes) };
}

console.log(`hoist size-analysis bench (${os.cpus().length} cores, node ${process.version}, builder ${BUILDER})`);
makeContext();
let started = performance.now();
execFileSync('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', 'linux/amd64', '--provenance=false', '--push', '-t', tag, work], { stdio: 'ignore' });
console.log(`built and pushed ${LAYERS + 1} layers of ${(LAYERS * LAYER_BYTES) / 1e9} GB random bytes in ${seconds(performance.now() - started)} (once; not part of the figures)`);
const manifest = await json(`http://${REGISTRY}/v2/${repo}/manifests/1`);
const compressed = manifest.layers.reduce((s, l) => s + l.size, 0);

// Once first, so every figure below reads the blobs from the registry's warm page cache.
await floor(manifest.layers, false);
const [raw, gz, without, withFiles, analysis] = [[], [], [], [], []];
let unpacked = 0;
let sizes;
for (let i = 0; i < 3; i++) {
  raw.push((await floor(manifest.layers, false)).ms);
  const unzipped = await floor(manifest.layers, true);
  gz.push(unzipped.ms);
  unpacked = unzipped.unpacked;
  without.push((await step(false)).ms);
  const run = await step(true);
  withFiles.push(run.ms);
  analysis.push(run.analysisMs);
  sizes = run.sizes;
}
const files = sizes.platforms['linux/amd64'].files;
if (files.wasted.bytes !== LAYER_BYTES) throw new Error(`wasted ${files.wasted.bytes}, expected ${LAYER_BYTES}`);

const [a, r, g, off, on] = [analysis, raw, gz, without, withFiles].map(median);
console.log(`image: ${(compressed / 1e9).toFixed(2)} GB compressed, ${(unpacked / 1e9).toFixed(2)} GB unpacked; hoist found ${(files.wasted.bytes / 1e6).toFixed(0)} MB wasted (as built)`);
console.log('each figure the median of 3, taken in turn:');
console.log(`  floor, this process: download + sha256, one layer at a time            ${seconds(r)}   ${rate(compressed, r)}`);
console.log(`  floor, this process: download + sha256 + gunzip                        ${seconds(g)}   ${rate(compressed, g)}`);
console.log(`  hoist's analysis (download, sha256, gunzip, tar headers; 3 at a time)  ${seconds(a)}   ${rate(compressed, a)}   ${(a / g).toFixed(2)}x the gunzip floor`);
console.log(`  hoist's step, fully cached, without size-analysis                      ${seconds(off)}`);
console.log(`  hoist's step, fully cached, with size-analysis: files                  ${seconds(on)}   ${(on / off).toFixed(1)}x, +${seconds(on - off)}`);
console.log(`  per GB compressed: +${seconds(((on - off) / compressed) * 1e9)} on the step`);

// The image and its context go; the registry keeps the blobs until its garbage collection.
const digest = (await fetch(`http://${REGISTRY}/v2/${repo}/manifests/1`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } })).headers.get('docker-content-digest');
if (digest) await fetch(`http://${REGISTRY}/v2/${repo}/manifests/${digest}`, { method: 'DELETE' });
fs.rmSync(work, { recursive: true, force: true });
