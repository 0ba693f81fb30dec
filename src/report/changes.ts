/**
 * An image compared with its baseline layer by layer, per Dockerfile instruction (lines.ts
 * names the instruction), and the rows the "what changed" table and the growth annotation
 * are made from. Pure.
 *
 * The base image's layers count as one: a base bump is one change, on the FROM line. The
 * build's own layers pair with the baseline's by the history's text, in order (the longest
 * common run), so a line added or removed above another does not shift the pairs, and two
 * identical instructions pair first with first. A pair whose layer digest is the same is
 * unchanged; otherwise its compressed size grew, shrank, or stayed (changed).
 */
import type { Increase } from '../util/bytes.js';
import type { LayerFacts, PlatformImage } from '../readback/image.js';
import { historyText, longestCommonRun, mapHistory, type EntryOrigin, type LineSource } from './lines.js';

type ChangeStatus = 'added' | 'removed' | 'grown' | 'shrunk' | 'changed' | 'unchanged';

/** One instruction's layers, this build against the baseline, on one platform. */
export interface InstructionChange {
  /** The instruction as the Dockerfile writes it (its first line), else as the history does; `base image (FROM …)` for the base's layers. */
  instruction: string;
  /** base: the base image's layers; context: a base from a named build context; line: a line of the Dockerfile; ambiguous: several lines alike; unmapped: none; removed: only the baseline had it. */
  origin: 'base' | 'context' | 'line' | 'ambiguous' | 'unmapped' | 'removed';
  /** The Dockerfile line (the FROM line for base and context). */
  line?: number;
  status: ChangeStatus;
  /** Compressed bytes in the baseline and in this build; undefined where it has none. */
  base?: number;
  current?: number;
  delta: number;
}

interface Entry {
  text: string;
  origin: EntryOrigin;
  layer?: LayerFacts;
}

/** The history entries with the layer each made; one "layer N" entry per layer when the history does not line up with them. */
function entries(image: PlatformImage, origins: (history: Array<{ createdBy: string; emptyLayer: boolean }>) => EntryOrigin[]): Entry[] {
  const history = image.history ?? [];
  if (history.filter(h => !h.emptyLayer).length !== image.layers.length) {
    return image.layers.map((layer, i) => ({ text: `layer ${i + 1}`, origin: { kind: 'unmapped', instruction: `layer ${i + 1}`, why: 'the history does not line up with the layers' }, layer }));
  }
  const named = origins(history);
  let next = 0;
  return history.map((h, i) => ({ text: historyText(h.createdBy).text, origin: named[i], ...(h.emptyLayer ? {} : { layer: image.layers[next++] }) }));
}

const isBase = (o: EntryOrigin): boolean => o.kind === 'base' || o.kind === 'context';

function status(was: LayerFacts[], now: LayerFacts[]): ChangeStatus {
  if (was.length === 0) return 'added';
  if (now.length === 0) return 'removed';
  if (was.length === now.length && was.every((l, i) => l.digest === now[i].digest)) return 'unchanged';
  const delta = sum(now) - sum(was);
  return delta > 0 ? 'grown' : delta < 0 ? 'shrunk' : 'changed';
}

const sum = (layers: LayerFacts[]): number => layers.reduce((s, l) => s + l.size, 0);

/** The longest instruction text kept: a RUN of a long script stays readable, and the `sizes` output bounded. */
const INSTRUCTION_MAX = 200;

function change(instruction: string, origin: InstructionChange['origin'], line: number | undefined, was: LayerFacts[], now: LayerFacts[]): InstructionChange {
  const words = instruction.length > INSTRUCTION_MAX ? `${instruction.slice(0, INSTRUCTION_MAX - 1)}…` : instruction;
  const c: InstructionChange = { instruction: words, origin, status: status(was, now), delta: sum(now) - sum(was) };
  if (line !== undefined) c.line = line;
  if (was.length > 0) c.base = sum(was);
  if (now.length > 0) c.current = sum(now);
  return c;
}

function described(o: EntryOrigin): { instruction: string; origin: InstructionChange['origin']; line?: number } {
  switch (o.kind) {
    case 'base':
      return { instruction: `base image (FROM ${o.from})`, origin: 'base', line: o.line };
    case 'context':
      return { instruction: `build context ${o.from} (FROM ${o.from})`, origin: 'context', line: o.line };
    case 'line':
      return { instruction: o.instruction, origin: 'line', line: o.line };
    case 'ambiguous':
      return { instruction: `${o.instruction} (lines ${o.lines.join(', ')})`, origin: 'ambiguous' };
    case 'unmapped':
      return { instruction: o.instruction, origin: 'unmapped' };
  }
}

/** What made each layer of an image, in the manifest's order: its instruction and line, as compareLayers names them. */
export function layerNames(image: PlatformImage, source: LineSource | undefined): Array<{ instruction: string; line?: number }> {
  return entries(image, h => mapHistory(h, source))
    .filter(e => e.layer)
    .map(e => {
      const d = described(e.origin);
      return d.line !== undefined ? { instruction: d.instruction, line: d.line } : { instruction: d.instruction };
    });
}

