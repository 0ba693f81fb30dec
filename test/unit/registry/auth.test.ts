import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dockerConfigCredentials, matchesScopes, parseChallenge, parseScopedConfigKey, parseTokenScopes, scopedConfigFor } from '../../../src/registry/auth.js';
import type { Exec } from '../../../src/util/exec.js';

describe('parseChallenge', () => {
  it('reads a Bearer challenge with quoted params', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull' }
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
  });
});

describe('dockerConfigCredentials', () => {
  const noHelper: Exec = async () => ({ exitCode: 1, stdout: '', stderr: '' });

  it('reads what docker login stored, by host and by Docker Hub alias', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockercfg-'));
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: Buffer.from('octo:ghp_x:y').toString('base64') },
          'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') }
        }
      })
    );
    const creds = dockerConfigCredentials(noHelper, dir);
    expect(await creds('ghcr.io')).toEqual({ username: 'octo', password: 'ghp_x:y' });
    expect(await creds('registry-1.docker.io')).toEqual({ username: 'hubuser', password: 'hubpass' });
    expect(await creds('quay.io')).toBeUndefined();
  });

  it('asks a credential helper', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockercfg-'));
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ credHelpers: { 'gcr.io': 'gcloud' } }));
    const calls: string[] = [];
    const helper: Exec = async (command, args, options) => {
      calls.push(`${command} ${args.join(' ')} <${options?.input}`);
      return { exitCode: 0, stdout: JSON.stringify({ Username: 'oauth2accesstoken', Secret: 'ya29' }), stderr: '' };
    };
    expect(await dockerConfigCredentials(helper, dir)('gcr.io')).toEqual({ username: 'oauth2accesstoken', password: 'ya29' });
    expect(calls).toEqual(['docker-credential-gcloud get <gcr.io']);
  });
});

// buildx v0.31.0+ (util/dockerutil/dockerconfig/configprovider.go): which scoped config a token request reads.
describe('scoped logins: the config buildx picks', () => {
  it.each<[string, { host: string; repo: string; actions: string[] }]>([
    ['ghcr.io', { host: 'ghcr.io', repo: '', actions: [] }],
    ['ghcr.io@push', { host: 'ghcr.io', repo: '', actions: ['push'] }],
    ['ghcr.io/acme/app', { host: 'ghcr.io', repo: 'acme/app', actions: [] }],
    ['ghcr.io/acme/sub/app@pull, push', { host: 'ghcr.io', repo: 'acme/sub/app', actions: ['pull', 'push'] }],
    ['127.0.0.1:5001/e2e/app@push', { host: '127.0.0.1:5001', repo: 'e2e/app', actions: ['push'] }]
  ])('parseScopedConfigKey(%s)', (key, expected) => {
    expect(parseScopedConfigKey(key)).toEqual(expected);
  });

  const push = ['repository:acme/app:pull,push'];
  const pull = ['repository:acme/app:pull'];
  it.each<[string, string[], boolean]>([
    ['ghcr.io/acme/app', pull, true],
    ['ghcr.io/acme/app', push, true],
    ['ghcr.io/acme/app@push', push, true],
    ['ghcr.io/acme/app@push', pull, false],
    ['ghcr.io/acme/other', push, false],
    ['ghcr.io@push', push, true],
    ['ghcr.io@push', pull, false],
    ['ghcr.io', pull, true],
    ['ghcr.io/acme/app@push', ['repository:acme/app:pull,push repository:acme/base:pull'], true]
  ])('%s answers %j: %s', (key, scopes, expected) => {
    expect(matchesScopes(parseScopedConfigKey(key), parseTokenScopes(scopes)!)).toBe(expected);
  });

  it('parseTokenScopes: space-separated scopes, and an empty one means none', () => {
    expect(parseTokenScopes(['repository:a/b:pull,push repository:c:pull'])).toEqual(
      new Map([
        ['repository:a/b', new Set(['pull', 'push'])],
        ['repository:c', new Set(['pull'])]
      ])
    );
    expect(parseTokenScopes(['registry:catalog:*'])).toEqual(new Map([['registry:catalog', new Set(['*'])]]));
    expect(parseTokenScopes([''])).toBeUndefined();
  });

  function buildxDir(keys: string[]): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-'));
    for (const key of keys) {
      fs.mkdirSync(path.join(dir, 'config', key), { recursive: true });
      fs.writeFileSync(path.join(dir, 'config', key, 'config.json'), JSON.stringify({ auths: { [key.split('/')[0].split('@')[0]]: { auth: Buffer.from(`u-${key}:p`).toString('base64') } } }));
    }
    return dir;
  }

  it.each<[string, string[], string[] | undefined, string | undefined]>([
    ['a repository before the registry', ['ghcr.io@push', 'ghcr.io/acme/app@push'], push, 'ghcr.io/acme/app@push'],
    ['more actions first', ['ghcr.io/acme/app', 'ghcr.io/acme/app@push'], push, 'ghcr.io/acme/app@push'],
    ['a pull does not read a push scope', ['ghcr.io/acme/app@push'], pull, undefined],
    ['a request for two repositories (a cross-repository mount) reads the default', ['ghcr.io/acme/app'], ['repository:acme/app:pull,push', 'repository:acme/base:pull'], undefined],
    ['Basic asks without scopes: the default', ['ghcr.io/acme/app'], undefined, undefined],
    ["another registry's scope", ['quay.io/acme/app'], push, undefined],
    ['Docker Hub under registry-1.docker.io', ['registry-1.docker.io/acme/app@push'], push, 'registry-1.docker.io/acme/app@push']
  ])('%s', (_name, keys, scopes, expected) => {
    const dir = buildxDir(keys);
    const host = keys[0].startsWith('registry-1') ? 'docker.io' : 'ghcr.io';
    expect(scopedConfigFor(dir, host, scopes)).toBe(expected === undefined ? undefined : path.join(dir, 'config', expected));
  });

  it('dockerConfigCredentials reads the scoped config buildx would, else the default, and never falls back from a scoped one', async () => {
    const noHelper: Exec = async () => ({ exitCode: 1, stdout: '', stderr: '' });
    const buildx = buildxDir(['ghcr.io/acme/app@push', 'ghcr.io/acme/empty']);
    fs.writeFileSync(path.join(buildx, 'config', 'ghcr.io/acme/empty', 'config.json'), '{}');
    const defaults = fs.mkdtempSync(path.join(os.tmpdir(), 'dockercfg-'));
    fs.writeFileSync(path.join(defaults, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from('default:d').toString('base64') } } }));
    const creds = dockerConfigCredentials(noHelper, defaults, () => buildx);
    expect(await creds('ghcr.io', push)).toEqual({ username: 'u-ghcr.io/acme/app@push', password: 'p' });
    expect(await creds('ghcr.io', pull)).toEqual({ username: 'default', password: 'd' });
    expect(await creds('ghcr.io')).toEqual({ username: 'default', password: 'd' });
    expect(await creds('ghcr.io', ['repository:acme/empty:pull'])).toBeUndefined();
  });
});
