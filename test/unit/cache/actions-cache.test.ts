import { describe, expect, it } from '@jest/globals';
import { checkCacheService, layerCacheKeys, mountCacheKeys } from '../../../src/cache/actions-cache.js';
import { facts } from '../../helpers/facts.js';
import { readRunEnv } from '../../../src/runner/env.js';

describe('Actions cache keys', () => {
  const github = { ...facts().github, defaultBranch: 'main' };
  it('layers: a new entry per run, found by dependencies, then branch, then the default branch', () => {
    const pr = { ...github, ref: 'refs/pull/7/merge', headRef: 'feat/x', runId: '99', runAttempt: '2' };
    const keys = layerCacheKeys('Dockerfile||linux/amd64', 'sha256:abcdef0123456789ffff', pr);
    const id = keys.key.split('-')[2];
    expect(keys).toEqual({
      key: `hoist-layers-${id}-feat-x-abcdef0123456789-99-2`,
      restoreKeys: [`hoist-layers-${id}-feat-x-abcdef0123456789-`, `hoist-layers-${id}-feat-x-`, `hoist-layers-${id}-main-abcdef0123456789-`, `hoist-layers-${id}-main-`]
    });
    expect(layerCacheKeys('Dockerfile||linux/amd64', 'sha256:abcdef0123456789ffff', github).restoreKeys).toHaveLength(2);
    expect(layerCacheKeys('other', 'sha256:abcdef0123456789ffff', github).key).not.toContain(id);
  });
  it('mounts: one entry per dependency set, any earlier one as a fallback', () => {
    const keys = mountCacheKeys('b', 'sha256:' + 'a'.repeat(64));
    expect(keys.key).toMatch(/^hoist-mounts-oci-[0-9a-f]{16}-a{32}$/);
    expect(keys.restoreKeys).toEqual([keys.key.slice(0, keys.key.length - 32)]);
  });
});

describe('checkCacheService', () => {
  const env = readRunEnv({ ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't0ken' }).actions;
  const answering = (status: number, retryAfter?: string) => {
    const calls: Array<{ url: string; token: string; body: unknown }> = [];
    const post = async (url: URL, token: string, body: unknown) => {
      calls.push({ url: url.href, token, body });
      return { status, retryAfter };
    };
    return { calls, post };
  };

  it('asks the v2 service for a key that never exists, with the job token', async () => {
    const { calls, post } = answering(200);
    expect(await checkCacheService(env, post)).toEqual({ usable: true });
    expect(calls).toEqual([
      {
        url: 'https://results.example/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
        token: 't0ken',
        body: { key: 'hoist-service-check', restore_keys: [], version: 'hoist-service-check' }
      }
    ]);
  });
  it.each([
    [429, '60', 'rate-limited (HTTP 429, retry after 60 s)'],
    [401, undefined, "refusing this job's token (HTTP 401)"],
    [503, undefined, 'failing (HTTP 503)']
  ])('HTTP %i is a reason to build without it', async (status, retryAfter, why) => {
    expect(await checkCacheService(env, answering(status, retryAfter).post)).toEqual({ usable: false, why });
  });
  it('an unreachable service, or none at all, too', async () => {
    const refused = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1');
    };
    expect(await checkCacheService(env, refused)).toEqual({ usable: false, why: 'unreachable (connect ECONNREFUSED 127.0.0.1:1)' });
    expect(await checkCacheService(readRunEnv({}).actions, refused)).toMatchObject({ usable: false, why: expect.stringMatching(/^not available to this job/) });
    expect(await checkCacheService(readRunEnv({ ACTIONS_CACHE_URL: 'https://v1/', ACTIONS_RUNTIME_TOKEN: 't' }).actions, refused)).toEqual({ usable: true });
  });
});
