// The "What changed" table of a fork's pull request, as the base repository's comment job works it out (report/fork-changes.ts).
import { describe, expect, it } from '@jest/globals';
import type { PlatformImage } from '../../../src/readback/image.js';
import { baselineMismatch, DOCKERFILE_MAX_BYTES, forkChanges } from '../../../src/report/fork-changes.js';
import { sizeMarkdown } from '../../../src/report/markdown.js';
import type { CheckedLayers } from '../../../src/report/shared.js';
import type { SizeReport } from '../../../src/report/sizes.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const layer = (digest: string, size: number) => ({ digest: D(digest), size, mediaType: '' });
const built = (text: string) => ({ createdBy: `${text} # buildkit`, emptyLayer: false });
const BASE_HISTORY = [built('ADD rootfs.tar.gz /'), { createdBy: 'CMD ["sh"]', emptyLayer: true }];

/** The fork's image: the base's layer, then COPY payload, then a line that adds a layer. */
function image(platform: string, added: { text: string; size: number } = { text: 'COPY extra /extra', size: 200_000 }): PlatformImage {
  return {
    platform,
    digest: D('1'),
    manifestBytes: 0,
    config: { digest: D('2'), size: 1_000 },
    layers: [layer('a', 2_000_000), layer('b', 100_000), layer('c', added.size)],
    history: [...BASE_HISTORY, built('COPY payload /payload'), built(added.text)]
  };
}
const baseline = (platform: string, payload = 'b'): PlatformImage => ({
  platform,
  digest: D('3'),
  manifestBytes: 0,
  config: { digest: D('4'), size: 900 },
  layers: [layer('a', 2_000_000), layer(payload, 100_000)],
  history: [...BASE_HISTORY, built('COPY payload /payload')]
});
const checked = (images: PlatformImage[], target = ''): CheckedLayers => ({ dockerfile: 'Dockerfile', target, contexts: [], images });
const DOCKERFILE = 'FROM busybox\nCOPY payload /payload\nCOPY extra /extra\n';

describe('baselineMismatch: the baseline the registry holds at the digest the report names must be the one its numbers say', () => {
  const row = (compressed: number, layers: number): SizeReport['platforms'][number] => ({
    platform: 'linux/amd64',
    digest: D('1'),
    compressed: 2_301_000,
    layers: 3,
    base: { platform: 'linux/amd64', digest: D('3'), compressed, layers }
  });
  it.each<[string, number, number, string | undefined]>([
    ['the same size and layers', 2_100_900, 2, undefined],
    ['another size', 2_000_900, 2, `the baseline of linux/amd64 at ${D('3')} is 2100900 bytes in 2 layers in the registry, not 2000900 bytes in 2 layers as the report says`],
    ['another layer count', 2_100_900, 3, `the baseline of linux/amd64 at ${D('3')} is 2100900 bytes in 2 layers in the registry, not 2100900 bytes in 3 layers as the report says`]
  ])('%s', (_, compressed, layers, said) => {
    expect(baselineMismatch(row(compressed, layers), baseline('linux/amd64'))).toBe(said);
  });
  it('a platform without a baseline: nothing to check', () => {
    expect(baselineMismatch({ platform: 'linux/amd64', digest: D('1'), compressed: 1, layers: 1 }, baseline('linux/amd64'))).toBeUndefined();
  });
});

