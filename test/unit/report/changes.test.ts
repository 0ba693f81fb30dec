// compareLayers, layerNames, changedRows and growthToAnnotate (report/changes.ts): an image against its baseline per instruction, the table's rows, the line to annotate.
import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import type { PlatformImage } from '../../../src/readback/image.js';
import { changedRows, compareLayers, growthToAnnotate, layerNames, type InstructionChange } from '../../../src/report/changes.js';
import type { LineSource } from '../../../src/report/lines.js';

const GZ = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** An image from its history: `[createdBy, digest, size]`, or `[createdBy]` for an empty layer. */
function img(entries: Array<[string] | [string, string, number]>, platform = 'linux/amd64'): PlatformImage {
  return {
    platform,
    digest: `sha256:${platform}`,
    manifestBytes: 500,
    config: { digest: 'sha256:cfg', size: 1_000 },
    history: entries.map(e => ({ createdBy: e[0], emptyLayer: e.length === 1 })),
    layers: entries.filter((e): e is [string, string, number] => e.length === 3).map(([, digest, size]) => ({ digest, size, mediaType: GZ }))
  };
}

const source = (text: string, target = ''): LineSource => ({ dockerfile: parseDockerfile(text), target, contexts: [] });
const brief = (changes: InstructionChange[]) => changes.map(c => `${c.status} ${c.origin}${c.line !== undefined ? `:${c.line}` : ''} ${c.instruction} ${c.delta}`);

const BUSYBOX: Array<[string] | [string, string, number]> = [['COPY rootfs-amd64/ / # buildkit', 'sha256:bb1', 1_000_000], ['CMD ["sh"]']];
const BUSYBOX_2: Array<[string] | [string, string, number]> = [
  ['COPY rootfs-amd64/ / # buildkit', 'sha256:bb2', 1_050_000],
  ['RUN /bin/sh -c adduser app # buildkit', 'sha256:bb2b', 3_000],
  ['CMD ["sh"]']
];

