import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { parseStages } from '../../../src/dockerfile/stages.js';

const fixture = (name: string): string => fs.readFileSync(path.join('test/fixtures/dockerfiles', name), 'utf8');

describe('parseStages', () => {
  it('reads the example Dockerfile', () => {
    const text = ['ARG GO_IMAGE=golang:1.26-alpine', 'FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder', 'RUN go build', 'from alpine', ''].join('\n');
    expect(parseStages(text)).toEqual([
      { index: 0, name: 'builder', base: '${GO_IMAGE}', platform: '$BUILDPLATFORM', line: 2 },
      { index: 1, base: 'alpine', line: 4 }
    ]);
  });

  it('joins continuations, honours # escape and skips heredocs', () => {
    const text = [
      '# escape=`',
      'FROM golang `',
      '  AS Build',
      'RUN <<EOF',
      'FROM fake AS nope',
      'EOF',
      'COPY <<-"END" /x',
      '\tFROM also AS nope2',
      '\tEND',
      '# a comment',
      'FROM scratch AS final'
    ].join('\n');
    expect(parseStages(text).map(s => s.name)).toEqual(['build', 'final']);
  });

  it('ignores comments inside a continued instruction', () => {
    expect(parseStages('FROM a \\\n# note\n  AS one\n').map(s => s.name)).toEqual(['one']);
  });
});

describe('the older readers, now on the parser, over the corpus', () => {
  it.each([
    [
      'example.Dockerfile',
      [
        { index: 0, name: 'builder', base: '${GO_IMAGE}', platform: '$BUILDPLATFORM', line: 8 },
        { index: 1, name: 'runtime', base: '${RUNTIME_IMAGE}', line: 18 }
      ]
    ],
    [
      'heredoc.Dockerfile',
      [
        { index: 0, name: 'base', base: 'debian:bookworm', line: 2 },
        { index: 1, base: 'base', line: 27 }
      ]
    ],
    [
      'windows.Dockerfile',
      [
        { index: 0, name: 'base', base: 'mcr.microsoft.com/windows/servercore:ltsc2022', line: 3 },
        { index: 1, name: 'runtime', base: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', line: 11 }
      ]
    ]
  ])('parseStages(%s)', (name, expected) => {
    expect(parseStages(fixture(name))).toEqual(expected);
  });
});
