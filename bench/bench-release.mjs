#!/usr/bin/env node
/**
 * What a release step costs with hoist (issue 18's figure): a push of tag v1.2.3 of the
 * seeds' Go service, fully cached on a warm builder, with meta-images and the README's
 * release rules (five tags), against the same push with the same five tags given in
 * `tags`. The difference is the rules, the labels and the tag read for `latest`.
 *
 *   npm run bench:release [-- --rounds N] [-- --builder NAME]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../test/harness/run-action.mjs';

const REGISTRY = process.env.HOIST_E2E_REGISTRY ?? '127.0.0.1:5000';
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const builder = args.includes('--builder') ? args[args.indexOf('--builder') + 1] : 'hoist';
const RULES = ['type=ref,event=branch', 'type=ref,event=pr', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', 'type=sha'].join('\n');
const SHA = '0123456789abcdef0123456789abcdef01234567';

const base = {
  context: 'example',
  platforms: 'linux/amd64,linux/arm64',
  builder,
  push: 'true',
  'build-args': `GO_IMAGE=${REGISTRY}/base/golang:latest\nRUNTIME_IMAGE=${REGISTRY}/base/busybox:latest`
};
const event = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-bench-release-')), 'event.json');
fs.writeFileSync(
  event,
  JSON.stringify({
    ref: 'refs/tags/v1.2.3',
    after: SHA,
    head_commit: { id: SHA, timestamp: '2026-11-29T10:11:12Z' },
    repository: { name: 'backend', html_url: 'https://github.com/acme/backend', default_branch: 'main' }
  })
);
const env = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_SHA: SHA };

const step = async inputs => {
  const run = await runAction({ ...base, ...inputs }, { env });
  if (run.main.exitCode !== 0) throw new Error(`hoist failed:\n${run.main.stdout.slice(-3000)}`);
  return run.main.ms + run.post.ms;
};
const withRules = [];
const withTags = [];
for (let i = 0; i < rounds; i++) {
  const image = `${REGISTRY}/bench/release-${process.pid}-${i}`;
  withRules.push(await step({ 'meta-images': image, 'meta-tags': RULES }));
  withTags.push(await step({ tags: ['1.2.3', '1.2', '1', 'latest', 'sha-0123456'].map(t => `${image}-tags:${t}`).join('\n') }));
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`hoist release bench: tag push v1.2.3, seeds' Go service fully cached on builder ${builder}, ${rounds} rounds (medians, main + post)`);
console.log(`  meta-images + the README's rules (5 tags)   ${median(withRules).toFixed(0)} ms`);
console.log(`  the same 5 tags given in tags               ${median(withTags).toFixed(0)} ms`);
console.log(`  the rules, labels and latest check cost     ${(median(withRules) - median(withTags)).toFixed(0)} ms`);
console.log('command: npm run bench:release');
