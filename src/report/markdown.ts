import { formatBytes } from '../util/bytes.js';
import { code, cut, lineCell } from './cells.js';
import { formatDelta } from './format.js';
import { changedRows } from './changes.js';
import type { GateResult } from './gates.js';
import type { SizeReport } from './sizes.js';
import { whereJson, whereMarkdown, whereText } from './where.js';

function baseLabel(report: SizeReport): string {
  const ref = report.baseline.reference ?? '';
  const tag = /:([^/:@]+)$/.exec(ref.split('@')[0])?.[1];
  return tag ?? (ref ? ref : 'base');
}

function gateLine(gates: GateResult[], report: SizeReport): string {
  const parts = gates.map(g => `${g.name} ${g.limit} ${g.passed === undefined ? '— (no baseline)' : g.passed ? '✅' : '❌'}`);
  if (report.attestations.count > 0) {
    parts.push(`${report.attestations.count} attestation manifest${report.attestations.count === 1 ? '' : 's'} not counted`);
  }
  return parts.length > 0 ? `${gates.length > 0 ? 'Gates: ' : ''}${parts.join(' · ')}` : '';
}

/** What sizeMarkdown writes at most unless told: GitHub refuses a comment of more than 65,536 characters, and the marker and a footer go with it. */
const MARKDOWN_MAX_CHARS = 60_000;
const LIMIT_NOTE = "the comment would pass GitHub's size limit";

/** The characters `lines` take once joined with line breaks (one after each). */
const charsOf = (lines: string[]): number => lines.reduce((sum, line) => sum + line.length + 1, 0);

/**
 * The job summary and PR comment body: one table per image, details per changed platform.
 * At most `maxChars` characters (GitHub takes at most 65,536 in a comment): when the rows do
 * not fit, the platforms past the limit, then their layer details, are left out with a note;
 * the header, the totals and the gates always stay.
 */