/** This build's layers against the baseline's, per instruction, in this build's order, then what only the baseline had. */
export function compareLayers(current: PlatformImage, baseline: PlatformImage, source: LineSource | undefined): InstructionChange[] {
  const now = entries(current, h => mapHistory(h, source));
  // The baseline's entries are named through the build's: the Dockerfile may have changed since.
  const was = entries(baseline, h => h.map((): EntryOrigin => ({ kind: 'unmapped', instruction: '', why: 'baseline' })));
  const pairs = longestCommonRun(now, was, (a, b) => a.text === b.text);
  const pairedWith = new Map(pairs.map(([i, j]) => [j, i]));
  const partner = new Map(pairs);
  // Before the first entry the build made itself, an entry of the baseline's that pairs with nothing is its base's (a bump changes those).
  const mapped = now.some(e => e.origin.kind !== 'unmapped');
  const firstOwn = pairs.find(([i]) => !isBase(now[i].origin))?.[1] ?? was.length;
  const baseOrigin = now.find(e => isBase(e.origin))?.origin;
  const wasBase = (j: number): boolean => {
    const i = pairedWith.get(j);
    return i !== undefined ? isBase(now[i].origin) : mapped && j < firstOwn;
  };

  const changes: InstructionChange[] = [];
  const baseNow = now.filter(e => isBase(e.origin) && e.layer).map(e => e.layer!);
  const baseWas = was.filter((e, j) => wasBase(j) && e.layer).map(e => e.layer!);
  if (baseNow.length > 0 || baseWas.length > 0) {
    const d = baseOrigin ? described(baseOrigin) : { instruction: 'base image', origin: 'base' as const };
    changes.push(change(d.instruction, d.origin, d.line, baseWas, baseNow));
  }
  now.forEach((e, i) => {
    if (isBase(e.origin) || !e.layer) return;
    const j = partner.get(i);
    const before = j !== undefined ? was[j].layer : undefined;
    const d = described(e.origin);
    changes.push(change(d.instruction, d.origin, d.line, before ? [before] : [], [e.layer]));
  });
  was.forEach((e, j) => {
    if (!e.layer || wasBase(j)) return;
    const i = pairedWith.get(j);
    if (i !== undefined && now[i].layer) return;
    changes.push(change(e.text, 'removed', undefined, [e.layer], []));
  });
  return changes;
}

/** One row of the "what changed" table: an instruction, and its change on each platform. */
export interface ChangedRow {
  instruction: string;
  origin: InstructionChange['origin'];
  line?: number;
  platforms: Record<string, { status: ChangeStatus; delta: number }>;
}

/** The same instruction across platforms: a line by its number, the base by itself, anything else by its words. */
function rowKey(c: InstructionChange): string {
  if (c.origin === 'base' || c.origin === 'context') return 'base';
  return c.origin === 'line' ? `line:${c.line}` : `${c.origin}:${c.instruction}`;
}

/** The instructions whose layers changed, the largest change on any platform first. */
export function changedRows(changes: Record<string, InstructionChange[]>): ChangedRow[] {
  const rows = new Map<string, ChangedRow>();
  for (const [platform, list] of Object.entries(changes)) {
    for (const c of list) {
      if (c.status === 'unchanged') continue;
      const key = rowKey(c);
      const row = rows.get(key) ?? { instruction: c.instruction, origin: c.origin, ...(c.line !== undefined ? { line: c.line } : {}), platforms: {} };
      const had = row.platforms[platform];
      // Two unmapped layers of the same words on one platform add up.
      row.platforms[platform] = had ? { status: had.status, delta: had.delta + c.delta } : { status: c.status, delta: c.delta };
      rows.set(key, row);
    }
  }
  const largest = (r: ChangedRow): number => Math.max(...Object.values(r.platforms).map(p => Math.abs(p.delta)));
  return [...rows.values()].sort((a, b) => largest(b) - largest(a) || (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** The line to annotate: the one whose layer grew most on any platform, when some platform grew more than `threshold`. */
export function growthToAnnotate(
  rows: ChangedRow[],
  platforms: Array<{ platform: string; delta?: { bytes: number; percent?: number } }>,
  threshold: Increase | undefined
): { row: ChangedRow; grewOn: string[] } | undefined {
  if (!threshold) return undefined;
  const over = (d: { bytes: number; percent?: number }): boolean => ('percent' in threshold ? d.bytes > 0 && (d.percent ?? Infinity) > threshold.percent : d.bytes > threshold.bytes);
  const grewOn = platforms.filter(p => p.delta && over(p.delta)).map(p => p.platform);
  if (grewOn.length === 0) return undefined;
  const grown = (r: ChangedRow): number => Math.max(...Object.values(r.platforms).map(p => p.delta));
  const row = rows.filter(r => r.line !== undefined && grown(r) > 0).sort((a, b) => grown(b) - grown(a))[0];
  return row ? { row, grewOn } : undefined;
}
