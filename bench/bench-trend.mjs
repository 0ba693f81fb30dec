#!/usr/bin/env node
/**
 * What the size trend (issue 31, `size-trend`) costs a push on the default branch, measured
 * in one run: the bench's own image (the example Go service, linux/amd64 + linux/arm64,
 * fully cached) pushed by hoist with the trend on (the default: the history read during the
 * build, written after the push, checked in the post step) and off (`size-trend: none`),
 * alternately, so both meet the same machine. Prints the medians of main + post, and of
 * the report phase alone (hoist logs it), and the difference.
 *
 *   npm run bench:trend [-- rounds]        (needs scripts/toolchain.sh up)
 */
import { ROOT, runAction } from '../test/harness/run-action.mjs';

const rounds = Number(process.argv[2] ?? 9);
const registry = '127.0.0.1:5000';
const repo = `bench/trend-${Date.now()}`;
const inputs = {
  context: 'example',
  platforms: 'linux/amd64,linux/arm64',
  tags: `${registry}/${repo}:latest`,
  push: 'true',
  builder: 'hoist',
  'build-args': `GO_IMAGE=${registry}/base/golang:latest\nRUNTIME_IMAGE=${registry}/base/busybox:latest`
};
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(trend) {
  const run = await runAction({ ...inputs, 'size-trend': trend ? '30' : 'none' }, { workspace: ROOT });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  const recorded = /size history: this build's point recorded/.test(run.main.stdout) && /size history: this build's point is in/.test(run.post.stdout);
  if (trend !== recorded) throw new Error(`size-trend ${trend ? 'on' : 'off'}, but the point was ${recorded ? '' : 'not '}recorded and checked:\n${run.main.stdout.slice(-2000)}`);
  return { total: run.main.ms + run.post.ms, report: Number(/read back and reported in (\d+) ms/.exec(run.main.stdout)?.[1]), post: run.post.ms };
}

await once(true); // warm: the builder's cache, and a history to read
const on = [];
const off = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first, so neither always meets the other's after-effects.
  const pair = i % 2 === 0 ? [await once(true), await once(false)] : [await once(false), await once(true)].reverse();
  on.push(pair[0]);
  off.push(pair[1]);
}
const row = (label, pick) => {
  const a = median(on.map(pick));
  const b = median(off.map(pick));
  console.log(`  ${label.padEnd(26)} on ${a.toFixed(0).padStart(5)} ms   off ${b.toFixed(0).padStart(5)} ms   difference ${(a - b).toFixed(0)} ms`);
};
console.log(`size trend on a default-branch push, example Go service, 2 platforms, fully cached, ${rounds} rounds each (medians):`);
row('main + post (as a runner)', r => r.total);
row('report phase', r => r.report);
row('post step', r => r.post);