export function sizeMarkdown(report: SizeReport, gates: GateResult[], maxChars = MARKDOWN_MAX_CHARS): string {
  const base = baseLabel(report);
  const measured = report.source === 'build' ? ' · measured from the build, not pushed' : '';
  const head = [`### hoist · image size · ${code(report.image)}${measured}`, '', `| platform | compressed | Δ vs ${code(base)} | unpacked | layers |`, '|---|---:|---:|---:|---:|'];
  const rows = report.platforms.map(p => {
    const d = p.delta ? formatDelta(p.delta) : report.baseline.found ? 'new platform' : '—';
    return `| ${p.platform} | ${formatBytes(p.compressed)} | ${d} | ${p.uncompressed !== undefined ? formatBytes(p.uncompressed) : 'n/a'} | ${p.layers} |`;
  });
  for (const r of report.removed) rows.push(`| ~~${r.platform}~~ | removed | ▼ ${formatBytes(r.compressed)} | | |`);
  const totals = [`| **registry bytes** (shared layers once) | ${formatBytes(report.registryBytes)} | ${report.registryDelta ? formatDelta(report.registryDelta, false) : ''} | | |`];
  if (!report.baseline.found) totals.push(`| _no baseline: ${report.baseline.reason}_ | | | | |`);
  totals.push('');
  const details = Object.entries(report.layerChanges)
    .map(([platform, changes]) => [platform, changes.filter(c => c.status !== 'unchanged')] as const)
    .filter(([, changes]) => changes.length > 0)
    .map(([platform, changes]) => {
      const block = [`<details><summary>What changed on ${platform}</summary>`, '', `| layer (Dockerfile instruction) | line | ${code(base)} | this build | Δ | |`, '|---|---|---:|---:|---:|---|'];
      for (const c of changes.slice(0, 20)) {
        block.push(
          `| ${code(cut(c.instruction, 80))} | ${lineCell(report, c.line)} | ${c.base !== undefined ? formatBytes(c.base) : '—'} | ${c.current !== undefined ? formatBytes(c.current) : '—'} | ${formatDelta({ bytes: c.delta }, false)} | ${c.status} |`
        );
      }
      block.push('</details>', '');
      return block;
    });
  const changed = whatChanged(report);
  const gateText = gateLine(gates, report);
  const tail = gateText ? [gateText, ''] : [];

  // What always stays, and room for the two notes; then rows, then details, while they fit.
  const rowNote = (n: number) => `| _… ${n} more platform(s) not shown: ${LIMIT_NOTE}; the \`sizes\` output has them all_ | | | | |`;
  const detailNote = (n: number) => `_What changed on ${n} more platform(s) is not shown: ${LIMIT_NOTE}._`;
  const changedNote = `_The "what changed" table is not shown: ${LIMIT_NOTE}; the \`sizes\` output has the changes._`;
  const where = whereMarkdown(report);
  const whereNote = (n: number) => `_Where the bytes are${n < where.length ? ` on ${n} more platform(s)` : ''} is not shown: ${LIMIT_NOTE}; the \`sizes\` output has it._`;
  let room =
    maxChars - charsOf([...head, ...totals, ...tail]) - charsOf([rowNote(rows.length), detailNote(details.length), changedNote, '', ...(where.length > 0 ? [whereNote(where.length), ''] : [])]);
  const keptRows = takeWhileFits(
    rows.map(row => [row]),
    room
  );
  room -= charsOf(keptRows.flat());
  const keptChanged = takeWhileFits([changed], room);
  room -= charsOf(keptChanged.flat());
  const keptDetails = takeWhileFits(details, room);
  room -= charsOf(keptDetails.flat());
  // Last, when asked for (size-analysis: files): the summary table first, then each platform's details.
  const keptWhere = takeWhileFits(where, room);
  const lines = [...head, ...keptRows.flat()];
  if (keptRows.length < rows.length) lines.push(rowNote(rows.length - keptRows.length));
  lines.push(...totals, ...keptDetails.flat());
  if (keptDetails.length < details.length) lines.push(detailNote(details.length - keptDetails.length), '');
  // Below the size tables: the instructions that changed most, each linked to its line.
  if (keptChanged.length > 0) lines.push(...changed);
  else if (changed.length > 0) lines.push(changedNote, '');
  lines.push(...keptWhere.flat());
  if (keptWhere.length < where.length) lines.push(whereNote(where.length - keptWhere.length), '');
  lines.push(...tail);
  const text = lines.join('\n');
  // Only a header or totals longer than any report's (an image name of thousands of characters) get here.
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(0, maxChars - 80))}\n\n_… cut: ${LIMIT_NOTE}._\n`;
}

/** Rows of the "what changed" table, and platform columns in it, at most. */
const CHANGED_ROWS = 5;
const CHANGED_PLATFORMS = 8;

/**
 * The "what changed" table: the instructions whose layers changed most, at most
 * CHANGED_ROWS, with the change in compressed bytes on each platform; empty when nothing changed.
 */
function whatChanged(report: SizeReport): string[] {
  const rows = changedRows(report.layerChanges);
  if (rows.length === 0) return [];
  const compared = Object.keys(report.layerChanges).sort();
  const shown = compared.slice(0, CHANGED_PLATFORMS);
  const lines = [
    '#### What changed',
    '',
    `The instructions whose layers changed most (compressed bytes, vs ${code(baseLabel(report))}).`,
    '',
    `| instruction | line | ${shown.join(' | ')} |`,
    `|---|---|${shown.map(() => '---:|').join('')}`
  ];
  for (const row of rows.slice(0, CHANGED_ROWS)) {
    const cells = shown.map(p => {
      const c = row.platforms[p];
      return c ? `${formatDelta({ bytes: c.delta }, false)} ${c.status}` : '=';
    });
    lines.push(`| ${code(cut(row.instruction, 60))} | ${lineCell(report, row.line)} | ${cells.join(' | ')} |`);
  }
  const notes = [];
  if (rows.length > CHANGED_ROWS) notes.push(`${rows.length - CHANGED_ROWS} more instruction(s) changed`);
  if (compared.length > shown.length) notes.push(`${compared.length - shown.length} more platform(s) compared`);
  if (notes.length > 0) lines.push('', `_${notes.join('; ')}: the \`sizes\` output lists every change._`);
  lines.push('');
  return lines;
}

