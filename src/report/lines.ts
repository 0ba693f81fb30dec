/**
 * Which Dockerfile instruction, and which line, made each layer of an image. Pure.
 *
 * The source is the image config's `history`, not BuildKit's provenance. Every image config
 * carries a history, whoever built it: the baseline may come from any builder, or from a
 * BuildKit build without provenance (`provenance: false`, `mode=min`, a loaded image), and
 * provenance carries source locations only in `mode=max`, as an extra attestation manifest
 * and blob per platform to fetch, while the config is already read for every platform. The
 * history's entries without `empty_layer` are the manifest's layers, one each, in order, and
 * the base image's entries come first (a stage starts from its base's config). What history
 * lacks is the line: it comes from the Dockerfile hoist already read. The target stage and
 * the stages it is built `FROM` make the last entries of the history, one per instruction
 * (BuildKit records every instruction but FROM), so the two are laid side by side from the
 * end and checked keyword by keyword; when they disagree (ONBUILD triggers, another
 * Dockerfile), each entry is matched by its text instead, and what matches nothing, or
 * several lines alike, is named so, never guessed.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/dockerfile2llb/convert.go.
 */
import { jsonArray, type Instruction, type ParsedDockerfile, type Stage } from '../dockerfile/parse.js';

/** One entry of an image config's history. */
export interface HistoryEntry {
  createdBy: string;
  emptyLayer: boolean;
}

/** What hoist knows of the build that made the image. */
export interface LineSource {
  dockerfile: ParsedDockerfile;
  /** The `target` input; empty for the last stage. */
  target: string;
  /** The names given in `build-contexts`: a FROM naming one starts from another build's image. */
  contexts: string[];
}

/** Where a history entry came from. */
export type EntryOrigin =
  /** The base image of the chain's first stage, named on its FROM line. */
  | { kind: 'base'; from: string; line: number }
  /** The base is a named build context (`--build-context`): another build, another file, made these. */
  | { kind: 'context'; from: string; line: number }
  | { kind: 'line'; line: number; instruction: string; heredoc?: true }
  /** Its text is on several lines of the Dockerfile, and the order did not tell which. */
  | { kind: 'ambiguous'; lines: number[]; instruction: string }
  | { kind: 'unmapped'; instruction: string; why: string };

