// report/cells.ts: the cells of the report's tables: inline code that cannot break a table, one short line, a Dockerfile line linked to the built commit.
import { describe, expect, it } from '@jest/globals';
import { code, cut, lineCell } from '../../../src/report/cells.js';

describe('cells', () => {
  it.each([
    ['COPY a /a', '`COPY a /a`'],
    ['RUN a | b', '`RUN a \\| b`'],
    ['echo `date`', "`echo 'date'`"]
  ])('code(%j) → %s', (text, cell) => {
    expect(code(text)).toBe(cell);
  });

  it('cut: one line of at most max characters', () => {
    expect(cut('RUN a \\\n  && b', 80)).toBe('RUN a \\ && b');
    expect(cut('abcdef', 4)).toBe('abc…');
  });

  it('lineCell: a dash without a line, the path and line, linked when the file is on the web', () => {
    expect(lineCell({}, undefined)).toBe('—');
    expect(lineCell({}, 7)).toBe('`Dockerfile:7`');
    expect(lineCell({ dockerfile: { path: 'docker/[x]|y', url: 'https://h/Dockerfile' } }, 3)).toBe('[docker/_x__y:3](https://h/Dockerfile#L3)');
  });
});
