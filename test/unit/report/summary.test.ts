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
