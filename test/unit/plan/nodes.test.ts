import { describe, expect, it } from '@jest/globals';
import type { BuilderNode } from '../../../src/plan/facts.js';
import { appendNodes, assignPlatforms, firstNodePlatforms } from '../../../src/plan/nodes.js';

const read = (append: string, driver = 'remote') => appendNodes({ append, driver });

describe('appendNodes: the append input', () => {
  it("reads setup-buildx-action's syntax: platforms as a comma list or a YAML list, driver-opts as a list", async () => {
    const { nodes, problems } = await read(`
- name: arm
  endpoint: tcp://arm64-builder:1234
  platforms: linux/arm64, linux/arm/v7
  driver-opts:
    - cacert=/certs/ca.pem
    - cert=/certs/cert.pem
- endpoint: unix:///run/riscv.sock
  platforms: [linux/riscv64]
  buildkitd-flags: --debug
`);
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      { name: 'arm', endpoint: 'tcp://arm64-builder:1234', platforms: ['linux/arm64', 'linux/arm/v7'], driverOpts: ['cacert=/certs/ca.pem', 'cert=/certs/cert.pem'] },
      { endpoint: 'unix:///run/riscv.sock', platforms: ['linux/riscv64'], driverOpts: [], buildkitdFlags: '--debug' }
    ]);
  });

  it('is empty when not given', async () => {
    expect(await read('  ')).toEqual({ nodes: [], problems: [] });
  });

  // Each row: the input → the problems, as the step prints them (input, what is wrong, the fix's start).
  it.each<[string, string, string[]]>([
    ['not YAML', '- endpoint: [', ["input 'append': is not YAML. Write a list"]],
    ['a mapping, not a list', 'endpoint: tcp://a:1234', ["input 'append': is not a YAML list. Start each node"]],
    ['a string entry', '- tcp://a:1234', ["input 'append': entry 1 is not a mapping. Give each node"]],
    ['no endpoint on the remote driver', '- platforms: linux/arm64', ["input 'append': entry 1 has no endpoint. Give the address"]],
    ['no platforms', '- endpoint: tcp://a:1234', ["input 'append': entry 1 (tcp://a:1234) has no platforms. Say which"]],
    [
      'a bad platform',
      '- endpoint: tcp://a:1234\n  platforms: linux/amr64',
      ["input 'append': entry 1 (tcp://a:1234): 'linux/amr64' has an unknown architecture 'amr64'; did you mean 'linux/amd64'? Give platforms"]
    ],
    ['an unknown key', '- endpoint: tcp://a:1234\n  platforms: linux/arm64\n  platform: linux/arm64', ["input 'append': entry 1 has 'platform', which is not a node setting. Use only name, endpoint"]],
    [
      'a driver-opt without =',
      '- endpoint: tcp://a:1234\n  platforms: linux/arm64\n  driver-opts: [cacert]',
      ["input 'append': entry 1 (tcp://a:1234): driver-opts entry 'cacert' is not of the form key=value. Give one"]
    ],
    [
      'a name twice',
      '- {name: n, endpoint: tcp://a:1, platforms: linux/arm64}\n- {name: n, endpoint: tcp://b:1, platforms: linux/riscv64}',
      ["input 'append': the node name 'n' is given twice. Give each node"]
    ]
  ])('%s', async (_, append, expected) => {
    const { problems } = await read(append);
    expect(problems.map(p => p.message)).toEqual(expected.map(e => expect.stringContaining(e)));
  });

  it('kubernetes nodes need no endpoint (their driver-opts say where)', async () => {
    const { nodes, problems } = await read('- platforms: linux/arm64\n  driver-opts: [nodeselector=kubernetes.io/arch=arm64]', 'kubernetes');
    expect(problems).toEqual([]);
    expect(nodes).toEqual([{ platforms: ['linux/arm64'], driverOpts: ['nodeselector=kubernetes.io/arch=arm64'] }]);
  });
});

describe('firstNodePlatforms', () => {
  it('declares on the first node what no added node takes, and nothing without added nodes', () => {
    const arm = { endpoint: 'tcp://a:1', platforms: ['linux/arm64'], driverOpts: [] };
    expect(firstNodePlatforms(['linux/amd64', 'linux/arm64', 'linux/386'], [arm])).toEqual(['linux/amd64', 'linux/386']);
    expect(firstNodePlatforms(['linux/arm64'], [arm])).toEqual([]);
    expect(firstNodePlatforms(['linux/amd64'], [])).toEqual([]);
  });
});

describe('assignPlatforms: the node buildx sends each platform to', () => {
  const node = (name: string, declared: string[], platforms: string[]): BuilderNode => ({ name, endpoint: `tcp://${name}:1234`, status: 'running', declared, platforms });
  const names = (nodes: BuilderNode[], platforms: string[]) => Object.fromEntries(assignPlatforms(nodes, platforms).map(a => [a.platform, a.node.name]));

  it.each<[string, BuilderNode[], string[], Record<string, string>]>([
    [
      'by the declared platforms, even when the first node lists the other under QEMU',
      [node('n0', ['linux/amd64'], ['linux/amd64', 'linux/arm64']), node('n1', ['linux/arm64'], ['linux/arm64', 'linux/amd64'])],
      ['linux/amd64', 'linux/arm64'],
      { 'linux/amd64': 'n0', 'linux/arm64': 'n1' }
    ],
    [
      'a platform declared nowhere: by what each lists, the first node first (buildx then ignores the declarations)',
      [node('n0', [], ['linux/amd64', 'linux/arm64']), node('n1', ['linux/arm64'], ['linux/arm64'])],
      ['linux/amd64', 'linux/arm64'],
      { 'linux/amd64': 'n0', 'linux/arm64': 'n0' }
    ],
    [
      'a platform no node lists goes to the first node',
      [node('n0', ['linux/amd64'], ['linux/amd64']), node('n1', ['linux/arm64'], ['linux/arm64'])],
      ['linux/s390x', 'linux/arm64'],
      { 'linux/s390x': 'n0', 'linux/arm64': 'n1' }
    ],
    ['one node takes all', [node('n0', [], ['linux/amd64'])], ['linux/amd64', 'linux/arm64'], { 'linux/amd64': 'n0', 'linux/arm64': 'n0' }]
  ])('%s', (_, nodes, platforms, expected) => {
    expect(names(nodes, platforms)).toEqual(expected);
  });
});
