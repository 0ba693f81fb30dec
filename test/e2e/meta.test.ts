/**
 * A release pipeline in one step: a push of tag v1.2.3 with meta-images and semver rules
 * becomes 1.2.3, 1.2, 1 and latest on one index, with the OCI labels in the image config
 * and the same as annotations on the index; a later v1.3.0-rc.1 does not move latest.
 * Checked over plain HTTP against the registry.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, GO_IMAGE, REGISTRY, RUNTIME_IMAGE, getBlob, getManifest, requireToolchain, uniqueRepo } from './toolchain.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const RC_SHA = 'fedcba9876543210fedcba9876543210fedcba98';
const FIX_SHA = '1111111111222222222233333333334444444444';
const COMMIT_TIME = '2026-11-29T10:11:12Z';

/** A tag push's event, as GitHub sends it (trimmed). */
function tagPush(tag: string, sha: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-event-')), 'event.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      ref: `refs/tags/${tag}`,
      after: sha,
      head_commit: { id: sha, timestamp: COMMIT_TIME },
      repository: { name: 'backend', full_name: 'acme/backend', description: 'The backend', html_url: 'https://github.com/acme/backend', default_branch: 'main', license: { spdx_id: 'Apache-2.0' } }
    })
  );
  return file;
}

describe('meta-images on a tag push: the release tags, labels and annotations', () => {
  const repo = uniqueRepo('release');
  const image = `${REGISTRY}/${repo}`;
  const release = (tag: string, sha: string) =>
    runAction(
      {
        context: 'example',
        platforms: 'linux/amd64,linux/arm64',
        'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`,
        builder: BUILDER,
        push: 'true',
        'meta-images': image,
        'meta-tags': 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=semver,pattern={{major}}\ntype=sha'
      },
      { env: { GITHUB_REF: `refs/tags/${tag}`, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: tagPush(tag, sha), GITHUB_SHA: sha } }
    );
  let first: ActionRun;
  let rc: ActionRun;
  let fix: ActionRun;

  beforeAll(async () => {
    await requireToolchain();
    first = await release('v1.2.3', SHA);
    rc = await release('v1.3.0-rc.1', RC_SHA);
    fix = await release('v0.9.1', FIX_SHA);
  });

  it('pushes 1.2.3, 1.2, 1, latest and sha-0123456 on one index, and says so in its outputs', async () => {
    expect({ code: first.main.exitCode, log: first.main.exitCode === 0 ? '' : explain(first) }).toEqual({ code: 0, log: '' });
    const names = ['1.2.3', '1.2', '1', 'latest', 'sha-0123456'];
    expect(first.outputs.tags.split('\n')).toEqual(expect.arrayContaining(names.map(n => `${image}:${n}`)));
    expect(first.outputs.version).toBe('1.2.3');
    const digests = await Promise.all(names.map(async n => (await getManifest(repo, n)).digest));
    expect(new Set(digests)).toEqual(new Set([first.outputs.digest]));
    expect(JSON.parse(first.outputs['meta-json']).tags).toEqual(first.outputs.tags.split('\n'));
  });

  it('labels the image config with where it came from, created at the commit time', async () => {
    const digests = JSON.parse(first.outputs['platform-digests']) as Record<string, string>;
    const manifest = await getManifest(repo, digests['linux/arm64']);
    const config = JSON.parse((await getBlob(repo, manifest.json.config!.digest)).toString('utf8')) as { config: { Labels: Record<string, string> } };
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.title': 'backend',
      'org.opencontainers.image.description': 'The backend',
      'org.opencontainers.image.source': 'https://github.com/acme/backend',
      'org.opencontainers.image.url': 'https://github.com/acme/backend',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': COMMIT_TIME.replace('Z', '.000Z'),
      'org.opencontainers.image.licenses': 'Apache-2.0'
    });
    expect(first.outputs.labels.split('\n')).toContain('org.opencontainers.image.version=1.2.3');
  });

  it('puts the same on the index as annotations', async () => {
    const index = (await getManifest(repo, '1.2.3')).json as { annotations?: Record<string, string> };
    expect(index.annotations).toMatchObject({
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/acme/backend'
    });
  });

  it('a pre-release gets its own tag and does not move latest, 1.2 or 1', async () => {
    expect({ code: rc.main.exitCode, log: rc.main.exitCode === 0 ? '' : explain(rc) }).toEqual({ code: 0, log: '' });
    expect(rc.outputs.tags.split('\n').sort()).toEqual([`${image}:1.3.0-rc.1`, `${image}:sha-fedcba9`]);
    expect((await getManifest(repo, '1.3.0-rc.1')).digest).toBe(rc.outputs.digest);
    expect(rc.outputs.digest).not.toBe(first.outputs.digest);
    for (const tag of ['latest', '1.2', '1']) expect((await getManifest(repo, tag)).digest).toBe(first.outputs.digest);
  });

  it('a fix for an older line (v0.9.1 after 1.2.3) gets its tags but leaves latest on the higher release', async () => {
    expect({ code: fix.main.exitCode, log: fix.main.exitCode === 0 ? '' : explain(fix) }).toEqual({ code: 0, log: '' });
    expect(fix.main.stdout).toContain(`latest stays on ${image}:1.2.3, a higher release than 0.9.1`);
    expect(fix.outputs.tags.split('\n').sort()).toEqual([`${image}:0`, `${image}:0.9`, `${image}:0.9.1`, `${image}:sha-1111111`]);
    expect((await getManifest(repo, 'latest')).digest).toBe(first.outputs.digest);
    expect((await getManifest(repo, '0.9.1')).digest).toBe(fix.outputs.digest);
  });
});
