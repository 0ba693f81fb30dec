import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { cacheMounts, stageBase, type CacheMount } from '../../../src/dockerfile/mounts.js';

const fixture = (name: string): string => fs.readFileSync(path.join('test/fixtures/dockerfiles', name), 'utf8');

function cache(stageIndex: number, line: number, target: string, more: Partial<CacheMount> = {}): CacheMount {
  return { id: target, target, sharing: 'shared', readonly: false, stageIndex, line, ...more };
}

describe('cacheMounts on the fixture corpus', () => {
  it.each<[string, Record<string, string> | undefined, CacheMount[]]>([
    ['example.Dockerfile', undefined, [cache(0, 15, '/root/.cache/go-build')]],
    [
      'go.Dockerfile',
      undefined,
      [
        cache(0, 9, '/go/pkg/mod'),
        cache(0, 14, '/go/pkg/mod'),
        cache(0, 14, '/root/.cache/go-build', { id: 'gobuild', sharing: 'locked' }),
        cache(1, 20, '/go/pkg/mod', { readonly: true }),
        cache(2, 23, '/var/cache/apk', { sharing: 'private' })
      ]
    ],
    ['node.Dockerfile', undefined, [cache(0, 6, '/root/.npm', { uid: 1000, gid: 1000, mode: '0755' })]],
    ['windows.Dockerfile', undefined, []],
    ['heredoc.Dockerfile', undefined, [cache(0, 3, '/var/cache/apt', { sharing: 'locked' }), cache(0, 3, '/var/lib/apt', { sharing: 'locked' })]],
    [
      'rust.Dockerfile',
      undefined,
      [
        cache(2, 16, '/usr/local/cargo/registry', { id: 'cargo-registry' }),
        cache(2, 16, '/app/target', { id: 'rust-target', sharing: 'locked' }),
        // `final` is built on `builder`, whose ARG it inherits (BuildKit carries the state over)
        cache(3, 21, '/app/target', { id: 'rust-target-final' })
      ]
    ],
    [
      'rust.Dockerfile',
      { CACHE_ID: 'ci-7' },
      [cache(2, 16, '/usr/local/cargo/registry', { id: 'cargo-registry' }), cache(2, 16, '/app/target', { id: 'ci-7', sharing: 'locked' }), cache(3, 21, '/app/target', { id: 'ci-7-final' })]
    ]
  ])('%s with build args %j', (name, buildArgs, expected) => {
    expect(cacheMounts(parseDockerfile(fixture(name)), buildArgs)).toEqual(expected);
  });
});

