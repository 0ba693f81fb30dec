/**
 * The metadata phase on the event payloads a runner gives (test/fixtures/events/):
 * tags, labels and the version merged into the inputs and set as outputs; `latest` kept
 * off a release older than one the registry holds (its tag list read from an in-memory
 * registry); a pull request compared with its base branch's tag; and a push the rules
 * give no tag for refused.
 */
import { describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { metadata } from '../../../src/phases/metadata.js';
import { RegistryClient } from '../../../src/registry/client.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { MemoryRegistry } from '../../helpers/registry.js';
import { FakeRunner } from '../../helpers/runner.js';
import { startGitHub } from '../../servers/github.js';

const EVENTS = path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/events');
const IMAGE = '127.0.0.1:5000/acme/rocket';
const TAG_SHA = 'e4d909c290d0fb1ca068ffaddf22cbd0f1b2c3d4';
const scratch = scratchDirs('phase-metadata');

const RUNS = {
  tag: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: TAG_SHA, GITHUB_EVENT_PATH: path.join(EVENTS, 'push-tag.json') },
  push: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: '3c9f5a7b1e2d4c6f8a0b9e7d5c3a1f2e4b6d8c0a', GITHUB_EVENT_PATH: path.join(EVENTS, 'push.json') },
  pull_request: {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_SHA: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature/Foo',
    GITHUB_EVENT_PATH: path.join(EVENTS, 'pull_request.json')
  }
};

function setUp(run: keyof typeof RUNS, registry: MemoryRegistry | RegistryClient = new MemoryRegistry()) {
  const runner = new FakeRunner({});
  const ports = testPorts({ dir: scratch(), runner, registry, env: { GITHUB_REPOSITORY: 'acme/rocket', ...RUNS[run] } });
  return { runner, ports };
}

