import { describe, expect, it } from '@jest/globals';
import { parseStages } from '../../src/dockerfile/stages.js';

describe('parseStages', () => {
  it('reads the seeds Dockerfile', () => {
    const text = [
      'ARG GO_IMAGE=golang:1.26-alpine',
      'FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder',
      'RUN go build',
      'from alpine',
      ''
    ].join('\n');
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
