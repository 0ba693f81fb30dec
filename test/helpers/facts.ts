import type { Facts } from '../../src/plan/facts.js';

export const TMP = '/tmp/hoist-test';

/** Facts for a public repository's push workflow on a recent remote builder. */
export function facts(overrides: Partial<Facts> = {}): Facts {
  return {
    builder: { name: 'hoist', driver: 'remote', platforms: ['linux/amd64', 'linux/arm64'], buildkitVersion: 'v0.32.2' },
    github: {
      serverUrl: 'https://github.com',
      repository: 'acme/backend',
      runId: '123',
      runAttempt: '1',
      sha: 'abc123',
      ref: 'refs/heads/main',
      eventName: 'push',
      repositoryPrivate: false,
      defaultBranch: 'main',
      job: 'image',
      apiUrl: 'https://api.github.com'
    },
    tmpDir: TMP,
    noDefaultAttestations: false,
    cacheRoot: '/tmp/hoist-cache-test',
    ...overrides
  };
}