describe('metadata', () => {
  it('a release tag: the version, its tags and the OCI labels, merged into the inputs and set as outputs', async () => {
    const registry = new MemoryRegistry();
    registry.tag('acme/rocket', '1.0.0');
    const { runner, ports } = setUp('tag', registry);
    const inputs = await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=semver,pattern={{version}}', labels: 'team=rockets' }));
    expect(inputs.tags).toEqual([`${IMAGE}:1.2.3`, `${IMAGE}:latest`]);
    expect(inputs.labels).toEqual(expect.arrayContaining(['team=rockets', 'org.opencontainers.image.version=1.2.3', `org.opencontainers.image.revision=${TAG_SHA}`]));
    expect(runner.texts('group')).toEqual(['Metadata']);
    expect(runner.texts('info').slice(0, 2)).toEqual(['version: 1.2.3', `tags:\n  ${IMAGE}:1.2.3\n  ${IMAGE}:latest`]);
    expect(runner.texts('info')[2]).toMatch(/^labels:\n {2}org\.opencontainers\.image\.created=2024-04-29T09:15:00\.000Z\n/);
    expect(runner.outputs.version).toBe('1.2.3');
    expect(runner.outputs.tags).toBe(`${IMAGE}:1.2.3\n${IMAGE}:latest`);
    expect(runner.outputs.labels.split('\n')).toContain('org.opencontainers.image.version=1.2.3');
    expect(JSON.parse(runner.outputs['meta-json'])).toMatchObject({ tags: [`${IMAGE}:1.2.3`, `${IMAGE}:latest`], labels: { 'org.opencontainers.image.version': '1.2.3' } });
    expect(runner.texts('warning')).toEqual([]);
    // Its tags were read to check for a higher release.
    expect(registry.requests).toContain('GET /v2/acme/rocket/tags/list?n=1000');
  });

  it("metadata-action's tag-names and annotations outputs, and its separators (meta-sep-*, a newline when empty; spaces count)", async () => {
    const { runner, ports } = setUp('tag');
    await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=semver,pattern={{version}}', 'meta-sep-tags': ', ', 'meta-sep-annotations': ' ' }));
    expect(runner.outputs.tags).toBe(`${IMAGE}:1.2.3, ${IMAGE}:latest`);
    expect(runner.outputs['tag-names']).toBe('1.2.3, latest');
    expect(runner.outputs.labels.split('\n')).toContain('org.opencontainers.image.version=1.2.3');
    expect(runner.outputs.annotations.split(' ')).toContain('manifest:org.opencontainers.image.version=1.2.3');
    expect(runner.outputs.annotations).not.toContain('\n');
  });

  it('latest stays on a higher release the registry holds', async () => {
    const registry = new MemoryRegistry();
    for (const tag of ['1.2.2', '2.0.0', '2.1.0-rc.1', 'latest']) registry.tag('acme/rocket', tag);
    const { runner, ports } = setUp('tag', registry);
    const inputs = await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=semver,pattern={{version}}' }));
    expect(inputs.tags).toEqual([`${IMAGE}:1.2.3`]);
    expect(runner.texts('info')[0]).toBe(`latest stays on ${IMAGE}:2.0.0, a higher release than 1.2.3`);
    expect(runner.outputs.tags).toBe(`${IMAGE}:1.2.3`);
    expect(JSON.parse(runner.outputs['meta-json']).tags).toEqual([`${IMAGE}:1.2.3`]);
  });

  it('tags that cannot be listed: latest is pushed, with a warning', async () => {
    const memory = new MemoryRegistry();
    const failing = new RegistryClient({
      attempts: 1,
      transport: async (url, request) => (url.pathname.endsWith('/tags/list') ? { status: 403, headers: {}, body: Buffer.from('{"errors":[{"code":"DENIED"}]}') } : memory.transport(url, request))
    });
    const { runner, ports } = setUp('tag', failing);
    const inputs = await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=semver,pattern={{version}}' }));
    expect(inputs.tags).toEqual([`${IMAGE}:1.2.3`, `${IMAGE}:latest`]);
    expect(runner.texts('warning')).toEqual([
      expect.stringMatching(new RegExp(`^meta-tags: could not list ${IMAGE.replace(/\./g, '\\.')}'s tags \\(.*403.*\\); latest is pushed without checking for a higher release$`))
    ]);
  });

  it('a pull request is compared with the tag its base branch gets under the same rules', async () => {
    const { runner, ports } = setUp('pull_request');
    const inputs = await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=ref,event=branch,prefix=br-\ntype=ref,event=pr' }));
    expect(inputs.tags).toEqual([`${IMAGE}:pr-7`]);
    expect(inputs['compare-to']).toBe(`${IMAGE}:br-main`);
    expect(runner.texts('info')).toContain(`sizes are compared with ${IMAGE}:br-main`);
  });

  it('compare-to as given is kept', async () => {
    const { ports } = setUp('pull_request');
    const inputs = await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'compare-to': `${IMAGE}:stable` }));
    expect(inputs['compare-to']).toBe(`${IMAGE}:stable`);
  });

  it('a push the rules give no tag for fails, naming meta-tags; the outputs are set first', async () => {
    const { runner, ports } = setUp('push');
    await expect(metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=ref,event=tag', push: 'true' }))).rejects.toThrow(
      new Error("input 'meta-tags': no rule gives a tag for this run (the rules given). Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.")
    );
    expect(runner.outputs.tags).toBe('');
    expect(runner.texts('info')[1]).toBe('tags: (none)');
  });

  it("with metadata-action's default rules, the message says so", async () => {
    const runner = new FakeRunner({});
    // A ref none of the default rules (schedule, branch, tag, pull request) tags.
    const ports = testPorts({ dir: scratch(), runner, env: { GITHUB_REPOSITORY: 'acme/rocket', ...RUNS.push, GITHUB_REF: 'refs/notes/commits' } });
    await expect(metadata(ports, rawInputs({ 'meta-images': IMAGE, push: 'true' }))).rejects.toThrow(
      new Error("input 'meta-tags': no rule gives a tag for this run (metadata-action's default rules). Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.")
    );
  });

  it('push: false with no tag from the rules builds untagged', async () => {
    const runner = new FakeRunner({});
    const ports = testPorts({ dir: scratch(), runner, env: { GITHUB_REPOSITORY: 'acme/rocket', ...RUNS.push, GITHUB_REF: 'refs/notes/commits' } });
    expect((await metadata(ports, rawInputs({ 'meta-images': IMAGE }))).tags).toEqual([]);
    expect(runner.outputs.tags).toBe('');
  });

  it('without meta-images: the inputs as they are, nothing said', async () => {
    const { runner, ports } = setUp('push');
    const given = rawInputs({ tags: `${IMAGE}:1` });
    expect(await metadata(ports, given)).toBe(given);
    expect(runner.events).toEqual([]);
  });
});