/** A history entry's keyword and text, the way a Dockerfile line is compared with it. */
export function historyText(createdBy: string): { keyword: string; text: string } {
  let s = createdBy.replace(/\s*# buildkit$/, '').trim();
  // The legacy builder's forms: `/bin/sh -c #(nop) ENV …` and `/bin/sh -c make`.
  const nop = /^\/bin\/sh -c #\(nop\)\s*([\s\S]*)$/.exec(s);
  if (nop) s = nop[1];
  else if (s.startsWith('/bin/sh -c ')) s = `RUN ${s}`;
  const keyword = (/^\S+/.exec(s)?.[0] ?? '').toUpperCase();
  let rest = s.slice(keyword.length).trim();
  if (keyword === 'RUN') {
    // BuildKit writes the build args a RUN saw first: `RUN |2 A=1 B=2 /bin/sh -c make`.
    const args = /^\|(\d+)\s+/.exec(rest);
    if (args) rest = rest.slice(args[0].length).split(' ').slice(Number(args[1])).join(' ');
    rest = rest.replace(/^\/bin\/sh -c /, '');
  }
  return { keyword, text: collapse(`${keyword} ${rest}`) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The instruction as people read it: its first line, flags and all, without a heredoc's body. */
function instructionLabel(ins: Instruction): string {
  return collapse([ins.keyword, ...ins.flags, ins.args.split('\n')[0]].join(' '));
}

/** The text BuildKit records for an instruction, when hoist can tell it (RUN, COPY and ADD without heredocs). */
function expectedText(ins: Instruction): string | undefined {
  if (ins.heredocs.length > 0) return undefined;
  if (ins.keyword === 'RUN') return collapse(`RUN ${(jsonArray(ins.args)?.join(' ') ?? ins.args).replace(/^\/bin\/sh -c /, '')}`);
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') return collapse(`${ins.keyword} ${ins.args}`);
  return undefined;
}

/** Whether a history entry's text is what an instruction records; a RUN's may start with another SHELL's words. */
function sameText(recorded: string, expected: string | undefined): boolean {
  if (expected === undefined) return false;
  return recorded === expected || (expected.startsWith('RUN ') && recorded.startsWith('RUN ') && recorded.endsWith(` ${expected.slice(4)}`));
}

function findStage(stages: Stage[], name: string, before: number): Stage | undefined {
  const lower = name.toLowerCase();
  const byName = stages.find(s => s.index < before && s.name === lower);
  if (byName) return byName;
  // BuildKit also takes a stage by its index (`FROM 0`).
  return /^\d+$/.test(name) && Number(name) < before ? stages[Number(name)] : undefined;
}

/** The target stage and the stages it is built FROM, first to last; undefined when the target is not a stage of the file. */
export function stageChain(dockerfile: ParsedDockerfile, target: string): Stage[] | undefined {
  const stages = dockerfile.stages;
  let stage = target ? stages.find(s => s.name === target.toLowerCase()) : stages[stages.length - 1];
  const chain: Stage[] = [];
  while (stage && chain.length <= stages.length) {
    chain.unshift(stage);
    stage = findStage(stages, stage.base, stage.index);
  }
  return chain.length > 0 ? chain : undefined;
}

/** The origin of each entry of `history`, in order. */
export function mapHistory(history: HistoryEntry[], source: LineSource | undefined): EntryOrigin[] {
  const chain = source ? stageChain(source.dockerfile, source.target) : undefined;
  if (!source || !chain) {
    const why = source ? `the target stage is not in the Dockerfile` : 'the Dockerfile was not read';
    return history.map(h => ({ kind: 'unmapped', instruction: historyText(h.createdBy).text, why }));
  }
  const root = chain[0];
  const baseOrigin: EntryOrigin = source.contexts.includes(root.base) ? { kind: 'context', from: root.base, line: root.line } : { kind: 'base', from: root.base, line: root.line };
  const steps = chain.flatMap(s => s.instructions);
  const texts = history.map(h => historyText(h.createdBy));
  const first = history.length - steps.length;
  const expected = steps.map(expectedText);
  // Side by side: every keyword the same, and every text hoist can tell (COPY and ADD expand variables, so not theirs with a `$`).
  const agrees = (i: number): boolean => {
    const want = expected[i];
    return texts[first + i].keyword === steps[i].keyword && (want === undefined || (want.includes('$') && steps[i].keyword !== 'RUN') || sameText(texts[first + i].text, want));
  };
  if (first >= 0 && steps.every((_, i) => agrees(i))) {
    return history.map((_, i) => (i < first ? baseOrigin : lineOrigin(steps[i - first])));
  }
  return matchByText(texts, steps, expected, baseOrigin);
}

function lineOrigin(ins: Instruction): EntryOrigin {
  const origin: EntryOrigin = { kind: 'line', line: ins.line, instruction: instructionLabel(ins) };
  if (ins.heredocs.length > 0) origin.heredoc = true;
  return origin;
}

/**
 * When the history and the Dockerfile do not line up: the longest run of entries, in order,
 * whose text is the text an instruction records. Entries before the first match are the
 * base image's; the others that match nothing are named as the history names them.
 */
function matchByText(texts: Array<{ keyword: string; text: string }>, steps: Instruction[], expected: Array<string | undefined>, baseOrigin: EntryOrigin): EntryOrigin[] {
  const pairs = longestCommonRun(
    texts.map(t => t.text),
    expected,
    sameText
  );
  if (pairs.length === 0) return texts.map(t => ({ kind: 'unmapped', instruction: t.text, why: 'no line of the Dockerfile made it' }));
  const matched = new Map(pairs);
  const firstMatch = pairs[0][0];
  return texts.map((t, i) => {
    const step = matched.get(i);
    if (step === undefined) return i < firstMatch ? baseOrigin : { kind: 'unmapped', instruction: t.text, why: 'no line of the Dockerfile made it' };
    const lines = steps.filter((_, k) => sameText(t.text, expected[k])).map(s => s.line);
    return lines.length > 1 ? { kind: 'ambiguous', lines, instruction: instructionLabel(steps[step]) } : lineOrigin(steps[step]);
  });
}

/** Index pairs [i, j] of a longest common subsequence of `a` and `b` under `same`, in order. */
export function longestCommonRun<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the longest run of a[i..] and b[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = same(a[i], b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i], b[j]) && lengths[i][j] === lengths[i + 1][j + 1] + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
