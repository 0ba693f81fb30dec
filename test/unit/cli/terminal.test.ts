import { describe, expect, it } from '@jest/globals';
import { displayWidth, plainInline, renderTable, terminalText } from '../../../src/cli/terminal.js';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizeMarkdown } from '../../../src/report/markdown.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

describe('Markdown markup as plain text', () => {
  it.each([
    ['`ghcr.io/acme/app`', 'ghcr.io/acme/app'],
    ['**registry bytes** (shared layers once)', 'registry bytes (shared layers once)'],
    ['~~linux/s390x~~', 'linux/s390x'],
    [' _no baseline: none given_ ', 'no baseline: none given'],
    ['my_app_name', 'my_app_name'],
    ['`RUN a \\| b`', 'RUN a | b'],
    ['[Dockerfile:12](https://github.com/acme/app/blob/abc/Dockerfile#L12)', 'Dockerfile:12'],
    ['a<br>b', 'a, b']
  ])('%j → %j', (markdown, text) => {
    expect(plainInline(markdown)).toBe(text);
  });

  it('counts emoji as two cells', () => {
    expect(displayWidth('max-size 20MB ✅')).toBe(16);
    expect(displayWidth('▲ 0.3 MB')).toBe(8);
  });
});

describe('a table in columns', () => {
  const table = ['| platform | compressed | note |', '|---|---:|---|', '| linux/amd64 | 6.0 MB | a long free text that can be cut |', '| _a note across the table_ | | |'];

  it('aligns numbers right and text left, with notes across the width', () => {
    expect(renderTable(table, 100)).toEqual([
      'platform     compressed  note',
      '-----------  ----------  --------------------------------',
      'linux/amd64      6.0 MB  a long free text that can be cut',
      'a note across the table'
    ]);
  });

  it('cuts the widest text column first to fit', () => {
    const out = renderTable(table, 40);
    expect(out[2]).toBe('linux/amd64      6.0 MB  a long free te…');
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('then leaves columns out from the right, and says which', () => {
    const out = renderTable(table, 30);
    expect(out.slice(0, 3)).toEqual(['platform     compressed', '-----------  ----------', 'linux/amd64      6.0 MB']);
    expect(out[out.length - 1]).toBe('(left out to fit 30 columns: …');
    expect(renderTable(table, 100).join('\n')).not.toContain('left out');
  });
});

describe("the summary's size report in a terminal", () => {
  const base = image(4_600_000, 4_400_000);
  const report = sizeReport(image(4_900_000, 4_700_000), 'ghcr.io/acme/backend', { image: base, reference: 'ghcr.io/acme/backend:main' });
  const gates = evaluateGates(report, '5MB', '10%');
  const text = terminalText(sizeMarkdown(report, gates), 100);

  it('has the same rows and numbers as the job summary, without the markup', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('hoist · image size · ghcr.io/acme/backend');
    expect(text).toContain('platform                             compressed          Δ vs main  unpacked  layers');
    expect(lines).toContain('linux/amd64                              6.0 MB  ▲ 0.3 MB (+5.3 %)   12.1 MB       3');
    expect(lines).toContain('linux/arm64                              5.7 MB  ▲ 0.3 MB (+5.6 %)   11.5 MB       3');
    expect(lines).toContain('registry bytes (shared layers once)     11.7 MB           ▲ 0.6 MB');
    expect(lines).toContain('What changed on linux/amd64:');
    expect(lines).toContain('COPY /out/backend /app/backend  —     4.6 MB      4.9 MB  ▲ 0.3 MB  grown');
    expect(lines).toContain('Gates: max-size 5MB ❌ · max-size-increase 10% ✅ · 2 attestation manifests not counted');
    expect(text).not.toMatch(/[|`*]|<\/?(details|summary)>/);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('fits a narrow terminal', () => {
    for (const line of terminalText(sizeMarkdown(report, gates), 60)
      .split('\n')
      .filter(l => !l.startsWith('Gates') && !l.startsWith('hoist')))
      expect([line, displayWidth(line) <= 60]).toEqual([line, true]);
  });

  it('wraps prose at word boundaries to the width', () => {
    expect(terminalText('The instructions whose layers changed most (compressed bytes, vs main).\n', 30)).toBe('The instructions whose layers\nchanged most (compressed\nbytes, vs main).\n');
  });

  it('says where a chart is rather than printing its source', () => {
    expect(terminalText('a\n\n```mermaid\nxychart-beta\n  line [1, 2]\n```\n\nb\n', 80)).toBe('a\n\n(mermaid block: shown in the job summary)\n\nb\n');
  });
});