describe('forkChanges', () => {
  const bases = new Map([
    ['linux/amd64', baseline('linux/amd64')],
    ['linux/arm64', baseline('linux/arm64', 'e')]
  ]);

  it('the Dockerfile read: each layer named by its line, per platform with a baseline', () => {
    const result = forkChanges(checked([image('linux/amd64'), image('linux/arm64'), image('linux/s390x')]), bases, { text: DOCKERFILE });
    expect(result.lines).toBe(true);
    expect(result.why).toBeUndefined();
    expect(Object.keys(result.layerChanges)).toEqual(['linux/amd64', 'linux/arm64']);
    expect(result.layerChanges['linux/amd64']).toEqual([
      { instruction: 'base image (FROM busybox)', origin: 'base', line: 1, status: 'unchanged', base: 2_000_000, current: 2_000_000, delta: 0 },
      { instruction: 'COPY payload /payload', origin: 'line', line: 2, status: 'unchanged', base: 100_000, current: 100_000, delta: 0 },
      { instruction: 'COPY extra /extra', origin: 'line', line: 3, status: 'added', current: 200_000, delta: 200_000 }
    ]);
    expect(result.layerChanges['linux/arm64'][1]).toMatchObject({ instruction: 'COPY payload /payload', line: 2, status: 'changed', delta: 0 });
  });

  it.each<[string, { text: string } | { why: string }, string]>([
    ['not read', { why: '`Dockerfile` at c0ffee0 is not in the repository' }, '`Dockerfile` at c0ffee0 is not in the repository'],
    ['too large', { text: `${DOCKERFILE}${'#'.repeat(DOCKERFILE_MAX_BYTES)}` }, 'the Dockerfile is larger than 256 kB']
  ])('the Dockerfile %s: the instructions are the history words, without lines, and why', (_, read, why) => {
    const result = forkChanges(checked([image('linux/amd64')]), bases, read);
    expect(result).toMatchObject({ lines: false, why });
    expect(result.layerChanges['linux/amd64'].map(c => [c.instruction, c.origin, c.line, c.status])).toEqual([
      ['ADD rootfs.tar.gz /', 'unmapped', undefined, 'unchanged'],
      ['COPY payload /payload', 'unmapped', undefined, 'unchanged'],
      ['COPY extra /extra', 'unmapped', undefined, 'added']
    ]);
  });

  it('a target that is not a stage of the file: no line is guessed', () => {
    const result = forkChanges(checked([image('linux/amd64')], 'nope'), bases, { text: DOCKERFILE });
    expect(result.layerChanges['linux/amd64'].every(c => c.line === undefined)).toBe(true);
  });

  // The fork writes the Dockerfile and the history: its words reach the comment only inside code spans.
  it('a hostile instruction is posted inside a code span: no HTML, link, mention or table cell of its own', () => {
    const hostile = "RUN echo '`</code><img src=x onerror=alert(1)> @acme/admins [click](https://evil.example) | ** <!-- x' > /f";
    const dockerfile = `FROM busybox\nCOPY payload /payload\n${hostile}\n`;
    const result = forkChanges(checked([image('linux/amd64', { text: hostile.replace(/^RUN /, 'RUN /bin/sh -c '), size: 300_000 })]), bases, { text: dockerfile });
    expect(result.layerChanges['linux/amd64'][2]).toMatchObject({ origin: 'line', line: 3, status: 'added' });
    const report: SizeReport = {
      image: 'ghcr.io/acme/backend',
      source: 'build',
      digest: D('9'),
      platforms: [{ platform: 'linux/amd64', digest: D('1'), compressed: 2_401_000, layers: 3 }],
      removed: [],
      registryBytes: 2_401_000,
      attestations: { count: 0, bytes: 0 },
      baseline: { reference: 'ghcr.io/acme/backend:main', found: true },
      layerChanges: result.layerChanges,
      dockerfile: { path: 'Dockerfile', url: 'https://github.com/acme/backend/blob/c0ffee/Dockerfile' }
    };
    const body = sizeMarkdown(report, []);
    expect(body.split('\n').filter(l => l.includes('Dockerfile:3'))).toEqual([
      // What changed on linux/amd64, then the "What changed" table: the words cut, backticks made quotes, the pipe escaped.
      "| `RUN echo ''</code><img src=x onerror=alert(1)> @acme/admins [click](https://evi…` | [Dockerfile:3](https://github.com/acme/backend/blob/c0ffee/Dockerfile#L3) | — | 300.0 kB | ▲ 0.3 MB | added |",
      "| `RUN echo ''</code><img src=x onerror=alert(1)> @acme/admins…` | [Dockerfile:3](https://github.com/acme/backend/blob/c0ffee/Dockerfile#L3) | ▲ 0.3 MB added |"
    ]);
    const pipes = forkChanges(checked([image('linux/amd64', { text: 'RUN a | b `c`', size: 300_000 })]), bases, { text: 'FROM busybox\nCOPY payload /payload\nRUN a | b `c`\n' });
    expect(sizeMarkdown({ ...report, layerChanges: pipes.layerChanges }, [])).toContain("| `RUN a \\| b 'c'` | [Dockerfile:3]");
    // Outside the code spans, nothing of the fork's is left.
    const outside = body.replace(/`[^`\n]*`/g, '');
    expect(outside).not.toMatch(/<img|onerror|@acme|evil\.example|<!--/);
  });
});