describe('compareLayers', () => {
  const v1 = 'FROM busybox\nWORKDIR /app\nCOPY app /app/app\n';
  const v2 = 'FROM busybox\nWORKDIR /app\nCOPY app /app/app\nCOPY payload.bin /payload.bin\n';

  it('a line added at the end: added, on its line; everything else unchanged', () => {
    const before = img([...BUSYBOX, ['WORKDIR /app', 'sha256:wd', 90], ['COPY app /app/app # buildkit', 'sha256:app', 500_000]]);
    const after = img([...BUSYBOX, ['WORKDIR /app', 'sha256:wd', 90], ['COPY app /app/app # buildkit', 'sha256:app', 500_000], ['COPY payload.bin /payload.bin # buildkit', 'sha256:pay', 2_100_000]]);
    expect(brief(compareLayers(after, before, source(v2)))).toEqual([
      'unchanged base:1 base image (FROM busybox) 0',
      'unchanged line:2 WORKDIR /app 0',
      'unchanged line:3 COPY app /app/app 0',
      'added line:4 COPY payload.bin /payload.bin 2100000'
    ]);
  });

  it("a line removed: removed, named as the baseline's history names it, with no line", () => {
    const before = img([...BUSYBOX, ['WORKDIR /app', 'sha256:wd', 90], ['COPY app /app/app # buildkit', 'sha256:app', 500_000], ['COPY payload.bin /payload.bin # buildkit', 'sha256:pay', 2_100_000]]);
    const after = img([...BUSYBOX, ['WORKDIR /app', 'sha256:wd', 90], ['COPY app /app/app # buildkit', 'sha256:app', 500_000]]);
    expect(brief(compareLayers(after, before, source(v1))).slice(3)).toEqual(['removed removed COPY payload.bin /payload.bin -2100000']);
  });

  it('a layer that grew or shrank, and one rebuilt to the same size', () => {
    const file = 'FROM busybox\nCOPY app /app\nRUN make\nRUN date > /stamp\n';
    const before = img([
      ...BUSYBOX,
      ['COPY app /app # buildkit', 'sha256:a1', 400],
      ['RUN /bin/sh -c make # buildkit', 'sha256:m1', 9_000],
      ['RUN /bin/sh -c date > /stamp # buildkit', 'sha256:d1', 120]
    ]);
    const after = img([
      ...BUSYBOX,
      ['COPY app /app # buildkit', 'sha256:a2', 700],
      ['RUN /bin/sh -c make # buildkit', 'sha256:m2', 8_000],
      ['RUN /bin/sh -c date > /stamp # buildkit', 'sha256:d2', 120]
    ]);
    expect(brief(compareLayers(after, before, source(file))).slice(1)).toEqual(['grown line:2 COPY app /app 300', 'shrunk line:3 RUN make -1000', 'changed line:4 RUN date > /stamp 0']);
  });

  it("a base image bump: every changed layer is the base, one row on the FROM line, the build's own layers unchanged", () => {
    const file = 'FROM busybox:1.37\nCOPY app /app\n';
    const before = img([...BUSYBOX, ['COPY app /app # buildkit', 'sha256:a', 400]]);
    const after = img([...BUSYBOX_2, ['COPY app /app # buildkit', 'sha256:a', 400]]);
    const changes = compareLayers(after, before, source(file));
    expect(brief(changes)).toEqual(['grown base:1 base image (FROM busybox:1.37) 53000', 'unchanged line:2 COPY app /app 0']);
    expect(changes[0]).toMatchObject({ base: 1_000_000, current: 1_053_000 });
  });

  it('a stage chain and COPY --from: the stages the target is built FROM are lines too, the other stage is not', () => {
    const file = ['FROM busybox AS deps', 'RUN fetch', 'FROM golang AS build', 'RUN go build -o /out/app', 'FROM deps', 'COPY --from=build /out/app /app'].join('\n');
    const before = img([...BUSYBOX, ['RUN /bin/sh -c fetch # buildkit', 'sha256:f', 10_000], ['COPY /out/app /app # buildkit', 'sha256:app1', 4_000_000]]);
    const after = img([...BUSYBOX, ['RUN /bin/sh -c fetch # buildkit', 'sha256:f', 10_000], ['COPY /out/app /app # buildkit', 'sha256:app2', 4_500_000]]);
    expect(brief(compareLayers(after, before, source(file)))).toEqual([
      'unchanged base:1 base image (FROM busybox) 0',
      'unchanged line:2 RUN fetch 0',
      'grown line:6 COPY --from=build /out/app /app 500000'
    ]);
  });

  it('duplicate identical instructions pair first with first', () => {
    const file = 'FROM busybox\nRUN make\nCOPY a /a\nRUN make\n';
    const entries = (second: number): Array<[string] | [string, string, number]> => [
      ...BUSYBOX,
      ['RUN /bin/sh -c make # buildkit', 'sha256:m1', 100],
      ['COPY a /a # buildkit', 'sha256:a', 50],
      ['RUN /bin/sh -c make # buildkit', `sha256:m${second}`, second]
    ];
    expect(brief(compareLayers(img(entries(200)), img(entries(300)), source(file))).slice(1)).toEqual(['unchanged line:2 RUN make 0', 'unchanged line:3 COPY a /a 0', 'shrunk line:4 RUN make -100']);
  });

  it('a heredoc after a parser directive: lines as the file has them', () => {
    const file = '# syntax=docker/dockerfile:1\nFROM busybox\nRUN <<EOF\nhead -c 100 /dev/urandom > /r\nEOF\n';
    const entries = (digest: string, size: number): Array<[string] | [string, string, number]> => [...BUSYBOX, ['RUN /bin/sh -c head -c 100 /dev/urandom > /r\n # buildkit', digest, size]];
    expect(brief(compareLayers(img(entries('sha256:r2', 260)), img(entries('sha256:r1', 250)), source(file))).slice(1)).toEqual(['grown line:3 RUN <<EOF 10']);
  });

  it('without the Dockerfile, the history names the layers, and nothing is called the base', () => {
    const before = img([...BUSYBOX, ['COPY app /app # buildkit', 'sha256:a1', 400]]);
    const after = img([...BUSYBOX, ['COPY app /app # buildkit', 'sha256:a2', 900]]);
    expect(brief(compareLayers(after, before, undefined))).toEqual(['unchanged unmapped COPY rootfs-amd64/ / 0', 'grown unmapped COPY app /app 500']);
  });

  it('cuts a long instruction short', () => {
    const script = `RUN /bin/sh -c ${'echo step && '.repeat(40)}true # buildkit`;
    const changes = compareLayers(img([[script, 'sha256:b', 2]]), img([[script, 'sha256:a', 1]]), undefined);
    expect(changes[0].instruction).toHaveLength(200);
    expect(changes[0].instruction.endsWith('…')).toBe(true);
  });

  it('a history that does not line up with the layers: "layer N"', () => {
    const broken = { ...img([...BUSYBOX]), history: [] };
    const other = { ...broken, layers: [{ digest: 'sha256:x', size: 10, mediaType: GZ }] };
    expect(brief(compareLayers(other, broken, undefined))).toEqual(['shrunk unmapped layer 1 -999990']);
  });
});

