/**
 * The size trend drawn (issue 31): the last builds' compressed sizes as a Mermaid
 * `xychart-beta` block, which GitHub renders in Markdown with no image hosting. Pure.
 */
import type { SizePoint } from '../plan/size-history.js';
import type { ImageFacts } from '../readback/image.js';
import { formatBytes } from '../util/bytes.js';
import { code } from './cells.js';
import { formatDelta } from './format.js';
import { platformSize } from './sizes.js';

/** Lines drawn at most: xychart-beta has no legend, and more lines than colours say nothing. */
const MAX_LINES = 6;

/** The point this build makes, from what was read back (or measured). */
export function pointOf(image: ImageFacts, commit: string, time: Date): SizePoint {
  const platforms: SizePoint['platforms'] = {};
  for (const p of image.platforms) {
    const s = platformSize(p);
    platforms[p.platform] = { compressed: s.compressed, unpacked: s.uncompressed ?? null, layers: s.layers };
  }
  return { commit, time: time.toISOString(), digest: image.digest, platforms };
}

/** `size-trend`: how many builds to draw; 0 for none ('none', '0' or empty). */
export function trendLength(input: string | undefined): number {
  const n = /^\d+$/.test((input ?? '').trim()) ? Number(input) : 0;
  return Number.isSafeInteger(n) ? n : 0;
}

const mb = (bytes: number): string => String(Math.round(bytes / 1000) / 1000);

/** Short commit shas as x labels, a repeat (the same commit built again) told apart by a count. */
function labels(points: SizePoint[]): string[] {
  const seen = new Map<string, number>();
  return points.map(p => {
    const short = p.commit.slice(0, 7);
    const n = (seen.get(short) ?? 0) + 1;
    seen.set(short, n);
    return n === 1 ? short : `${short}·${n}`;
  });
}

/**
 * The chart of the last `count` points (oldest first; the last is this build), one line per
 * platform of this build, in compressed MB (10^6 bytes). Earlier builds that lack one of
 * those platforms are left out, said below the chart (a line cannot skip a point).
 * Empty when fewer than two points remain or `count` is 0.
 */
export function trendMarkdown(points: SizePoint[], count: number, thisBuild: string): string {
  if (count < 2 || points.length < 2) return '';
  const current = points[points.length - 1];
  const platforms = Object.keys(current.platforms).sort();
  const shown = platforms.slice(0, MAX_LINES);
  const complete = points.filter(p => shown.every(name => p.platforms[name] !== undefined));
  const drawn = complete.slice(-count);
  if (drawn.length < 2) return '';
  const lines = [
    `#### Size trend · last ${drawn.length} builds`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Compressed size (MB), ${thisBuild} last"`,
    `  x-axis [${labels(drawn)
      .map(l => `"${l}"`)
      .join(', ')}]`,
    '  y-axis "compressed (MB)"'
  ];
  for (const name of shown) lines.push(`  line [${drawn.map(p => mb(p.platforms[name].compressed)).join(', ')}]`);
  lines.push('```', '');
  const notes = [`Lines, in the chart's colour order: ${shown.map(p => `\`${p}\``).join(', ')}.`];
  if (platforms.length > shown.length) notes.push(`${platforms.length - shown.length} more platform(s) not drawn.`);
  const older = points.length - complete.length;
  if (older > 0 && drawn.length < count) notes.push(`${older} earlier build(s) without every one of these platforms left out.`);
  lines.push(`_${notes.join(' ')}_`, '');
  return lines.join('\n');
}

/**
 * The last `count` points as a table, for a terminal (hoist-sizes --size-trend), where a chart
 * is no use: oldest first, each build's commit, time (UTC, to the minute) and per platform its
 * compressed size and the change from the build before it in the history (shown or not).
 * `current` is the digest of the image reported on, said below the table when it is one of them.
 */
export function trendTable(points: SizePoint[], count: number, where: string, current?: string): string {
  const first = Math.max(0, points.length - count);
  const shown = points.slice(first);
  const head = `#### Size trend · ${code(where)}`;
  if (count < 1 || shown.length === 0) return [head, '', "No build recorded yet: pushes on the default branch record theirs (the step's `size-trend`).", ''].join('\n');
  const platforms = [...new Set(shown.flatMap(p => Object.keys(p.platforms)))].sort();
  const lines = [
    head,
    '',
    `The last ${shown.length} build(s) recorded, oldest first (compressed; Δ vs the build before).`,
    '',
    `| commit | time (UTC) | ${platforms.map(p => `${p} | Δ`).join(' | ')} |`,
    `|---|---|${platforms.map(() => '---:|---:|').join('')}`
  ];
  shown.forEach((point, i) => {
    const before = points[first + i - 1] as SizePoint | undefined;
    const cells = platforms.map(name => {
      const now = point.platforms[name];
      const then = before?.platforms[name];
      if (!now) return '— | ';
      return `${formatBytes(now.compressed)} | ${then ? formatDelta({ bytes: now.compressed - then.compressed }, false) : '—'}`;
    });
    lines.push(`| ${code(point.commit.slice(0, 7))} | ${point.time.slice(0, 16).replace('T', ' ')} | ${cells.join(' | ')} |`);
  });
  lines.push('');
  const at = current === undefined ? -1 : shown.map(p => p.digest).lastIndexOf(current);
  lines.push(at >= 0 ? `_The image reported on is build ${at + 1} of these (commit ${code(shown[at].commit.slice(0, 7))})._` : '_The image reported on is not among these builds._', '');
  return lines.join('\n');
}

/** What a PR comment holds at most (markdown.ts's MARKDOWN_MAX_CHARS: GitHub takes 65,536 characters, with the marker and a footer). */
const COMMENT_MAX_CHARS = 60_000;

/** The size report with the chart below it, or without it when both would not fit in a comment. */
export function withTrend(markdown: string, chart: string, maxChars = COMMENT_MAX_CHARS): string {
  return chart && markdown.length + 1 + chart.length <= maxChars ? `${markdown}\n${chart}` : markdown;
}
