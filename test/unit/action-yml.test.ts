import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { parse } from 'yaml';
import { INPUT_KINDS, parseBoolean } from '../../src/inputs/inputs.js';

const action = parse(fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const bpaInputs = [
  'add-hosts',
  'allow',
  'annotations',
  'attests',
  'build-args',
  'build-contexts',
  'builder',
  'cache-from',
  'cache-to',
  'call',
  'cgroup-parent',
  'context',
  'file',
  'labels',
  'load',
  'network',
  'no-cache',
  'no-cache-filters',
  'outputs',
  'platforms',
  'provenance',
  'pull',
  'push',
  'sbom',
  'secrets',
  'secret-envs',
  'secret-files',
  'shm-size',
  'ssh',
  'tags',
  'target',
  'ulimit',
  'github-token'
];

describe('action.yml', () => {
  it('declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_KINDS).sort());
  });
  it('keeps every docker/build-push-action input name, so switching is a one-line change', () => {
    for (const name of bpaInputs) expect(action.inputs).toHaveProperty([name]);
    for (const name of ['imageid', 'digest', 'metadata']) expect(action.outputs).toHaveProperty([name]);
  });
  it('gives booleans the default parseInputs assumes for an empty value', () => {
    for (const [name, kind] of Object.entries(INPUT_KINDS)) {
      if (kind === 'boolean') expect([name, action.inputs[name].default]).toEqual([name, String(parseBoolean(name, ''))]);
    }
  });
  it('runs on node24 with a post step', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });
});
