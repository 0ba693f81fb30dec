/**
 * "Where the bytes are" (`size-analysis: files`): per platform, the largest files of the
 * layers that changed against the baseline (every layer when there is none), and the bytes
 * wasted by file copies a later layer overwrites or deletes; for the `sizes` output, the
 * job summary and the pull request comment, and the log. Pure: the files were read back
 * (readback/files.ts); changes.ts names each layer's instruction and line.
 */
import type { FileSize } from '../readback/files.js';
import type { ImageFacts, PlatformImage } from '../readback/image.js';
import { formatBytes } from '../util/bytes.js';
import { layerNames } from './changes.js';
import { code, cut, lineCell } from './cells.js';
import type { LineSource } from './lines.js';

/** A layer of the manifest (1 = the first) and what made it. */
interface LayerName {
  layer: number;
  instruction: string;
  line?: number;
}

export interface PlatformWhere {
  /** True when a baseline was compared: `layers` are the changed ones; else every layer. */
  changedOnly: boolean;
  /** The listed layers with their largest files, in the manifest's order. */
  layers: Array<LayerName & { digest: string; files: number; bytes: number; largest: FileSize[] }>;
  /** Undefined when a layer was not analysed: what it held may be hidden later, or hide what came before. */
  wasted?: { bytes: number; fileBytes: number; largest: Array<FileSize & { how: 'overwritten' | 'deleted'; addedBy: LayerName; hiddenBy: LayerName }> };
  notAnalysed: Array<{ layer: number; digest: string; reason: string }>;
}

/** What the markdown and the log are made from: the report's `files`, and where its Dockerfile is. */
export interface WhereReport {
  files?: Record<string, PlatformWhere>;
  dockerfile?: { path: string; url?: string };
}

/** At most this many layers listed per platform (the ones with the most file bytes), and characters of a path. */
const LAYERS_MAX = 10;
const PATH_MAX = 256;
/** The markdown shows fewer: layers and files per layer, and wasted files. */
const MD_LAYERS = 5;
const MD_FILES = 5;

const short = (f: FileSize): FileSize => ({ path: cut(f.path, PATH_MAX), size: f.size });

function platformWhere(p: PlatformImage, base: PlatformImage | undefined, lines: LineSource | undefined): PlatformWhere | undefined {
  const files = p.files;
  if (!files) return undefined;
  const names = layerNames(p, lines);
  const name = (i: number): LayerName => ({ layer: i + 1, ...(names[i] ?? { instruction: `layer ${i + 1}` }) });
  const before = base ? new Set(base.layers.map(l => l.digest)) : undefined;
  const where: PlatformWhere = { changedOnly: before !== undefined, layers: [], notAnalysed: [] };
  const listed: PlatformWhere['layers'] = [];
  files.layers.forEach((f, i) => {
    const digest = p.layers[i].digest;
    if ('notAnalysed' in f) where.notAnalysed.push({ layer: i + 1, digest, reason: f.notAnalysed });
    else if (!before?.has(digest)) listed.push({ ...name(i), digest, files: f.files, bytes: f.bytes, largest: f.largest.map(short) });
  });
  const kept = new Set([...listed].sort((a, b) => b.bytes - a.bytes).slice(0, LAYERS_MAX));
  where.layers = listed.filter(l => kept.has(l));
  if (files.wasted) {
    const w = files.wasted;
    where.wasted = { bytes: w.bytes, fileBytes: w.fileBytes, largest: w.largest.map(f => ({ ...short(f), how: f.how, addedBy: name(f.layer), hiddenBy: name(f.hiddenBy) })) };
  }
  return where;
}

