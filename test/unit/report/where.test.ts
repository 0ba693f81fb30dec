// report/where.ts: "where the bytes are" per platform (changed layers only against a baseline), and its markdown, log lines and JSON; the comment's size cap.
import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import type { PlatformFiles } from '../../../src/readback/files.js';
import type { ImageFacts, PlatformImage } from '../../../src/readback/image.js';
import { sizeMarkdown, sizesJson, sizeText } from '../../../src/report/markdown.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { whereJson, whereMarkdown, whereText, whereTheBytesAre, type PlatformWhere } from '../../../src/report/where.js';

const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';
const DOCKERFILE = 'FROM busybox\nCOPY big.bin /tmp/big.bin\nRUN rm /tmp/big.bin\nCOPY app /app\n';
const lines = { dockerfile: parseDockerfile(DOCKERFILE), target: '', contexts: [] };

/** busybox's layer, then the three of the Dockerfile; `app` is the last layer's digest. */
function platform(name: string, app: string, files?: PlatformFiles): PlatformImage {
  return {
    platform: name,
    digest: `sha256:${name}`,
    manifestBytes: 500,
    config: { digest: 'sha256:cfg', size: 1000 },
    history: [
      { createdBy: 'COPY rootfs/ / # buildkit', emptyLayer: false },
      { createdBy: 'CMD ["sh"]', emptyLayer: true },
      { createdBy: 'COPY big.bin /tmp/big.bin # buildkit', emptyLayer: false },
      { createdBy: 'RUN /bin/sh -c rm /tmp/big.bin # buildkit', emptyLayer: false },
      { createdBy: 'COPY app /app # buildkit', emptyLayer: false }
    ],
    layers: ['sha256:bb', 'sha256:big', 'sha256:rm', app].map(digest => ({ digest, size: 1000, mediaType: GZ })),
    ...(files ? { files } : {})
  };
}

const FILES: PlatformFiles = {
  layers: [
    {
      files: 2,
      bytes: 2_000_100,
      largest: [
        { path: '/bin/busybox', size: 2_000_000 },
        { path: '/etc/passwd', size: 100 }
      ]
    },
    { files: 1, bytes: 3_000_000, largest: [{ path: '/tmp/big.bin', size: 3_000_000 }] },
    { files: 0, bytes: 0, largest: [] },
    { files: 1, bytes: 1_500_000, largest: [{ path: '/app/payload.bin', size: 1_500_000 }] }
  ],
  wasted: { bytes: 3_000_000, fileBytes: 6_500_100, largest: [{ path: '/tmp/big.bin', size: 3_000_000, layer: 1, hiddenBy: 2, how: 'deleted' }] }
};

const image = (platforms: PlatformImage[]): ImageFacts => ({ reference: 'ghcr.io/acme/app@sha256:x', digest: `sha256:${'a'.repeat(64)}`, platforms, attestations: [] });

