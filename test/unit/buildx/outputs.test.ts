/**
 * setup-buildx-action's outputs from `docker buildx inspect` text (buildx v0.36.1's
 * layout), in actions-toolkit's NodeInfo JSON.
 */
import { describe, expect, it } from '@jest/globals';
import { builderOutputs, inspectOutputs, parseInspectNodes } from '../../../src/buildx/outputs.js';
import { ok, scriptedExec } from '../../helpers/exec.js';

const remote = `Name:          hoist
Driver:        remote
Last Activity: 2026-12-07 19:32:26 +0000 UTC

Nodes:
Name:             hoist0
Endpoint:         unix:///run/buildkit/buildkitd.sock
Status:           running
BuildKit version: v0.32.2
Platforms:        linux/amd64, linux/arm64, linux/amd64/v2
Labels:
 org.mobyproject.buildkit.worker.executor:         oci
 org.mobyproject.buildkit.worker.network:          host
GC Policy rule#0:
 All:            false
 Filters:        type==source.local,type==exec.cachemount
 Keep Duration:  48h0m0s
 Max Used Space: 488.3MiB
GC Policy rule#1:
 All:            true
 Reserved Space: 9.313GiB
`;

const twoNodes = `Name:   multi
Driver: docker-container
Last Activity: 2026-12-07 19:32:26 +0000 UTC

Nodes:
Name:                  multi0
Endpoint:              unix:///var/run/docker.sock
Driver Options:        network="host" image="127.0.0.1:5000/buildkit:v0.32.2"
Status:                running
BuildKit daemon flags: --allow-insecure-entitlement=network.host
BuildKit version:      v0.32.2
Platforms:             linux/amd64*, linux/arm64, linux/386
Features:
 Cache export:         true
File#buildkitd.toml:
 > [worker.oci]
 >   max-parallelism = 4

Name:             multi1
Endpoint:         tcp://arm:1234
Status:           inactive
Platforms:        linux/arm64*, linux/amd64*
`;

describe('parseInspectNodes: actions-toolkit NodeInfo', () => {
  it('a one-node builder: labels and GC policy rules', () => {
    expect(parseInspectNodes(remote)).toEqual({
      name: 'hoist',
      driver: 'remote',
      nodes: [
        {
          name: 'hoist0',
          endpoint: 'unix:///run/buildkit/buildkitd.sock',
          status: 'running',
          buildkit: 'v0.32.2',
          platforms: 'linux/amd64,linux/arm64,linux/amd64/v2',
          labels: { 'org.mobyproject.buildkit.worker.executor': 'oci', 'org.mobyproject.buildkit.worker.network': 'host' },
          gcPolicy: [
            { all: false, filter: ['type==source.local', 'type==exec.cachemount'], keepDuration: '48h0m0s', maxUsedSpace: '488.3MiB' },
            { all: true, reservedSpace: '9.313GiB' }
          ]
        }
      ]
    });
  });

  it('two nodes: driver options as key=value, flags, features, files; starred platforms only', () => {
    const { nodes } = parseInspectNodes(twoNodes);
    expect(nodes).toEqual([
      {
        name: 'multi0',
        endpoint: 'unix:///var/run/docker.sock',
        'driver-opts': ['network=host', 'image=127.0.0.1:5000/buildkit:v0.32.2'],
        status: 'running',
        'buildkitd-flags': '--allow-insecure-entitlement=network.host',
        buildkit: 'v0.32.2',
        platforms: 'linux/amd64',
        features: { 'Cache export': true },
        files: { 'buildkitd.toml': '[worker.oci]\n  max-parallelism = 4' }
      },
      { name: 'multi1', endpoint: 'tcp://arm:1234', status: 'inactive', platforms: 'linux/arm64,linux/amd64' }
    ]);
  });
});

describe('builderOutputs: the four outputs', () => {
  it.each([
    ['one node', remote, { name: 'hoist', driver: 'remote', platforms: 'linux/amd64,linux/arm64,linux/amd64/v2' }],
    ['platforms of every node, each once, in order', twoNodes, { name: 'multi', driver: 'docker-container', platforms: 'linux/amd64,linux/arm64' }]
  ])('%s', (_name, text, expected) => {
    const outputs = builderOutputs(text, 'fallback');
    expect(outputs).toMatchObject(expected);
    // nodes: the JSON setup-buildx-action prints, indented by two.
    expect(outputs.nodes).toBe(JSON.stringify(parseInspectNodes(text).nodes, undefined, 2));
    expect(outputs.nodes).toContain('\n  {\n    "name": ');
  });

  it('no name in the text: the name asked for', () => {
    expect(builderOutputs('', 'b1')).toEqual({ name: 'b1', driver: '', platforms: '', nodes: '[]' });
  });

  it('inspectOutputs runs docker buildx inspect for the builder', async () => {
    const { exec, calls } = scriptedExec([() => ok('', remote)], '');
    expect((await inspectOutputs(exec, 'hoist')).driver).toBe('remote');
    expect(calls.map(c => c.args.join(' '))).toEqual(['buildx inspect hoist']);
  });
});