/** Per platform, where its bytes are; undefined when no platform's files were read. */
export function whereTheBytesAre(image: ImageFacts, baseline: ImageFacts | undefined, lines: LineSource | undefined): Record<string, PlatformWhere> | undefined {
  const out: Record<string, PlatformWhere> = {};
  for (const p of image.platforms) {
    const where = platformWhere(
      p,
      baseline?.platforms.find(b => b.platform === p.platform),
      lines
    );
    if (where) out[p.platform] = where;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const percent = (part: number, whole: number): string => (whole > 0 ? ` (${((part / whole) * 100).toFixed(1)} %)` : '');

const layerText = (n: LayerName): string => `layer ${n.layer} ${cut(n.instruction, 60)}`;

/** The listed layers with the most file bytes, at most MD_LAYERS. */
const biggest = (w: PlatformWhere): PlatformWhere['layers'] => [...w.layers].sort((a, b) => b.bytes - a.bytes).slice(0, MD_LAYERS);

/** The `sizes` output's `files` of one platform (exact bytes). */
export function whereJson(where: PlatformWhere): unknown {
  return {
    changedOnly: where.changedOnly,
    wasted: where.wasted ? { bytes: where.wasted.bytes, fileBytes: where.wasted.fileBytes, files: where.wasted.largest } : null,
    layers: where.layers,
    notAnalysed: where.notAnalysed
  };
}

/** The wasted cell of the summary table: the bytes and their share of the files' bytes, or why they are not known. */
function wastedCell(where: PlatformWhere): string {
  if (!where.wasted) return `not known: layer ${where.notAnalysed.map(n => n.layer).join(', ')} not analysed`;
  return where.wasted.bytes === 0 ? 'none' : `${formatBytes(where.wasted.bytes)}${percent(where.wasted.bytes, where.wasted.fileBytes)}`;
}

/**
 * The markdown blocks: first the summary table (one row per platform), then one
 * `<details>` per platform; sizeMarkdown keeps as many as fit the comment.
 */
export function whereMarkdown(report: WhereReport): string[][] {
  const files = report.files;
  if (!files) return [];
  const platforms = Object.keys(files).sort();
  const summary = [
    '#### Where the bytes are',
    '',
    'Unpacked bytes of the files in the layers (`size-analysis: files`). Wasted: file copies a later layer overwrites or deletes, which a pull still downloads.',
    '',
    '| platform | in files | wasted | largest wasted file |',
    '|---|---:|---:|---|'
  ];
  for (const platform of platforms) {
    const w = files[platform];
    const top = w.wasted?.largest[0];
    const largest = top ? `${code(cut(top.path, 80))} ${formatBytes(top.size)}, ${top.how} by layer ${top.hiddenBy.layer}` : '—';
    summary.push(`| ${platform} | ${w.wasted ? formatBytes(w.wasted.fileBytes) : 'n/a'} | ${wastedCell(w)} | ${largest} |`);
  }
  summary.push('');
  const details = platforms.map(platform => {
    const w = files[platform];
    const what = w.changedOnly ? `the ${w.layers.length} layer(s) that changed` : 'the largest layers';
    const block = [`<details><summary>Largest files on ${platform}, in ${what}</summary>`, ''];
    if (w.layers.length > 0) {
      block.push('| layer (Dockerfile instruction) | line | file | size |', '|---|---|---|---:|');
      for (const l of biggest(w)) {
        l.largest.slice(0, MD_FILES).forEach((f, i) => {
          const layer = i === 0 ? `${l.layer} ${code(cut(l.instruction, 60))}` : '';
          block.push(`| ${layer} | ${i === 0 ? lineCell(report, l.line) : ''} | ${code(cut(f.path, 100))} | ${formatBytes(f.size)} |`);
        });
        if (l.largest.length === 0) block.push(`| ${l.layer} ${code(cut(l.instruction, 60))} | ${lineCell(report, l.line)} | _no file_ | |`);
      }
      block.push('');
    }
    if (w.wasted && w.wasted.largest.length > 0) {
      block.push('| wasted file | size | added by | hidden by |', '|---|---:|---|---|');
      for (const f of w.wasted.largest.slice(0, MD_FILES)) {
        const by = (n: LayerName) => `${n.layer} ${code(cut(n.instruction, 40))} ${n.line !== undefined ? lineCell(report, n.line) : ''}`.trim();
        block.push(`| ${code(cut(f.path, 100))} | ${formatBytes(f.size)} | ${by(f.addedBy)} | ${f.how}: ${by(f.hiddenBy)} |`);
      }
      block.push('');
    }
    for (const n of w.notAnalysed) block.push(`_Layer ${n.layer} was not analysed: ${cut(n.reason, 200).replace(/[_*`|<>]/g, ' ')}._`, '');
    block.push('</details>', '');
    return block;
  });
  return [summary, ...details];
}

/** The same for the log. */
export function whereText(report: WhereReport): string[] {
  if (!report.files) return [];
  const lines = ['  where the bytes are (unpacked file bytes; wasted: copies a later layer overwrites or deletes):'];
  for (const [platform, w] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const top = w.wasted?.largest[0];
    const wasted = w.wasted ? `${formatBytes(w.wasted.fileBytes)} in files, ${formatBytes(w.wasted.bytes)} wasted${percent(w.wasted.bytes, w.wasted.fileBytes)}` : wastedCell(w);
    lines.push(`    ${platform}: ${wasted}${top ? `; largest: ${top.path} ${formatBytes(top.size)} (${layerText(top.addedBy)}, ${top.how} by layer ${top.hiddenBy.layer})` : ''}`);
    for (const l of biggest(w)) {
      const where = l.line !== undefined ? ` (${report.dockerfile?.path ?? 'Dockerfile'}:${l.line})` : '';
      lines.push(
        `      ${layerText(l)}${where}: ${
          l.largest
            .slice(0, 3)
            .map(f => `${f.path} ${formatBytes(f.size)}`)
            .join(', ') || 'no file'
        }`
      );
    }
  }
  return lines;
}
