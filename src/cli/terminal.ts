/**
 * The job summary's Markdown (report/markdown.ts) as plain text for a terminal: the same
 * rows and numbers, the tables aligned in columns and fitted to the terminal's width.
 * A translation, not a second renderer: whatever table the summary gains, the terminal shows.
 */

/** Markup the summary uses in its text, dropped: code spans, bold, strike-through, links, line breaks. */
export function plainInline(text: string): string {
  return text
    .trim()
    .replace(/<br\s*\/?>/gi, ', ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/~~([^~]*)~~/g, '$1')
    .replace(/^_(.*)_$/, '$1')
    .replace(/\\\|/g, '|')
    .trim();
}

// Emoji take two cells in a terminal.
const WIDE = /[\u{1F300}-\u{1FAFF}\u2705\u274C\u2B50]/gu;

/** Cells the text takes in a terminal. */
export function displayWidth(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}

/** At most `width` cells, cut with '…'. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** `| a | b \| c |` → ['a', 'b | c'] (the escaped pipe stays in its cell). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map(plainInline);
}

const GAP = '  ';
/** A text column is cut no narrower than this before columns are left out. */
const MIN_TEXT = 12;

/**
 * One Markdown table in aligned columns, at most `columns` wide: text columns are cut
 * first (widest first); if that is not enough, columns are left out from the right,
 * and a line says which. A row with only its first cell (a note) runs the whole width.
 */
export function renderTable(lines: string[], columns: number): string[] {
  const rows = lines.map(cells);
  const header = rows[0];
  const rightAligned = (rows[1] ?? []).map(c => /-:$/.test(c));
  const body = rows.slice(2);
  const isNote = (row: string[]) => row.length > 1 && row.slice(1).every(c => c === '');
  const grid = [header, ...body.filter(r => !isNote(r))];
  const count = header.length;
  let widths = Array.from({ length: count }, (_, i) => Math.max(...grid.map(r => displayWidth(r[i] ?? ''))));
  const total = (w: number[]) => w.reduce((a, b) => a + b, 0) + GAP.length * Math.max(0, w.length - 1);
  // Cut the widest text column until the table fits or every text column is at its minimum.
  for (;;) {
    const over = total(widths) - columns;
    if (over <= 0) break;
    const text = widths.map((w, i) => ({ w, i })).filter(c => !rightAligned[c.i] && c.w > MIN_TEXT);
    if (text.length === 0) break;
    const widest = text.reduce((a, b) => (b.w > a.w ? b : a));
    widths[widest.i] = Math.max(MIN_TEXT, widest.w - over);
  }
  let shown = count;
  while (shown > 1 && total(widths.slice(0, shown)) > columns) shown--;
  widths = widths.slice(0, shown);
  const line = (row: string[]) =>
    row
      .slice(0, shown)
      .map((c, i) => pad(cut(c, widths[i]), widths[i], rightAligned[i] ?? false))
      .join(GAP)
      .trimEnd();
  const out = [line(header), widths.map(w => '-'.repeat(w)).join(GAP)];
  for (const row of body) out.push(isNote(row) ? cut(row[0], columns) : line(row));
  if (shown < count) out.push(cut(`(left out to fit ${columns} columns: ${header.slice(shown).join(', ')}; a wider terminal or --json shows them)`, columns));
  return out;
}

/** Prose wrapped at word boundaries to `columns` cells; a word longer than that keeps its own line. */
function wrap(text: string, columns: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && displayWidth(`${current} ${word}`) > columns) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

/** The summary's Markdown as terminal text, `columns` wide. */
export function terminalText(markdown: string, columns: number): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trimStart().startsWith('|')) {
      const table: string[] = [];
      while (i < lines.length && lines[i].trimStart().startsWith('|')) table.push(lines[i++]);
      i--;
      out.push(...renderTable(table, columns));
    } else if (line.startsWith('```')) {
      // A chart (a Mermaid block) has no text form: say where it is.
      const language = line.slice(3).trim();
      while (i + 1 < lines.length && !lines[i + 1].startsWith('```')) i++;
      i++;
      out.push(`(${language || 'a'} block: shown in the job summary)`);
    } else {
      const text = line
        .replace(/^#{1,6}\s+/, '')
        .replace(/<\/?details>/g, '')
        .replace(/<summary>(.*)<\/summary>/, '$1:');
      out.push(...wrap(plainInline(text), columns));
    }
  }
  // One blank line between blocks at most, none at the ends.
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