describe('stageBase on the fixture corpus', () => {
  it.each<[string, Record<string, string> | undefined, unknown[]]>([
    [
      'example.Dockerfile',
      undefined,
      [
        { image: 'golang:1.26-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'alpine:3.22', stageIndex: 1 }
      ]
    ],
    [
      'example.Dockerfile',
      { GO_IMAGE: 'localhost:5000/golang:1.26', BUILDPLATFORM: 'linux/amd64' },
      [
        { image: 'localhost:5000/golang:1.26', platform: 'linux/amd64', stageIndex: 0 },
        { image: 'alpine:3.22', stageIndex: 1 }
      ]
    ],
    [
      'go.Dockerfile',
      undefined,
      [
        { image: 'docker.io/library/golang:1.23-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'docker.io/library/golang:1.23-alpine', platform: '$BUILDPLATFORM', stageIndex: 0 },
        { image: 'alpine:3.20', stageIndex: 2 }
      ]
    ],
    [
      'go.Dockerfile',
      { ALPINE_VERSION: '3.21', GO_VERSION: '1.24' },
      [expect.objectContaining({ image: 'docker.io/library/golang:1.24-alpine' }), expect.anything(), { image: 'alpine:3.21', stageIndex: 2 }]
    ],
    [
      'node.Dockerfile',
      undefined,
      [
        { image: 'node:20-bookworm-slim', stageIndex: 0 },
        { image: 'node:20-bookworm-slim', stageIndex: 0 },
        { image: 'node:20-bookworm-slim', stageIndex: 2 }
      ]
    ],
    [
      'windows.Dockerfile',
      undefined,
      [
        { image: 'mcr.microsoft.com/windows/servercore:ltsc2022', stageIndex: 0 },
        { image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', stageIndex: 1 }
      ]
    ],
    ['rust.Dockerfile', undefined, [0, 1, 2, 3].map(() => ({ image: 'rust:1.82-slim', platform: '$BUILDPLATFORM', stageIndex: 0 }))]
  ])('%s with build args %j', (name, buildArgs, expected) => {
    const df = parseDockerfile(fixture(name));
    expect(df.stages.map(s => stageBase(df, s.index, buildArgs))).toEqual(expected);
  });
});

describe('cacheMounts', () => {
  const run = (mounts: string, prelude = '') => cacheMounts(parseDockerfile(`FROM a\n${prelude}RUN ${mounts} true\n`));

  it('RUN --mount=type=bind (and the default type, and other types) is not a cache mount', () => {
    expect(run('--mount=type=bind,target=/b --mount=target=/c --mount=type=tmpfs,target=/t --mount=type=secret,id=s --mount=type=ssh')).toEqual([]);
  });

  it('expands id=${CACHE_ID} from a stage ARG, overridden by build args', () => {
    const df = parseDockerfile('ARG CACHE_ID=global\nFROM a\nARG CACHE_ID=stage\nRUN --mount=type=cache,id=${CACHE_ID},target=/c true\n');
    expect(cacheMounts(df)).toEqual([cache(0, 4, '/c', { id: 'stage' })]);
    expect(cacheMounts(df, { CACHE_ID: 'cli' })).toEqual([cache(0, 4, '/c', { id: 'cli' })]);
  });

  it.each<[string, string, Record<string, string>, Partial<CacheMount>]>([
    ['a global ARG re-declared in the stage', 'ARG V=g\nFROM a\nARG V\n', {}, { id: 'g' }],
    ['a global ARG not re-declared is not visible', 'ARG V=g\nFROM a\n', {}, { id: '$V', unresolved: ['V'] }],
    ['a build arg for a re-declared global', 'ARG V=g\nFROM a\nARG V\n', { V: 'b' }, { id: 'b' }],
    ['a build arg for an undeclared name is not visible', 'FROM a\n', { V: 'b' }, { id: '$V', unresolved: ['V'] }],
    ['a declared ARG without value is empty, as in BuildKit', 'FROM a\nARG V\n', {}, { id: '', unresolved: ['V'] }],
    ['ENV counts too', 'FROM a\nENV V=e\n', {}, { id: 'e' }],
    ['a later ARG default reads an earlier one', 'FROM a\nARG W=w\nARG V=${W}-v\n', {}, { id: 'w-v' }],
    ['an automatic platform ARG stays as written unless given', 'FROM a\nARG TARGETARCH\nARG V=go-$TARGETARCH\n', {}, { id: 'go-$TARGETARCH', unresolved: ['V'] }],
    ['an automatic platform ARG given as a build arg', 'FROM a\nARG TARGETARCH\nARG V=go-$TARGETARCH\n', { TARGETARCH: 'arm64' }, { id: 'go-arm64' }]
  ])('variables: %s', (_, prelude, buildArgs, expected) => {
    const df = parseDockerfile(`${prelude}RUN --mount=type=cache,id=$V,target=/c true\n`);
    const line = prelude.split('\n').length;
    const id = expected.id === '' ? '/c' : expected.id; // an empty id falls back to the target, as in BuildKit
    expect(cacheMounts(df, buildArgs)).toEqual([cache(0, line, '/c', { ...expected, id })]);
  });

  it.each<[string, Partial<CacheMount> | undefined]>([
    ['type=cache,target=/c', {}],
    ['type=CACHE,dst=/c', {}],
    ['type=cache,destination=/c,id=x', { id: 'x' }],
    ['type=cache,target=/c/../d/', { target: '/c/../d/', id: '/d' }],
    ['type=cache,target=/c,sharing=LOCKED', { sharing: 'locked' }],
    ['type=cache,target=/c,sharing=private', { sharing: 'private' }],
    ['type=cache,target=/c,ro', { readonly: true }],
    ['type=cache,target=/c,readonly', { readonly: true }],
    ['type=cache,target=/c,readonly=true', { readonly: true }],
    ['type=cache,target=/c,ro,rw', { readonly: false }],
    ['type=cache,target=/c,rw=false', { readonly: true }],
    ['type=cache,target=/c,uid=1000,gid=0,mode=0700', { uid: 1000, gid: 0, mode: '0700' }],
    ['type=cache,target=/c,from=base,source=/cache', { from: 'base', source: '/cache' }],
    ['type=cache,"target=/c,d"', undefined], // the flag's quotes are gone before the CSV is read (as in BuildKit)
    ['\'type=cache,"target=/c,d"\'', { target: '/c,d', id: '/c,d' }],
    ['type=cache,target=/c,sharing=nope', undefined],
    ['type=cache,target=/c,uid=x', undefined],
    ['type=cache,target=/c,mode=0800', undefined],
    ['type=cache,target=/c,ro=maybe', undefined],
    ['type=cache,target=/c,size=10m', undefined],
    ['type=cache,target=/c,required', undefined],
    ['type=cache,target=/c,bogus=1', undefined],
    ['type=cache,target=/c,from=$X', undefined],
    ['type=nope,target=/c', undefined],
    ['type=cache,target="/c"', {}] // quotes in a flag are removed by the parser
  ])('--mount=%s', (csv, expected) => {
    expect(run(`--mount=${csv}`)).toEqual(expected === undefined ? [] : [cache(0, 2, '/c', expected)]);
  });

  it('two cache mounts on one RUN, continued over lines, in flag order', () => {
    expect(run('--mount=type=cache,target=/one \\\n  --mount=type=bind,target=/b \\\n  --mount=type=cache,target=/two,id=t')).toEqual([cache(0, 2, '/one'), cache(0, 2, '/two', { id: 't' })]);
  });

  it('mounts in ONBUILD and in heredoc bodies do not count', () => {
    expect(run('--mount=type=cache,target=/c <<EOF\nRUN --mount=type=cache,target=/nope true\nEOF\nONBUILD RUN --mount=type=cache,target=/nope2')).toEqual([cache(0, 2, '/c')]);
  });
});

describe('stageBase', () => {
  const text = [
    'ARG A=1 B C="x y" D=\'$A\' E=${A:-z}',
    'ARG IMG=img:${A}-$C',
    'FROM $IMG AS one',
    'FROM ${B} AS two',
    'FROM ${B:-dflt}',
    'FROM --platform=${TARGETPLATFORM} x:${E}',
    'FROM --platform=$NOPE y',
    'FROM scratch',
    'FROM One',
    'FROM one AS four',
    'FROM img:$D',
    'FROM img:${TARGETARCH}',
    'FROM four',
    'FROM ${B:+two}'
  ].join('\n');
  const df = parseDockerfile(text);

  it.each<[Record<string, string> | undefined, unknown[]]>([
    [
      undefined,
      [
        { image: 'img:1-x y', stageIndex: 0 },
        undefined, // $B has no value
        { image: 'dflt', stageIndex: 2 },
        { image: 'x:1', platform: '${TARGETPLATFORM}', stageIndex: 3 },
        undefined, // $NOPE has no value
        undefined, // scratch
        { image: 'One', stageIndex: 6 }, // stage names match exactly, after lower-casing the AS name only
        { image: 'img:1-x y', stageIndex: 0 },
        { image: 'img:$A', stageIndex: 8 }, // single quotes kept $A literal
        undefined, // TARGETARCH is only known at build time
        { image: 'img:1-x y', stageIndex: 0 }, // four -> one
        undefined // ${B:+two} is empty
      ]
    ],
    [
      { A: '9', B: 'b', TARGETPLATFORM: 'linux/arm64', TARGETARCH: 'arm64' },
      [
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'b', stageIndex: 1 },
        { image: 'b', stageIndex: 2 },
        { image: 'x:9', platform: 'linux/arm64', stageIndex: 3 },
        undefined,
        undefined,
        { image: 'One', stageIndex: 6 },
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'img:$A', stageIndex: 8 },
        { image: 'img:arm64', stageIndex: 9 },
        { image: 'img:9-x y', stageIndex: 0 },
        { image: 'b', stageIndex: 1 } // ${B:+two} names stage two
      ]
    ]
  ])('with build args %j', (buildArgs, expected) => {
    expect(df.stages.map(s => stageBase(df, s.index, buildArgs))).toEqual(expected);
  });

  it('a stage named by a variable is followed too; an unknown index is undefined', () => {
    const chain = parseDockerfile('ARG BASE=builder\nFROM --platform=$BUILDPLATFORM golang:1 AS builder\nFROM ${BASE} AS final\n');
    expect(stageBase(chain, 1)).toEqual({ image: 'golang:1', platform: '$BUILDPLATFORM', stageIndex: 0 });
    expect(stageBase(chain, 1, { BASE: 'alpine' })).toEqual({ image: 'alpine', stageIndex: 1 });
    expect(stageBase(chain, 5)).toBeUndefined();
  });
});
