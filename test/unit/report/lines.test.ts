// mapHistory (report/lines.ts): each history entry of an image named by the Dockerfile line that made it, or honestly not.
import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { historyText, longestCommonRun, mapHistory, stageChain, type HistoryEntry, type LineSource } from '../../../src/report/lines.js';

const h = (createdBy: string, emptyLayer = false): HistoryEntry => ({ createdBy, emptyLayer });
const source = (text: string, target = '', contexts: string[] = []): LineSource => ({ dockerfile: parseDockerfile(text), target, contexts });

/** busybox's own history, as the base images here have it. */
const BUSYBOX = [h('ARG TARGETARCH=amd64', true), h('COPY rootfs-amd64/ / # buildkit'), h('CMD ["sh"]', true)];

describe('historyText', () => {
  it.each([
    ['RUN /bin/sh -c make # buildkit', 'RUN', 'RUN make'],
    ['RUN |2 TARGETARCH=amd64 VERSION=1 /bin/sh -c go build  -o /out . # buildkit', 'RUN', 'RUN go build -o /out .'],
    ['COPY payload /payload # buildkit', 'COPY', 'COPY payload /payload'],
    ['WORKDIR /app', 'WORKDIR', 'WORKDIR /app'],
    ['/bin/sh -c #(nop) ENV PATH=/usr/bin', 'ENV', 'ENV PATH=/usr/bin'],
    ['/bin/sh -c apk add curl', 'RUN', 'RUN apk add curl'],
    ['', '', '']
  ])('%s → %s', (createdBy, keyword, text) => {
    expect(historyText(createdBy)).toEqual({ keyword, text });
  });
});

describe('stageChain', () => {
  const file = 'FROM busybox AS base\nRUN a\nFROM golang AS build\nRUN b\nFROM base AS final\nRUN c\nFROM Final\nRUN d\n';
  it.each([
    ['', ['base', 'final', undefined]],
    ['build', ['build']],
    ['FINAL', ['base', 'final']]
  ])('target %p → %p', (target, names) => {
    expect(stageChain(parseDockerfile(file), target)?.map(s => s.name)).toEqual(names);
  });
  it('is undefined for a target the file lacks', () => {
    expect(stageChain(parseDockerfile(file), 'nope')).toBeUndefined();
  });
});

