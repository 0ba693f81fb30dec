/**
 * docs/switching.md maps every input, output and switch of docker's five actions to hoist's.
 * The lists below are docker's (read from each action's action.yml at the version named);
 * the page must cover each exactly once, and every hoist name it gives must exist.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url);
const page = fs.readFileSync(new URL('docs/switching.md', ROOT), 'utf8');
/** The environment switches hoist reads are read in one file. */
const runEnv = fs.readFileSync(new URL('src/runner/env.ts', ROOT), 'utf8');
const action = parse(fs.readFileSync(new URL('action.yml', ROOT), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

/** docker's names, per action: inputs, then `output x`, then environment switches. */
const DOCKER: Record<string, string[]> = {
  'build-push-action (v7)': [
    ...['add-hosts', 'allow', 'annotations', 'attests', 'build-args', 'build-contexts', 'builder', 'cache-from', 'cache-to', 'call', 'cgroup-parent', 'context', 'file', 'labels'],
    ...['load', 'network', 'no-cache', 'no-cache-filters', 'outputs', 'platforms', 'provenance', 'pull', 'push', 'sbom', 'secrets', 'secret-envs', 'secret-files', 'shm-size'],
    ...['ssh', 'tags', 'target', 'ulimit', 'github-token', 'output imageid', 'output digest', 'output metadata'],
    ...['DOCKER_BUILD_SUMMARY', 'DOCKER_BUILD_CHECKS_ANNOTATIONS', 'DOCKER_BUILD_RECORD_UPLOAD', 'DOCKER_BUILD_RECORD_RETENTION_DAYS']
  ],
  'setup-buildx-action (v4)': [
    ...['version', 'driver', 'driver-opts', 'buildkitd-flags', 'buildkitd-config', 'buildkitd-config-inline', 'endpoint', 'append', 'name', 'use', 'keep-state', 'cleanup'],
    ...['cache-binary', 'platforms', 'output name', 'output driver', 'output platforms', 'output nodes']
  ],
  'setup-qemu-action (v4)': ['image', 'platforms', 'cache-image', 'output platforms'],
  'login-action (v4)': ['registry', 'username', 'password', 'scope', 'ecr', 'logout', 'registry-auth'],
  'metadata-action (v6)': [
    ...['context', 'images', 'tags', 'flavor', 'labels', 'annotations', 'sep-tags', 'sep-labels', 'sep-annotations', 'bake-target', 'github-token'],
    ...['output version', 'output tags', 'output tag-names', 'output labels', 'output annotations', 'output json'],
    ...['output bake-file', 'output bake-file-tags', 'output bake-file-labels', 'output bake-file-annotations'],
    ...['DOCKER_METADATA_PR_HEAD_SHA', 'DOCKER_METADATA_SHORT_SHA_LENGTH', 'DOCKER_METADATA_ANNOTATIONS_LEVELS']
  ]
};

interface Row {
  docker: string;
  hoist: string;
  status: string;
  note: string;
}

/** The rows of the table under each `## <action>` heading. */
function tables(): Record<string, Row[]> {
  const out: Record<string, Row[]> = {};
  for (const section of page.split(/^## /m).slice(1)) {
    const [heading, ...lines] = section.split('\n');
    const rows = lines.filter(l => l.startsWith('| ') && !l.startsWith('| docker') && !l.startsWith('|---'));
    out[heading.trim()] = rows.map(l => {
      const [docker, hoist, status, note] = l
        .split(' | ')
        .map(c => c.replace(/^\| ?| ?\|$/g, '').trim())
        .map(c => c.replace(/`/g, ''));
      return { docker, hoist, status, note };
    });
  }
  return out;
}

describe('docs/switching.md', () => {
  const found = tables();

  it.each(Object.entries(DOCKER))('covers each name of %s exactly once', (heading, names) => {
    expect(found[heading]?.map(r => r.docker)).toEqual(names);
  });

  it.each(Object.entries(DOCKER))('gives every row of %s a status, and a reason to each departure or n/a', heading => {
    for (const row of found[heading] ?? []) {
      expect([row.docker, ['same', 'renamed', 'departure', 'n/a'].includes(row.status)]).toEqual([row.docker, true]);
      if (row.status === 'departure' || row.status === 'n/a') expect([row.docker, row.note.length > 20]).toEqual([row.docker, true]);
      if (row.status === 'same') expect([row.docker, row.hoist]).toEqual([row.docker, row.docker.replace(/^output /, '')]);
    }
  });

  it.each(Object.entries(DOCKER))("names in %s only what hoist has: action.yml's inputs and outputs, the switches RunEnv reads", heading => {
    for (const row of found[heading] ?? []) {
      if (row.hoist === '—') {
        expect([row.docker, row.status]).toEqual([row.docker, 'n/a']);
      } else if (/^[A-Z_]+$/.test(row.hoist)) {
        expect([row.hoist, runEnv.includes(`env.${row.hoist}`)]).toEqual([row.hoist, true]);
      } else {
        const where = row.docker.startsWith('output ') ? action.outputs : action.inputs;
        expect([row.docker, row.hoist in where]).toEqual([row.docker, true]);
      }
    }
  });

  it('lists the departures in one place, each with its reason', () => {
    const departures = page.split(/^## Departures$/m)[1] ?? '';
    const items = [...departures.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map(m => m[1]);
    expect(items.length).toBeGreaterThanOrEqual(
      Object.values(found)
        .flat()
        .filter(r => r.status === 'departure').length
    );
  });
});