describe('layerNames', () => {
  it('names each layer as compareLayers does: the base image by its FROM line, the others by their instruction and line', () => {
    const file = 'FROM busybox\nWORKDIR /app\nCOPY app /app/app\n';
    const image = img([...BUSYBOX_2, ['WORKDIR /app', 'sha256:wd', 90], ['COPY app /app/app # buildkit', 'sha256:app', 500]]);
    expect(layerNames(image, source(file))).toEqual([
      { instruction: 'base image (FROM busybox)', line: 1 },
      { instruction: 'base image (FROM busybox)', line: 1 },
      { instruction: 'WORKDIR /app', line: 2 },
      { instruction: 'COPY app /app/app', line: 3 }
    ]);
  });

  it('without the Dockerfile, by the history; with a history that does not line up, "layer N"', () => {
    expect(layerNames(img([['COPY app /app # buildkit', 'sha256:a', 1]]), undefined)).toEqual([{ instruction: 'COPY app /app' }]);
    expect(layerNames({ ...img([['COPY app /app # buildkit', 'sha256:a', 1]]), history: [] }, undefined)).toEqual([{ instruction: 'layer 1' }]);
  });
});

describe('changedRows', () => {
  const change = (instruction: string, origin: InstructionChange['origin'], line: number | undefined, delta: number, status: InstructionChange['status']): InstructionChange => ({
    instruction,
    origin,
    ...(line !== undefined ? { line } : {}),
    status,
    delta
  });
  const rows = changedRows({
    'linux/amd64': [change('base image (FROM busybox)', 'base', 1, 0, 'unchanged'), change('COPY a /a', 'line', 3, 2_000_000, 'added'), change('RUN make', 'line', 2, -5_000, 'shrunk')],
    'linux/arm64': [change('base image (FROM busybox)', 'base', 1, 40_000, 'grown'), change('COPY a /a', 'line', 3, 1_900_000, 'added'), change('RUN make', 'line', 2, 0, 'unchanged')]
  });

  it('groups an instruction across platforms, leaves out what is unchanged everywhere, the largest first', () => {
    expect(rows).toEqual([
      { instruction: 'COPY a /a', origin: 'line', line: 3, platforms: { 'linux/amd64': { status: 'added', delta: 2_000_000 }, 'linux/arm64': { status: 'added', delta: 1_900_000 } } },
      { instruction: 'base image (FROM busybox)', origin: 'base', line: 1, platforms: { 'linux/arm64': { status: 'grown', delta: 40_000 } } },
      { instruction: 'RUN make', origin: 'line', line: 2, platforms: { 'linux/amd64': { status: 'shrunk', delta: -5_000 } } }
    ]);
  });

  it.each([
    ['1MB', [{ platform: 'linux/amd64', delta: { bytes: 2_000_000, percent: 40 } }], 'COPY a /a'],
    ['10%', [{ platform: 'linux/amd64', delta: { bytes: 2_000_000, percent: 40 } }], 'COPY a /a'],
    ['3MB', [{ platform: 'linux/amd64', delta: { bytes: 2_000_000, percent: 40 } }], undefined],
    ['50%', [{ platform: 'linux/amd64', delta: { bytes: 2_000_000, percent: 40 } }], undefined],
    ['1MB', [{ platform: 'linux/amd64' }], undefined]
  ])('annotates at %s when the image grew %p: %p', (limit, platforms, instruction) => {
    const threshold = limit.endsWith('%') ? { percent: Number(limit.slice(0, -1)) } : { bytes: Number(limit.slice(0, -2)) * 1e6 };
    expect(growthToAnnotate(rows, platforms, threshold)?.row.instruction).toBe(instruction);
  });

  it('annotates no line when what grew has none, or nothing is asked', () => {
    const unmapped = changedRows({ 'linux/amd64': [change('COPY a /a', 'unmapped', undefined, 2_000_000, 'grown')] });
    expect(growthToAnnotate(unmapped, [{ platform: 'linux/amd64', delta: { bytes: 2_000_000 } }], { bytes: 1 })).toBeUndefined();
    expect(growthToAnnotate(rows, [{ platform: 'linux/amd64', delta: { bytes: 2_000_000 } }], undefined)).toBeUndefined();
  });
});