describe('mapHistory', () => {
  it('names the base image layers "base" (its FROM line) and each of the build\'s by its line', () => {
    const file = 'FROM busybox\nWORKDIR /app\n\nCOPY payload /payload\nRUN make\nCMD ["/app/run"]\n';
    const history = [...BUSYBOX, h('WORKDIR /app'), h('COPY payload /payload # buildkit'), h('RUN /bin/sh -c make # buildkit'), h('CMD ["/app/run"]', true)];
    const base = { kind: 'base', from: 'busybox', line: 1 };
    expect(mapHistory(history, source(file))).toEqual([
      base,
      base,
      base,
      { kind: 'line', line: 2, instruction: 'WORKDIR /app' },
      { kind: 'line', line: 4, instruction: 'COPY payload /payload' },
      { kind: 'line', line: 5, instruction: 'RUN make' },
      { kind: 'line', line: 6, instruction: 'CMD ["/app/run"]' }
    ]);
  });

  it('follows a chain of stages: the target holds what the stages it is built FROM did, then its own', () => {
    const file = ['FROM busybox AS deps', 'RUN fetch', 'FROM golang AS build', 'RUN go build', 'FROM deps AS app', 'COPY --from=build /out/app /app', 'ARG V', 'RUN check'].join('\n');
    const history = [...BUSYBOX, h('RUN /bin/sh -c fetch # buildkit'), h('COPY /out/app /app # buildkit'), h('ARG V', true), h('RUN |1 V= /bin/sh -c check # buildkit')];
    expect(mapHistory(history, source(file)).map(o => (o.kind === 'line' ? `${o.line} ${o.instruction}` : o.kind))).toEqual([
      'base',
      'base',
      'base',
      '2 RUN fetch',
      '6 COPY --from=build /out/app /app',
      '7 ARG V',
      '8 RUN check'
    ]);
  });

  it('names a base that is a named build context as such', () => {
    const history = [h('COPY x / # buildkit'), h('RUN /bin/sh -c make # buildkit')];
    expect(mapHistory(history, source('FROM tools\nRUN make\n', '', ['tools']))[0]).toEqual({ kind: 'context', from: 'tools', line: 1 });
  });

  it('maps a heredoc by its place, and says it is one', () => {
    const file = 'FROM busybox\nRUN <<EOF\necho one\necho two\nEOF\nCOPY <<EOT /etc/motd\nhello\nEOT\n';
    const history = [...BUSYBOX, h('RUN /bin/sh -c echo one\necho two\n # buildkit'), h('COPY <<EOT /etc/motd # buildkit')];
    expect(mapHistory(history, source(file)).slice(3)).toEqual([
      { kind: 'line', line: 2, instruction: 'RUN <<EOF', heredoc: true },
      { kind: 'line', line: 6, instruction: 'COPY <<EOT /etc/motd', heredoc: true }
    ]);
  });

  it('matches a RUN under another SHELL, and the exec form', () => {
    const file = 'FROM busybox\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN make | tee log\nRUN ["/bin/sh", "-c", "true"]\n';
    const history = [...BUSYBOX, h('SHELL [/bin/bash -o pipefail -c]', true), h('RUN /bin/bash -o pipefail -c make | tee log # buildkit'), h('RUN /bin/sh -c true # buildkit')];
    expect(
      mapHistory(history, source(file))
        .slice(3)
        .map(o => (o.kind === 'line' ? o.line : o.kind))
    ).toEqual([2, 3, 4]);
  });

  it('tells two identical instructions apart by their place', () => {
    const file = 'FROM busybox\nRUN make\nCOPY a /a\nRUN make\n';
    const history = [...BUSYBOX, h('RUN /bin/sh -c make # buildkit'), h('COPY a /a # buildkit'), h('RUN /bin/sh -c make # buildkit')];
    expect(
      mapHistory(history, source(file))
        .slice(3)
        .map(o => (o.kind === 'line' ? o.line : o.kind))
    ).toEqual([2, 3, 4]);
  });

  it('matches by text when the history does not line up (an ONBUILD trigger), and says when a text is on several lines', () => {
    const file = 'FROM builder\nRUN make\nCOPY a /a\nRUN make\n';
    // The base's ONBUILD trigger ran first: one more entry than the file has instructions, in the middle.
    const history = [h('COPY x / # buildkit'), h('RUN /bin/sh -c make # buildkit'), h('RUN /bin/sh -c onbuild-step # buildkit'), h('COPY a /a # buildkit'), h('RUN /bin/sh -c make # buildkit')];
    expect(mapHistory(history, source(file))).toEqual([
      { kind: 'base', from: 'builder', line: 1 },
      { kind: 'ambiguous', lines: [2, 4], instruction: 'RUN make' },
      { kind: 'unmapped', instruction: 'RUN onbuild-step', why: 'no line of the Dockerfile made it' },
      { kind: 'line', line: 3, instruction: 'COPY a /a' },
      { kind: 'ambiguous', lines: [2, 4], instruction: 'RUN make' }
    ]);
  });

  it('names nothing a line when the image was not built from this Dockerfile, or none was read', () => {
    const history = [h('COPY x / # buildkit'), h('RUN /bin/sh -c other # buildkit')];
    expect(mapHistory(history, source('FROM busybox\nCOPY a /a\nCOPY b /b\nCOPY c /c\n')).map(o => o.kind)).toEqual(['unmapped', 'unmapped']);
    expect(mapHistory(history, undefined)).toEqual([
      { kind: 'unmapped', instruction: 'COPY x /', why: 'the Dockerfile was not read' },
      { kind: 'unmapped', instruction: 'RUN other', why: 'the Dockerfile was not read' }
    ]);
    expect(mapHistory(history, source('FROM busybox\n', 'missing'))[0]).toMatchObject({ kind: 'unmapped', why: 'the target stage is not in the Dockerfile' });
  });
});

describe('longestCommonRun', () => {
  it.each([
    [
      ['a', 'b', 'c'],
      ['a', 'c'],
      [
        [0, 0],
        [2, 1]
      ]
    ],
    [['x', 'x'], ['x'], [[0, 0]]],
    [[], ['a'], []],
    [['a', 'b'], ['b', 'a'], [[1, 0]]]
  ])('%p with %p → %p', (a, b, pairs) => {
    expect(longestCommonRun(a, b, (x, y) => x === y)).toEqual(pairs);
  });
});
