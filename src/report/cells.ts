/** Cells of the report's markdown tables: inline code, one short line, a Dockerfile line linked to the built commit. */

/** Inline code in a table cell. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** One line of at most `max` characters. */
export function cut(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `Dockerfile:7`, linked to that line at the built commit when the report knows where the file is on the web. */
export function lineCell(report: { dockerfile?: { path: string; url?: string } }, line: number | undefined): string {
  if (line === undefined) return '—';
  const where = `${cut(report.dockerfile?.path ?? 'Dockerfile', 120)}:${line}`.replace(/[[\]|`]/g, '_');
  return report.dockerfile?.url ? `[${where}](${report.dockerfile.url}#L${line})` : `\`${where}\``;
}