/** The first of `blocks` that fit in `room` characters together; none after the first that does not. */
function takeWhileFits(blocks: string[][], room: number): string[][] {
  const kept: string[][] = [];
  let left = room;
  for (const block of blocks) {
    const chars = charsOf(block);
    if (chars > left) break;
    kept.push(block);
    left -= chars;
  }
  return kept;
}

/** The same numbers for the log, as plain columns. */
export function sizeText(report: SizeReport): string {
  const lines = [`image size · ${report.image}${report.source === 'build' ? ', measured from the build (not pushed)' : ''} (compressed = pull size; MB = 10^6 bytes)`];
  for (const p of report.platforms) {
    const d = p.delta ? `  ${formatDelta(p.delta)} vs ${baseLabel(report)}` : '';
    lines.push(
      `  ${p.platform.padEnd(16)} ${formatBytes(p.compressed).padStart(9)} compressed  ${(p.uncompressed !== undefined ? formatBytes(p.uncompressed) : 'n/a').padStart(9)} unpacked  ${p.layers} layers${d}`
    );
  }
  lines.push(`  registry bytes   ${formatBytes(report.registryBytes).padStart(9)} (shared layers once)${report.registryDelta ? `  ${formatDelta(report.registryDelta, false)}` : ''}`);
  if (!report.baseline.found) lines.push(`  no baseline: ${report.baseline.reason}`);
  const changed = changedRows(report.layerChanges);
  if (changed.length > 0) lines.push(`  what changed most vs ${baseLabel(report)}:`);
  for (const row of changed.slice(0, CHANGED_ROWS)) {
    const where = row.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${row.line})` : '';
    const platforms = Object.entries(row.platforms).map(([p, c]) => `${p} ${formatDelta({ bytes: c.delta }, false)} ${c.status}`);
    lines.push(`    ${cut(row.instruction, 80)}${where}: ${platforms.join(', ')}`);
  }
  lines.push(...whereText(report));
  if (report.attestations.count > 0) lines.push(`  ${report.attestations.count} attestation manifests (${formatBytes(report.attestations.bytes)}) not counted`);
  return lines.join('\n');
}

/** The `sizes` output: exact bytes. */
export function sizesJson(report: SizeReport, gates: GateResult[]): string {
  return JSON.stringify({
    image: report.image,
    digest: report.digest,
    // `build`: measured from what the build wrote, not read from a registry (nothing was pushed).
    source: report.source,
    unit: 'bytes',
    platforms: Object.fromEntries(
      report.platforms.map(p => [
        p.platform,
        {
          digest: p.digest,
          compressed: p.compressed,
          uncompressed: p.uncompressed ?? null,
          layers: p.layers,
          base: p.base ? { digest: p.base.digest, compressed: p.base.compressed, uncompressed: p.base.uncompressed ?? null, layers: p.base.layers } : null,
          delta: p.delta ? { bytes: p.delta.bytes, percent: p.delta.percent ?? null } : null,
          // Per instruction against the baseline (null without one): what changed, and which line made it.
          changes:
            report.layerChanges[p.platform]?.map(c => ({
              instruction: c.instruction,
              origin: c.origin,
              line: c.line ?? null,
              status: c.status,
              base: c.base ?? null,
              current: c.current ?? null,
              delta: c.delta
            })) ?? null,
          // Where the bytes are, only when size-analysis: files read the layers.
          ...(report.files?.[p.platform] ? { files: whereJson(report.files[p.platform]) } : {})
        }
      ])
    ),
    registryBytes: report.registryBytes,
    registryDelta: report.registryDelta?.bytes ?? null,
    dockerfile: report.dockerfile?.path ?? null,
    attestations: report.attestations,
    baseline: report.baseline,
    gates: gates.map(g => ({ name: g.name, limit: g.limit, passed: g.passed ?? null, failures: g.failures }))
  });
}
