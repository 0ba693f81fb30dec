import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readStoredBuilder, selectedBuilderName } from '../../../src/buildx/store.js';
import { readRunEnv, type RunEnv } from '../../../src/runner/env.js';

function store(files: Record<string, string>): RunEnv {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buildx-store-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return readRunEnv({ BUILDX_CONFIG: dir });
}

// Shaped as buildx v0.36 writes them (`docker buildx create --name hoist --driver remote …`).
const INSTANCE = JSON.stringify({
  Name: 'hoist',
  Driver: 'remote',
  Nodes: [
    { Name: 'hoist0', Endpoint: 'unix:///run/buildkit/buildkitd.sock', Platforms: null, DriverOpts: null, Flags: null, Files: null },
    {
      Name: 'hoist1',
      Endpoint: 'tcp://arm:1234',
      Platforms: [
        { architecture: 'arm64', os: 'linux' },
        { architecture: 'arm', os: 'linux', variant: 'v7' }
      ]
    }
  ],
  Dynamic: false
});

describe('buildx store', () => {
  it('picks the input, then BUILDX_BUILDER, then the current builder, then default', () => {
    const env = store({ current: '{"Key":"unix:///var/run/docker.sock","Name":"hoist","Global":true}' });
    expect(selectedBuilderName('mine', env)).toBe('mine');
    expect(selectedBuilderName('', { ...env, buildxBuilder: 'fromenv' })).toBe('fromenv');
    expect(selectedBuilderName('', env)).toBe('hoist');
    expect(selectedBuilderName('', store({}))).toBe('default');
  });

  it('reads driver, nodes and their configured platforms', () => {
    const env = store({ 'instances/hoist': INSTANCE });
    expect(readStoredBuilder('Hoist', env)).toEqual({
      name: 'hoist',
      driver: 'remote',
      nodes: [
        { name: 'hoist0', endpoint: 'unix:///run/buildkit/buildkitd.sock', platforms: [] },
        { name: 'hoist1', endpoint: 'tcp://arm:1234', platforms: ['linux/arm64', 'linux/arm/v7'] }
      ]
    });
  });

  it('knows nothing of builders it has no record of', () => {
    expect(readStoredBuilder('default', store({}))).toBeUndefined();
    expect(readStoredBuilder('broken', store({ 'instances/broken': '{not json' }))).toBeUndefined();
  });
});
