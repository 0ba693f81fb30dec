/**
 * Every YAML example in README.md and docs/**\/*.md parses, and every step that uses hoist
 * (the placeholder `OWNER/hoist@v0`, or `./`) gives only inputs action.yml declares and reads
 * only outputs it declares (`steps.<id>.outputs.<name>`). A block that is not a whole
 * workflow must say so on its first line (`# fragment…`): it is then read as a list of steps.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const HOIST = /^(OWNER\/hoist@v0|\.\/?)$/;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(e => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(rel);
    return e.name.endsWith('.md') ? [rel] : [];
  });
}

/** Every ```yaml (or ```yml) block, with where it starts. */
const blocks = ['README.md', ...markdownFiles('docs').sort()].flatMap(file => {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const found: Array<{ where: string; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    found.push({ where: `${file}:${i + 1}`, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
});

/** The steps of a block: every job's, or the fragment's own list. */
function stepsOf(text: string): Step[] {
  const doc = parse(text) as unknown;
  if (/^# fragment\b/.test(text)) {
    expect(Array.isArray(doc)).toBe(true);
    return doc as Step[];
  }
  const workflow = doc as { on?: unknown; jobs?: Record<string, { steps?: Step[] }> };
  // An unmarked block must be a whole workflow: no silent skips.
  expect(Object.keys(workflow ?? {})).toEqual(expect.arrayContaining(['on', 'jobs']));
  return Object.values(workflow.jobs!).flatMap(j => j.steps ?? []);
}

describe('the YAML examples in README.md and docs/', () => {
  it('are there: the quick start and the docs pages', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    expect(blocks[0].where).toMatch(/^README\.md:/);
  });

  it.each(blocks.map(b => [b.where, b.text]))('%s parses, and its hoist steps use only inputs and outputs action.yml declares', (_where, text) => {
    const steps = stepsOf(text);
    const hoist = steps.filter(s => HOIST.test(s.uses ?? ''));
    expect(hoist.length).toBeGreaterThan(0);
    const unknownInputs = hoist.flatMap(s => Object.keys(s.with ?? {}).filter(k => !(k in action.inputs)));
    expect(unknownInputs).toEqual([]);
    const ids = new Set(hoist.map(s => s.id).filter(Boolean));
    const read = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter(m => ids.has(m[1])).map(m => m[2]);
    expect(read.filter(name => !(name in action.outputs))).toEqual([]);
    // Every steps.<id> read names a step of the block.
    const allIds = new Set(steps.map(s => s.id).filter(Boolean));
    expect([...text.matchAll(/steps\.([\w-]+)\./g)].map(m => m[1]).filter(id => !allIds.has(id))).toEqual([]);
  });
});
