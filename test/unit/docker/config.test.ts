import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeScopedLogins, writeDockerConfig, writeScopedLogins } from '../../../src/docker/config.js';

describe("writeDockerConfig: hoist's own docker config", () => {
  it("keeps the user's config, adds the logins as auths, drops what would hide them, links the CLI plugins", () => {
    const user = fs.mkdtempSync(path.join(os.tmpdir(), 'user-docker-'));
    fs.mkdirSync(path.join(user, 'cli-plugins'));
    fs.writeFileSync(path.join(user, 'cli-plugins', 'docker-compose'), '');
    fs.writeFileSync(
      path.join(user, 'config.json'),
      JSON.stringify({ auths: { 'quay.io': { auth: 'eA==' } }, credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'gcr.io': 'gcloud' }, proxies: { default: {} } })
    );
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    writeDockerConfig(dir, user, [
      { registry: 'ghcr.io', username: 'octocat', password: 'p1' },
      { registry: 'docker.io', username: 'hub', password: 'p2' }
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({
      auths: {
        'quay.io': { auth: 'eA==' },
        'ghcr.io': { auth: Buffer.from('octocat:p1').toString('base64') },
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:p2').toString('base64') }
      },
      credHelpers: { 'gcr.io': 'gcloud' },
      proxies: { default: {} }
    });
    expect(fs.statSync(path.join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(fs.readlinkSync(path.join(dir, 'cli-plugins', 'docker-compose'))).toBe(fs.realpathSync(path.join(user, 'cli-plugins', 'docker-compose')));
  });

  it("links each plugin where it really lives, so a kept login outlives a step-long config (a downloaded buildx's)", () => {
    const tools = fs.mkdtempSync(path.join(os.tmpdir(), 'tool-cache-'));
    fs.writeFileSync(path.join(tools, 'docker-buildx'), '#!/bin/sh\n');
    const stepLong = fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-docker-config-'));
    fs.mkdirSync(path.join(stepLong, 'cli-plugins'));
    fs.symlinkSync(path.join(tools, 'docker-buildx'), path.join(stepLong, 'cli-plugins', 'docker-buildx'));
    fs.symlinkSync(path.join(tools, 'gone'), path.join(stepLong, 'cli-plugins', 'docker-gone'));
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    writeDockerConfig(dir, stepLong, [{ registry: 'ghcr.io', username: 'octocat', password: 'p' }]);
    fs.rmSync(stepLong, { recursive: true });
    expect(fs.readdirSync(path.join(dir, 'cli-plugins'))).toEqual(['docker-buildx']);
    expect(fs.readFileSync(path.join(dir, 'cli-plugins', 'docker-buildx'), 'utf8')).toBe('#!/bin/sh\n');
  });

  it('starts empty when the user has no config', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    writeDockerConfig(dir, path.join(os.tmpdir(), 'no-such-docker-dir'), [{ registry: '127.0.0.1:5001', username: 'ci', password: 'p' }]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({ auths: { '127.0.0.1:5001': { auth: Buffer.from('ci:p').toString('base64') } } });
  });
});

describe('scoped logins (login-action scope): written into buildx config, taken out by the post step', () => {
  const auth = (u: string, p: string) => ({ auth: Buffer.from(`${u}:${p}`).toString('base64') });

  it('writes each scoped login where buildx reads it, not into the docker config, and the post step undoes exactly that', () => {
    const user = fs.mkdtempSync(path.join(os.tmpdir(), 'user-docker-'));
    const buildx = fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-'));
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-')), 'docker-config');
    // A scoped config an earlier login-action step left: its other entries stay.
    const earlier = path.join(buildx, 'config', 'ghcr.io', 'acme', 'other');
    fs.mkdirSync(earlier, { recursive: true });
    fs.writeFileSync(path.join(earlier, 'config.json'), JSON.stringify({ auths: { 'quay.io': auth('q', 'x') } }));
    const logins = [
      { registry: 'ghcr.io', username: 'octocat', password: 'p1', scope: 'acme/app@push' },
      { registry: 'docker.io', username: 'hub', password: 'p2', scope: '@push' },
      { registry: 'ghcr.io', username: 'other', password: 'p3', scope: 'acme/other' },
      { registry: 'quay.io', username: 'plain', password: 'p4' }
    ];
    writeDockerConfig(dir, user, logins);
    const dirs = writeScopedLogins(dir, buildx, logins);
    expect(dirs).toEqual([path.join(buildx, 'config/ghcr.io/acme/app@push'), path.join(buildx, 'config/registry-1.docker.io@push'), earlier]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).auths).toEqual({ 'quay.io': auth('plain', 'p4') });
    const read = (d: string) => JSON.parse(fs.readFileSync(path.join(d, 'config.json'), 'utf8')) as unknown;
    expect(read(dirs[0])).toEqual({ auths: { 'ghcr.io': auth('octocat', 'p1') } });
    expect(read(dirs[1])).toEqual({ auths: { 'https://index.docker.io/v1/': auth('hub', 'p2') } });
    expect(read(earlier)).toEqual({ auths: { 'quay.io': auth('q', 'x'), 'ghcr.io': auth('other', 'p3') } });
    expect(fs.statSync(path.join(dirs[0], 'config.json')).mode & 0o777).toBe(0o600);

    expect(removeScopedLogins(dir)).toEqual(dirs);
    expect(fs.existsSync(path.join(buildx, 'config', 'ghcr.io', 'acme', 'app@push'))).toBe(false);
    expect(fs.existsSync(path.join(buildx, 'config', 'registry-1.docker.io@push'))).toBe(false);
    expect(read(earlier)).toEqual({ auths: { 'quay.io': auth('q', 'x') } });
    // buildx's own config/ directory stays.
    expect(fs.readdirSync(path.join(buildx, 'config'))).toEqual(['ghcr.io']);
  });

  it('nothing scoped, nothing listed: the post step removes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-'));
    expect(removeScopedLogins(dir)).toEqual([]);
    writeScopedLogins(dir, fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-')), [{ registry: 'ghcr.io', username: 'a', password: 'b' }]);
    expect(removeScopedLogins(dir)).toEqual([]);
  });
});
