import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { extractDockerfile, injectDockerfile, mountsKey, parseMountSizes, selectMounts, type CarriedMount } from '../../../src/cache/mount-dockerfiles.js';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { cacheMounts, stageBase } from '../../../src/dockerfile/mounts.js';

const EXAMPLE = fs.readFileSync(new URL('../../../example/Dockerfile', import.meta.url), 'utf8');
const GO_ARGS = { GO_IMAGE: 'r/golang:1.26', RUNTIME_IMAGE: 'r/busybox' };

describe('selectMounts: which cache mounts hoist carries', () => {
  it("finds the example's Go build cache, on the builder stage's image", () => {
    expect(selectMounts(EXAMPLE, GO_ARGS)).toEqual({
      carried: [{ id: '/root/.cache/go-build', target: '/root/.cache/go-build', sharing: 'shared', image: 'r/golang:1.26', stages: ['builder'], line: 15 }],
      skipped: []
    });
  });

  it('uses the ARG default when no build arg is given', () => {
    expect(selectMounts(EXAMPLE, {}).carried.map(m => m.image)).toEqual(['golang:1.26-alpine']);
  });

  it('keeps one entry per id, with uid/gid/mode, follows stage chains, and says why it skips the rest', () => {
    const dockerfile = [
      'ARG BASE',
      'FROM node:22 AS deps',
      'RUN --mount=type=cache,target=/root/.npm,uid=1000,gid=1000,mode=0755,sharing=locked npm ci',
      'FROM deps AS build',
      'RUN --mount=type=cache,target=/root/.npm npm run build',
      'RUN --mount=type=cache,id=seeded,target=/x,from=deps,source=/tmp true',
      'FROM ${BASE} AS odd',
      'RUN --mount=type=cache,id=onodd,target=/y true',
      'FROM scratch AS empty',
      'RUN --mount=type=cache,id=onscratch,target=/z true',
      'FROM node:22',
      'ARG TARGETARCH',
      'RUN --mount=type=cache,id=cargo-$TARGETARCH,target=/c true'
    ].join('\n');
    const selection = selectMounts(dockerfile, {});
    expect(selection.carried).toEqual([{ id: '/root/.npm', target: '/root/.npm', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755', image: 'node:22', stages: ['deps'], line: 3 }]);
    expect(selection.skipped.map(s => [s.id, s.line, s.why])).toEqual([
      ['seeded', 6, "it is seeded from 'deps'"],
      ['onodd', 8, 'its stage has no image to run the copy on (scratch, or a base with an unset variable)'],
      ['onscratch', 10, 'its stage has no image to run the copy on (scratch, or a base with an unset variable)'],
      ['cargo-$TARGETARCH', 13, 'its options use $TARGETARCH, which only the build knows']
    ]);
  });
});

describe('selectMounts: the stages that bring a mount to life', () => {
  // Each row: a Dockerfile shape users write → the carried mounts' stage chains (the mount's stage first).
  it.each([
    ['a mount in the same stage', ['FROM golang AS build', 'RUN --mount=type=cache,target=/root/.cache/go-build go build'], [['build']]],
    [
      'a mount in a child stage (FROM deps AS build)',
      ['FROM --platform=$BUILDPLATFORM golang AS deps', 'RUN go mod download', 'FROM deps AS build', 'COPY . .', 'RUN --mount=type=cache,target=/root/.cache/go-build go build'],
      [['build', 'deps']]
    ],
    [
      'two stages that both mount',
      [
        'FROM --platform=$BUILDPLATFORM golang AS deps',
        'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        'FROM deps AS build',
        'RUN --mount=type=cache,target=/root/.cache/go-build go build'
      ],
      [['deps'], ['build', 'deps']]
    ],
    [
      'a chain of three through an ARG in FROM, beside an unrelated stage',
      ['ARG PARENT=tools', 'FROM golang AS base', 'FROM alpine AS other', 'FROM base AS tools', 'FROM ${PARENT} AS build', 'RUN --mount=type=cache,target=/c make'],
      [['build', 'tools', 'base']]
    ],
    ['an unnamed stage', ['FROM golang', 'FROM stage-0', 'RUN --mount=type=cache,target=/c make'], [['stage-1']]]
  ])('%s', (_shape, lines, chains) => {
    expect(selectMounts(lines.join('\n'), {}).carried.map(m => m.stages)).toEqual(chains);
  });
});

describe('mountsKey', () => {
  const mounts = selectMounts(EXAMPLE, GO_ARGS).carried;
  const gomod = { path: 'go.mod', content: 'module x\n' };
  it('is stable for the same mounts and lockfiles in any order', () => {
    const sum = { path: 'go.sum', content: 'a v1 h1:x\n' };
    expect(mountsKey(mounts, [gomod, sum])).toBe(mountsKey(mounts, [sum, gomod]));
    expect(mountsKey(mounts, [gomod])).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
  it('changes with a lockfile, with the base image, and with the mount', () => {
    const base = mountsKey(mounts, [gomod]);
    expect(mountsKey(mounts, [{ path: 'go.mod', content: 'module x\nrequire y v1\n' }])).not.toBe(base);
    expect(mountsKey([{ ...mounts[0], image: 'r/golang:1.27' }], [gomod])).not.toBe(base);
    expect(mountsKey([{ ...mounts[0], sharing: 'locked' }], [gomod])).not.toBe(base);
  });
});

describe('the helper Dockerfiles', () => {
  const mounts: CarriedMount[] = [
    { id: '/root/.cache/go-build', target: '/root/.cache/go-build', sharing: 'shared', image: 'r/golang:1.26', stages: ['builder'], line: 15 },
    { id: 'npm, shared', target: '/root/.npm', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755', image: 'node:22', stages: ['deps'], line: 3 }
  ];

  it('restore: one step per mount on its own image, unpacking the saved tar (or merging an older saved directory)', () => {
    expect(injectDockerfile(mounts.slice(0, 1), { image: 'r/app:buildcache-mounts' }).split('\n')).toEqual([
      '# hoist: restore cache mounts',
      'FROM --platform=linux/amd64 r/app:buildcache-mounts AS saved',
      'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS inject0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared --mount=type=bind,from=saved,target=/hoist-saved \\',
      '    if [ -f /hoist-saved/0.tar ]; then tar -xf /hoist-saved/0.tar -C /hoist-cache && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; ' +
        'elif [ -d /hoist-saved/0 ]; then cp -a -u /hoist-saved/0/. /hoist-cache/ && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; fi && echo "$HOIST_NONCE" > /hoist-done',
      'FROM scratch',
      'COPY --from=inject0 /hoist-done /0',
      ''
    ]);
  });

  it('restore from an OCI layout uses the named context, without a saved stage', () => {
    const text = injectDockerfile(mounts, { layout: '/tmp/mounts' });
    expect(text).not.toContain('AS saved');
    expect(text).toContain('COPY --from=inject1 /hoist-done /1');
  });

  it('restore on the saved programs: a tools root file system for the build platform, the same step on it', () => {
    expect(injectDockerfile(mounts.slice(0, 1), { image: 'r/app:buildcache-mounts' }, true).split('\n')).toEqual([
      '# hoist: restore cache mounts',
      'FROM --platform=linux/amd64 r/app:buildcache-mounts AS saved',
      'FROM --platform=$BUILDPLATFORM scratch AS tools',
      'ARG BUILDOS',
      'ARG BUILDARCH',
      'ARG BUILDVARIANT',
      'COPY --from=saved /hoist-tools/$BUILDOS-$BUILDARCH$BUILDVARIANT/ /',
      'FROM tools AS inject0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared --mount=type=bind,from=saved,target=/hoist-saved \\',
      '    if [ -f /hoist-saved/0.tar ]; then tar -xf /hoist-saved/0.tar -C /hoist-cache && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; ' +
        'elif [ -d /hoist-saved/0 ]; then cp -a -u /hoist-saved/0/. /hoist-cache/ && echo "hoist-mount 0 $(du -sk /hoist-cache | cut -f1)"; fi && echo "$HOIST_NONCE" > /hoist-done',
      'FROM scratch',
      'COPY --from=inject0 /hoist-done /0',
      ''
    ]);
    const fromLayout = injectDockerfile(mounts, { layout: '/tmp/mounts' }, true);
    expect(fromLayout).not.toContain('AS saved');
    expect(fromLayout).toContain('FROM tools AS inject1');
  });

  it("save: copies each mount out under its index (one tar file where the image has tar), with the size cap in the step, and the restore's programs beside them", () => {
    const lines = extractDockerfile(mounts.slice(0, 1), 2_000_000).split('\n');
    expect(lines.slice(0, 4)).toEqual(['# hoist: save cache mounts', 'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS tools', 'ARG BUILDOS', 'ARG BUILDARCH']);
    expect(lines.slice(6)).toEqual([
      'FROM --platform=$BUILDPLATFORM r/golang:1.26 AS extract0',
      'ARG HOIST_NONCE',
      'RUN --mount=type=cache,id=/root/.cache/go-build,target=/hoist-cache,sharing=shared \\',
      '    echo "$HOIST_NONCE" >/dev/null && size=$(du -sk /hoist-cache | cut -f1) && echo "hoist-mount 0 $size" && if [ "$size" -gt 2000000 ]; then echo "hoist-mount-too-large 0 $size"; exit 3; fi && mkdir -p /hoist-out && ' +
        'if command -v tar >/dev/null; then tar -cf /hoist-out/0.tar -C /hoist-cache .; else cp -a /hoist-cache /hoist-out/0; fi',
      'FROM --platform=linux/amd64 scratch',
      'COPY --from=extract0 /hoist-out/ /',
      'COPY --from=tools /hoist-out/hoist-tools /hoist-tools',
      ''
    ]);
    // The tools step: the programs the restore runs, their libraries, and a move into place only once all are there.
    const collect = lines[5];
    expect(collect).toMatch(/^RUN .*for t in sh cp du cut tar; do/);
    // tar is optional: an image without it still gives the four the directory form needs.
    expect(collect).toContain('if [ -z "$p" ]; then [ $t = tar ] && continue; exit 0; fi');
    expect(collect).toContain('ldd "$r"');
    expect(collect).toMatch(/&& mv \$o \/hoist-out\/hoist-tools\/\$BUILDOS-\$BUILDARCH\$BUILDVARIANT$/);
  });

  it.each([
    ['restore', injectDockerfile(mounts, { image: 'r/app:m' })],
    ['restore on the saved programs', injectDockerfile(mounts, { image: 'r/app:m' }, true)],
    ['save', extractDockerfile(mounts, 10)]
  ])('%s mounts the very cache the build uses (read back by our own parser)', (_name, text) => {
    const parsed = parseDockerfile(text);
    expect(parsed.problems ?? []).toEqual([]);
    const seen = cacheMounts(parsed, { HOIST_NONCE: 'n' }).map(m => ({ id: m.id, sharing: m.sharing, uid: m.uid, gid: m.gid, mode: m.mode }));
    expect(seen).toEqual([
      { id: '/root/.cache/go-build', sharing: 'shared', uid: undefined, gid: undefined, mode: undefined },
      { id: 'npm, shared', sharing: 'locked', uid: 1000, gid: 1000, mode: '0755' }
    ]);
    expect(stageBase(parsed, 1, {})?.image ?? stageBase(parsed, 0, {})?.image).toBeDefined();
  });

  it('reads the sizes the steps printed', () => {
    const progress = ['#7 [inject0 2/2] RUN …', '#7 0.311 hoist-mount 0 177472', '#8 0.2 hoist-mount 1 12', '#9 0.1 hoist-mount-too-large 1 3000000', '#9 ERROR: exit code: 3'].join('\n');
    expect(parseMountSizes(progress)).toEqual({
      kilobytes: new Map([
        [0, 177472],
        [1, 12]
      ]),
      tooLarge: { index: 1, kilobytes: 3000000 }
    });
  });
});
