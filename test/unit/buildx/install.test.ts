/**
 * setup-buildx-action's `version`: the release's URLs (GitHub's or a mirror's), `latest`
 * from actions-toolkit's releases JSON, the checksum check, the tool cache's layout, and
 * the docker config of hoist's own that makes `docker buildx` run the release.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cachedBinary,
  downloadRelease,
  expectedSha256,
  installToToolCache,
  latestTag,
  pluginConfigDir,
  releaseArch,
  releasesJsonUrl,
  releaseUrls,
  toolCacheDir,
  verifySha256
} from '../../../src/buildx/install.js';
import { scratchDirs } from '../../helpers/ports.js';

const scratch = scratchDirs('buildx-install');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('where a release is', () => {
  it.each([
    ['x64', 'linux-amd64'],
    ['arm64', 'linux-arm64'],
    ['arm', 'linux-arm-v7'],
    ['ppc64', 'linux-ppc64le'],
    ['riscv64', 'linux-riscv64'],
    ['s390x', 'linux-s390x']
  ])('releaseArch(%s) → %s', (arch, name) => {
    expect(releaseArch(arch)).toBe(name);
  });

  it.each([
    [undefined, 'https://github.com/docker/buildx/releases/download/v0.19.0/buildx-v0.19.0.linux-amd64', 'https://github.com/docker/buildx/releases/download/v0.19.0/checksums.txt'],
    ['http://127.0.0.1:8000/buildx/', 'http://127.0.0.1:8000/buildx/v0.19.0/buildx-v0.19.0.linux-amd64', 'http://127.0.0.1:8000/buildx/v0.19.0/checksums.txt']
  ])('releaseUrls with mirror %j', (mirror, binary, checksums) => {
    expect(releaseUrls('v0.19.0', 'linux-amd64', mirror)).toEqual({ binary, checksums, file: 'buildx-v0.19.0.linux-amd64' });
  });

  it('latest: actions-toolkit’s releases JSON, or the mirror’s copy of it', () => {
    expect(releasesJsonUrl()).toBe('https://raw.githubusercontent.com/docker/actions-toolkit/main/.github/buildx-releases.json');
    expect(releasesJsonUrl('http://m/buildx/')).toBe('http://m/buildx/buildx-releases.json');
    expect(latestTag(JSON.stringify({ latest: { id: 1, tag_name: 'v0.36.1', html_url: 'x' }, 'v0.36.1': { tag_name: 'v0.36.1' } }))).toBe('v0.36.1');
    expect(() => latestTag('{}')).toThrow('the buildx releases JSON names no latest release');
  });
});

describe('the checksum', () => {
  const bytes = Buffer.from('a buildx binary');
  const file = 'buildx-v0.19.0.linux-amd64';

  it.each([
    [`${sha(bytes)} *${file}\n${'0'.repeat(64)} *buildx-v0.19.0.linux-arm64\n`, sha(bytes)],
    [`${'0'.repeat(64)}  buildx-v0.19.0.linux-arm64\n${sha(bytes).toUpperCase()}  ${file}\n`, sha(bytes)],
    [`${'0'.repeat(64)} *buildx-v0.19.0.linux-arm64\n`, undefined]
  ])('expectedSha256 reads %j', (text, expected) => {
    expect(expectedSha256(text, file)).toBe(expected);
  });

  it('a match passes; a mismatch or a missing line throws, naming both sums', () => {
    expect(() => verifySha256(bytes, `${sha(bytes)} *${file}\n`, file)).not.toThrow();
    expect(() => verifySha256(bytes, `${'1'.repeat(64)} *${file}\n`, file)).toThrow(`${file} does not match its checksum: sha256 ${sha(bytes)}, checksums.txt says ${'1'.repeat(64)}`);
    expect(() => verifySha256(bytes, '', file)).toThrow(`checksums.txt has no sha256 for ${file}`);
  });

  it('downloadRelease fetches the binary and checksums.txt, and keeps nothing that does not match', async () => {
    const served: Record<string, Buffer> = {
      'http://m/v0.19.0/buildx-v0.19.0.linux-amd64': bytes,
      'http://m/v0.19.0/checksums.txt': Buffer.from(`${sha('something else')} *${file}\n`)
    };
    const get = async (url: string) => served[url] ?? Promise.reject(new Error(`GET ${url} answered 404`));
    await expect(downloadRelease(get, 'v0.19.0', 'linux-amd64', 'http://m')).rejects.toThrow('does not match its checksum');
    served['http://m/v0.19.0/checksums.txt'] = Buffer.from(`${sha(bytes)} *${file}\n`);
    expect(await downloadRelease(get, 'v0.19.0', 'linux-amd64', 'http://m')).toEqual(bytes);
    await expect(downloadRelease(get, 'v0.20.0', 'linux-amd64', 'http://m')).rejects.toThrow('GET http://m/v0.20.0/buildx-v0.20.0.linux-amd64 answered 404');
  });
});

describe('the tool cache and the plugin', () => {
  it('installs into <tool cache>/buildx/<version>/<arch>, found again only once complete', () => {
    const dir = toolCacheDir(scratch(), 'v0.19.0', 'x64');
    expect(dir.endsWith(path.join('buildx', '0.19.0', 'x64'))).toBe(true);
    expect(cachedBinary(dir)).toBeUndefined();
    const binary = installToToolCache(dir, Buffer.from('#!/bin/sh\n'));
    expect(cachedBinary(dir)).toBe(binary);
    expect(fs.statSync(binary).mode & 0o111).toBe(0o111);
    fs.rmSync(`${dir}.complete`);
    expect(cachedBinary(dir)).toBeUndefined();
  });

  it('a docker config of hoist’s own: the user’s config copied, other plugins linked, docker-buildx the release', () => {
    const root = scratch();
    const user = path.join(root, 'user');
    fs.mkdirSync(path.join(user, 'cli-plugins'), { recursive: true });
    fs.writeFileSync(path.join(user, 'config.json'), '{"auths":{}}');
    fs.writeFileSync(path.join(user, 'cli-plugins', 'docker-compose'), '');
    fs.writeFileSync(path.join(user, 'cli-plugins', 'docker-buildx'), 'old');
    const binary = path.join(root, 'docker-buildx');
    fs.writeFileSync(binary, 'new');
    const dir = pluginConfigDir(path.join(root, 'mine'), user, binary);
    expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe('{"auths":{}}');
    expect(fs.readdirSync(path.join(dir, 'cli-plugins')).sort()).toEqual(['docker-buildx', 'docker-compose']);
    expect(fs.readFileSync(path.join(dir, 'cli-plugins', 'docker-buildx'), 'utf8')).toBe('new');
    expect(fs.readlinkSync(path.join(dir, 'cli-plugins', 'docker-compose'))).toBe(path.join(user, 'cli-plugins', 'docker-compose'));
  });

  it('a user without a docker config: only the plugin', () => {
    const root = scratch();
    const dir = pluginConfigDir(path.join(root, 'mine'), path.join(root, 'none'), '/opt/buildx');
    expect(fs.readdirSync(dir)).toEqual(['cli-plugins']);
  });
});