describe('whereTheBytesAre', () => {
  it('against a baseline: the layers whose blobs it lacks, named by instruction and line; the waste over the whole image', () => {
    const where = whereTheBytesAre(image([platform('linux/amd64', 'sha256:app2', FILES)]), image([platform('linux/amd64', 'sha256:app1')]), lines)!;
    expect(where['linux/amd64']).toEqual({
      changedOnly: true,
      layers: [{ layer: 4, instruction: 'COPY app /app', line: 4, digest: 'sha256:app2', files: 1, bytes: 1_500_000, largest: [{ path: '/app/payload.bin', size: 1_500_000 }] }],
      wasted: {
        bytes: 3_000_000,
        fileBytes: 6_500_100,
        largest: [
          {
            path: '/tmp/big.bin',
            size: 3_000_000,
            how: 'deleted',
            addedBy: { layer: 2, instruction: 'COPY big.bin /tmp/big.bin', line: 2 },
            hiddenBy: { layer: 3, instruction: 'RUN rm /tmp/big.bin', line: 3 }
          }
        ]
      },
      notAnalysed: []
    });
  });

  it('without a baseline (or for a new platform): every layer, the base image named by its FROM line', () => {
    const where = whereTheBytesAre(image([platform('linux/arm64', 'sha256:app2', FILES)]), image([platform('linux/amd64', 'sha256:app1')]), lines)!;
    expect(where['linux/arm64'].changedOnly).toBe(false);
    expect(where['linux/arm64'].layers.map(l => `${l.layer} ${l.instruction} ${l.line ?? '-'}`)).toEqual([
      '1 base image (FROM busybox) 1',
      '2 COPY big.bin /tmp/big.bin 2',
      '3 RUN rm /tmp/big.bin 3',
      '4 COPY app /app 4'
    ]);
  });

  it('a layer not analysed: its reason, no waste; a platform without files is left out; none at all is undefined', () => {
    const files: PlatformFiles = { layers: [...FILES.layers.slice(0, 3), { notAnalysed: 'a zstd layer' }] };
    const where = whereTheBytesAre(image([platform('linux/amd64', 'sha256:app2', files), platform('linux/arm64', 'sha256:app2')]), undefined, undefined)!;
    expect(Object.keys(where)).toEqual(['linux/amd64']);
    expect(where['linux/amd64'].wasted).toBeUndefined();
    expect(where['linux/amd64'].notAnalysed).toEqual([{ layer: 4, digest: 'sha256:app2', reason: 'a zstd layer' }]);
    expect(whereTheBytesAre(image([platform('linux/amd64', 'sha256:app2')]), undefined, lines)).toBeUndefined();
  });

  it('keeps the 10 layers with the most file bytes, and paths of at most 256 characters', () => {
    const many: PlatformImage = { ...platform('linux/amd64', 'x'), history: undefined, layers: Array.from({ length: 14 }, (_, i) => ({ digest: `sha256:l${i}`, size: 1, mediaType: GZ })) };
    many.files = { layers: many.layers.map((_, i) => ({ files: 1, bytes: i, largest: [{ path: `/${'p'.repeat(300)}${i}`, size: i }] })) };
    const where = whereTheBytesAre(image([many]), undefined, undefined)!['linux/amd64'];
    expect(where.layers.map(l => l.layer)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(where.layers[0].instruction).toBe('layer 5');
    expect(where.layers.every(l => l.largest[0].path.length === 256 && l.largest[0].path.endsWith('…'))).toBe(true);
  });
});

describe('the report: markdown, log, JSON', () => {
  const report = () => {
    const r = sizeReport(
      image([platform('linux/amd64', 'sha256:app2', FILES)]),
      'ghcr.io/acme/app',
      { reference: 'ghcr.io/acme/app:main', image: image([platform('linux/amd64', 'sha256:app1')]) },
      'registry',
      lines
    );
    r.dockerfile = { path: 'Dockerfile', url: 'https://github.com/acme/app/blob/abc/Dockerfile' };
    r.files = whereTheBytesAre(image([platform('linux/amd64', 'sha256:app2', FILES)]), image([platform('linux/amd64', 'sha256:app1')]), lines);
    return r;
  };

  it("a summary row per platform, and the details: the changed layers' largest files, the wasted files and who hid them", () => {
    const md = sizeMarkdown(report(), []);
    expect(md).toContain('#### Where the bytes are');
    expect(md).toContain('| linux/amd64 | 6.5 MB | 3.0 MB (46.2 %) | `/tmp/big.bin` 3.0 MB, deleted by layer 3 |');
    expect(md).toContain('<details><summary>Largest files on linux/amd64, in the 1 layer(s) that changed</summary>');
    expect(md).toContain('| 4 `COPY app /app` | [Dockerfile:4](https://github.com/acme/app/blob/abc/Dockerfile#L4) | `/app/payload.bin` | 1.5 MB |');
    expect(md).toContain(
      '| `/tmp/big.bin` | 3.0 MB | 2 `COPY big.bin /tmp/big.bin` [Dockerfile:2](https://github.com/acme/app/blob/abc/Dockerfile#L2) | deleted: 3 `RUN rm /tmp/big.bin` [Dockerfile:3](https://github.com/acme/app/blob/abc/Dockerfile#L3) |'
    );
    // Below the "what changed" table.
    expect(md.indexOf('#### Where the bytes are')).toBeGreaterThan(md.indexOf('#### What changed'));
  });

  it('the log says the same in a few lines', () => {
    expect(sizeText(report())).toContain(
      [
        '  where the bytes are (unpacked file bytes; wasted: copies a later layer overwrites or deletes):',
        '    linux/amd64: 6.5 MB in files, 3.0 MB wasted (46.2 %); largest: /tmp/big.bin 3.0 MB (layer 2 COPY big.bin /tmp/big.bin, deleted by layer 3)',
        '      layer 4 COPY app /app (Dockerfile:4): /app/payload.bin 1.5 MB'
      ].join('\n')
    );
  });

  it('the sizes output gains files per platform, exact bytes; without the analysis, no key at all', () => {
    const json = JSON.parse(sizesJson(report(), []));
    expect(json.platforms['linux/amd64'].files).toEqual(whereJson(report().files!['linux/amd64']));
    expect(json.platforms['linux/amd64'].files.wasted).toEqual({ bytes: 3_000_000, fileBytes: 6_500_100, files: [expect.objectContaining({ path: '/tmp/big.bin', size: 3_000_000 })] });
    const plain = sizeReport(image([platform('linux/amd64', 'sha256:app2')]), 'ghcr.io/acme/app', { reason: 'first run' });
    expect(Object.keys(JSON.parse(sizesJson(plain, [])).platforms['linux/amd64'])).not.toContain('files');
    expect(sizeMarkdown(plain, [])).not.toContain('Where the bytes are');
    expect(whereMarkdown(plain)).toEqual([]);
    expect(whereText(plain)).toEqual([]);
  });

  it('a layer not analysed is said, in words that cannot break the table', () => {
    const where: PlatformWhere = { changedOnly: false, layers: [], notAnalysed: [{ layer: 2, digest: 'sha256:z', reason: 'a zstd layer | and <b>more</b>' }] };
    const md = whereMarkdown({ files: { 'linux/amd64': where } })
      .flat()
      .join('\n');
    expect(md).toContain('| linux/amd64 | n/a | not known: layer 2 not analysed | — |');
    expect(md).toContain('_Layer 2 was not analysed: a zstd layer   and  b more /b ._');
  });

  it("stays within the comment's cap: the summary and details go, with a note, before the sizes do", () => {
    const r = report();
    const full = sizeMarkdown(r, []);
    const cap = full.length - 200;
    const md = sizeMarkdown(r, [], cap);
    expect(md.length).toBeLessThanOrEqual(cap);
    expect(md).toContain('| linux/amd64 |');
    expect(md).toMatch(/_Where the bytes are( on 1 more platform\(s\))? is not shown: the comment would pass GitHub's size limit; the `sizes` output has it\._/);
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
  });
});
