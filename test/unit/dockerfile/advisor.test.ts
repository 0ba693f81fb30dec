import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { ignoresGit, wholeContextCopies } from '../../../src/dockerfile/advisor.js';

const fixture = (name: string): string => fs.readFileSync(path.join('test/fixtures/dockerfiles', name), 'utf8');

describe('the older readers, now on the parser, over the corpus', () => {
  it.each([
    ['example.Dockerfile', []],
    ['go.Dockerfile', []], // the bind mount of . is not a COPY
    ['node.Dockerfile', [14]], // COPY --chown=node:node \ continued onto the next line
    ['windows.Dockerfile', [9]],
    ['heredoc.Dockerfile', []], // `COPY . .` only inside a heredoc body
    ['rust.Dockerfile', [9]]
  ])('wholeContextCopies(%s)', (name, lines) => {
    expect(wholeContextCopies(fixture(name))).toEqual(lines);
  });

  it('wholeContextCopies: JSON form and ./. count, --from copies and other sources do not', () => {
    const text = ['FROM a AS b', 'COPY [".", "/app"]', 'COPY --from=b . .', 'ADD ./. /x', 'COPY ./src .', 'COPY <<EOF .', 'x', 'EOF', 'COPY --link / /ctx'].join('\n');
    expect(wholeContextCopies(text)).toEqual([2, 4, 9]);
  });
});

describe('cache-busting advisor', () => {
  it('finds instructions copying the whole context', () => {
    expect(wholeContextCopies('FROM a\nCOPY go.mod ./\nCOPY . .\nADD --chown=1 ./ /src\ncopy *.go ./\n')).toEqual([3, 4]);
  });
  it.each([
    [undefined, false],
    ['', false],
    ['node_modules\n', false],
    ['.git\n', true],
    ['/.git/\n', true],
    ['**/.git', true],
    ['*\n!src', true],
    ['.git\n!.git', false]
  ])('.dockerignore %j ignores .git: %s', (text, ignored) => {
    expect(ignoresGit(text)).toBe(ignored);
  });
});