// The commit date's order, as metadata-action's getCommitDateFromWorkflow: the payload, then the
// REST API (GET /repos/{owner}/{repo}/commits/{sha}), and only then the run's time, with a warning.
describe('metadata: the commit date when the payload has none', () => {
  const PR_SHA = RUNS.pull_request.GITHUB_SHA;
  const created = (runner: FakeRunner) => runner.outputs.labels.split('\n').find(l => l.startsWith('org.opencontainers.image.created='));

  async function withApi(down: boolean, token = 'ghs_meta') {
    const github = await startGitHub('ghs_meta', 'acme/rocket');
    github.commits.set(PR_SHA, '2023-11-05T08:09:10Z');
    if (down) github.down.add('commits');
    const runner = new FakeRunner({});
    const ports = testPorts({ dir: scratch(), runner, env: { GITHUB_REPOSITORY: 'acme/rocket', GITHUB_API_URL: github.url, ...RUNS.pull_request } });
    const inputs = rawInputs({ 'meta-images': IMAGE, 'meta-tags': "type=ref,event=pr\ntype=raw,value={{commit_date 'YYYYMMDD'}}", 'github-token': token, push: 'false' });
    return { github, runner, run: () => metadata(ports, inputs) };
  }

  it('a pull request: the API gives it, for created and {{commit_date}}', async () => {
    const { github, runner, run } = await withApi(false);
    try {
      const inputs = await run();
      expect(inputs.tags).toEqual([`${IMAGE}:pr-7`, `${IMAGE}:20231105`]);
      expect(created(runner)).toBe('org.opencontainers.image.created=2023-11-05T08:09:10.000Z');
      expect(github.requests).toContain(`GET /repos/acme/rocket/commits/${PR_SHA}`);
      expect(runner.texts('warning')).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it.each([
    ['the API is down', true, 'ghs_meta', /could not give it \(.*Server Error.*\)/],
    ['no github-token', false, '', /could not give it \(no github-token\)/]
  ])('%s: the run time, with a warning', async (_name, down, token, reason) => {
    const { github, runner, run } = await withApi(down, token);
    try {
      const before = Date.now();
      await run();
      const stamp = Date.parse(created(runner)!.split('=')[1]);
      expect(stamp).toBeGreaterThanOrEqual(before - 1000);
      expect(runner.texts('warning')).toEqual([
        expect.stringMatching(new RegExp(`^meta-tags: the commit date of ${PR_SHA} is not in the event and the GitHub API ${reason.source}: created and \\{\\{commit_date\\}\\} use the run's time`))
      ]);
    } finally {
      await github.close();
    }
  });

  it('a push whose payload has the commit: the API is not asked', async () => {
    const github = await startGitHub('ghs_meta', 'acme/rocket');
    try {
      const runner = new FakeRunner({});
      const ports = testPorts({ dir: scratch(), runner, env: { GITHUB_REPOSITORY: 'acme/rocket', GITHUB_API_URL: github.url, ...RUNS.tag } });
      await metadata(ports, rawInputs({ 'meta-images': IMAGE, 'meta-tags': 'type=semver,pattern={{version}}', 'github-token': 'ghs_meta' }));
      expect(created(runner)).toBe('org.opencontainers.image.created=2024-04-29T09:15:00.000Z');
      expect(github.requests).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
