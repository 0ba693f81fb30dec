/**
 * The size trend drawn (issue 31): the last builds' compressed sizes as a Mermaid
 * `xychart-beta` block, which GitHub renders in Markdown with no image hosting. Pure.
 */
import type { SizePoint } from '../plan/size-history.js';
import type { ImageFacts } from '../readback/image.js';
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

/** What a PR comment holds at most (markdown.ts's MARKDOWN_MAX_CHARS: GitHub takes 65,536 characters, with the marker and a footer). */
const COMMENT_MAX_CHARS = 60_000;

/** The size report with the chart below it, or without it when both would not fit in a comment. */
export function withTrend(markdown: string, chart: string, maxChars = COMMENT_MAX_CHARS): string {
  return chart && markdown.length + 1 + chart.length <= maxChars ? `${markdown}\n${chart}` : markdown;
}
