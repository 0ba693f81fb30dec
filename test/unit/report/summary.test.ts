import { describe, expect, it } from '@jest/globals';
import { summaryMarkdown, summaryText } from '../../../src/report/summary.js';

describe('the summary says what the caches did', () => {
  const result = {
    tags: ['r/app:1'],
    pushed: true,
    platformDigests: {},
    durationMs: 5400,
    cache: { cached: 4, total: 13 },
    cacheNotes: { mounts: 'restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged', layers: 'saved 3 MB | as k' }
  };
  it('in the job summary', () => {
    expect(summaryMarkdown(result)).toContain('| cache mounts | restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged |');
    expect(summaryMarkdown(result)).toContain('| layer cache | saved 3 MB \\| as k |');
  });
  it('in the log', () => {
    expect(summaryText(result)).toContain('cache mounts: restored 181.7 MB in 2.0 s; not saved again: dependencies unchanged');
  });
});

describe('the summary of a build over several machines', () => {
  const D = (c: string) => `sha256:${c.repeat(64)}`;
  it('says which node built each platform', () => {
    const md = summaryMarkdown({
      tags: ['r/app:1'],
      pushed: true,
      platformDigests: { 'linux/amd64': D('a'), 'linux/arm64': D('b') },
      builtOn: { 'linux/amd64': 'hoist-1a0 (unix:///run/a.sock)', 'linux/arm64': 'hoist-1a1 (tcp://arm64|1:1234)' },
      durationMs: 1000
    });
    expect(md).toContain('| platform | manifest digest | built on |');
    expect(md).toContain(`| linux/arm64 | \`${D('b')}\` | hoist-1a1 (tcp://arm64\\|1:1234) |`);
  });

  it('a platform job says where its digest went; nothing is tagged', () => {
    const result = { tags: [], pushed: true, handedOn: 'hoist-digest-0123456789ab-linux-arm64', platformDigests: { 'linux/arm64': D('b') }, durationMs: 1000 };
    expect(summaryMarkdown(result)).toContain('| handed on | to the merge step, as artifact `hoist-digest-0123456789ab-linux-arm64` (pushed by digest, no tag) |');
    expect(summaryMarkdown(result)).toContain('| tags | _none_ |');
    expect(summaryText(result).split('\n')[0]).toBe('pushed (by digest, for the merge step)');
  });

  it('the merge says which job each platform came from, and its own time', () => {
    const result = { tags: ['r/app:1'], pushed: true, mergedFrom: ['linux/amd64 from job build (attempt 1)', 'linux/arm64 from job build (attempt 2)'], platformDigests: {}, durationMs: 420 };
    const md = summaryMarkdown(result);
    expect(md.startsWith('### hoist · merge')).toBe(true);
    expect(md).toContain('| merged | linux/amd64 from job build (attempt 1)<br>linux/arm64 from job build (attempt 2) |');
    expect(md).toContain('| merge time | 0.4 s |');
    expect(summaryText(result).split('\n')[0]).toBe('merged r/app:1');
  });
});

describe('the summary counts the push retries', () => {
  const result = { tags: ['r/app:1'], pushed: true, platformDigests: {}, durationMs: 1000 };
  it('as a row, after the build time, when the push was retried', () => {
    const md = summaryMarkdown({ ...result, pushRetries: 2 });
    expect(md).toContain('| build time | 1.0 s |\n| push retries | 2 — the registry failed the push with an error that may pass, and hoist pushed again |');
    expect(summaryText({ ...result, pushRetries: 2 })).toContain('push retries: 2 — the registry failed the push with an error that may pass, and hoist pushed again');
  });
  it('not at all when it was not', () => {
    for (const r of [result, { ...result, pushRetries: 0 }]) {
      expect(summaryMarkdown(r)).not.toContain('push retries');
      expect(summaryText(r)).not.toContain('push retries');
    }
  });
});
