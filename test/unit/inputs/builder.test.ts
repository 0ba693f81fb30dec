// The setup-buildx-action inputs of a builder hoist sets up (inputs/builder.ts): which are given, and what is wrong with them.
import { describe, expect, it } from '@jest/globals';
import { buildxRelease, checkBuilderSetup, givenSetupInputs, unknownBinfmtPlatforms } from '../../../src/inputs/builder.js';
import { Findings } from '../../../src/inputs/errors.js';
import { rawInputs } from '../../helpers/inputs.js';

const files = { isFile: (p: string) => p === 'buildkitd.toml' };

function errors(raw: Record<string, string>): string[] {
  const found = new Findings();
  checkBuilderSetup(rawInputs(raw), files, found);
  expect(found.warnings).toEqual([]);
  return found.errors.map(e => e.message);
}

describe('givenSetupInputs', () => {
  it('lists the non-empty setup inputs in their fixed order', () => {
    expect(givenSetupInputs(rawInputs({}))).toEqual([]);
    expect(givenSetupInputs(rawInputs({ append: '- endpoint: tcp://x:1234', driver: 'remote', 'driver-opts': 'network=host' }))).toEqual(['driver', 'driver-opts', 'append']);
  });

  it('counts whitespace as not given, and builder as none of them', () => {
    const inputs = { ...rawInputs({ builder: 'mine' }), driver: '  ', 'buildkitd-flags': '\n' };
    expect(givenSetupInputs(inputs)).toEqual([]);
  });
});

describe('checkBuilderSetup', () => {
  it.each<Record<string, string>>([
    {},
    { builder: 'mine' },
    { driver: 'docker-container', 'driver-opts': 'image=moby/buildkit:master\nnetwork=host' },
    { driver: 'remote', endpoint: 'tcp://buildkitd:1234' },
    { driver: 'kubernetes', 'driver-opts': 'replicas=2' },
    { 'buildkitd-config': 'buildkitd.toml' },
    { 'buildkitd-config-inline': '[worker.oci]' },
    { endpoint: 'tcp://x:1234' }
  ])('accepts %j', raw => {
    expect(errors(raw)).toEqual([]);
  });

  it('refuses builder with setup inputs, in the singular and the plural', () => {
    expect(errors({ builder: 'mine', endpoint: 'tcp://x:1234' })).toEqual([
      "input 'builder': 'mine' is given together with endpoint. builder names a builder that exists; endpoint describes one for hoist to set up. Give one or the other."
    ]);
    expect(errors({ builder: 'mine', driver: 'docker-container', 'buildkitd-flags': '--debug' })).toEqual([
      "input 'builder': 'mine' is given together with driver, buildkitd-flags. builder names a builder that exists; driver, buildkitd-flags describe one for hoist to set up. Give one or the other."
    ]);
  });

  it('refuses a driver it cannot set up, suggesting the nearest', () => {
    expect(errors({ driver: 'kubernets' })).toEqual(["input 'driver': 'kubernets' is not a driver hoist can set up; did you mean kubernetes? Use one of: docker-container, remote, kubernetes."]);
    expect(errors({ driver: 'podman' })).toEqual(["input 'driver': 'podman' is not a driver hoist can set up. Use one of: docker-container, remote, kubernetes."]);
  });

  it('numbers each driver-opts entry that is not key=value', () => {
    expect(errors({ 'driver-opts': 'network=host\nimage\n=x' })).toEqual([
      "input 'driver-opts': entry 2 ('image') is not of the form key=value. Write one option per line, e.g. image=moby/buildkit:master or network=host.",
      "input 'driver-opts': entry 3 ('=x') is not of the form key=value. Write one option per line, e.g. image=moby/buildkit:master or network=host."
    ]);
  });

  it('reports every problem at once, in order', () => {
    expect(errors({ builder: 'mine', driver: 'remote', 'driver-opts': 'bad', 'buildkitd-config': 'missing.toml' }).map(m => /^input '([^']+)'/.exec(m)?.[1])).toEqual([
      'builder',
      'endpoint',
      'driver-opts',
      'buildkitd-config'
    ]);
  });

  it('looks for the config file only when it is the one way given', () => {
    expect(errors({ 'buildkitd-config': 'missing.toml', 'buildkitd-config-inline': '[worker.oci]' })).toEqual([
      "input 'buildkitd-config-inline': is given together with buildkitd-config. Give the BuildKit config either as a file or inline, not both."
    ]);
  });
});

describe('setup-buildx-action’s version and keep-state, setup-qemu-action’s platforms', () => {
  it.each<Record<string, string>>([
    { version: 'latest' },
    { version: 'v0.19.0' },
    { version: '0.19.0' },
    { version: 'v0.20.0-rc1' },
    { name: 'ci', 'keep-state': 'true' },
    { driver: 'docker-container', 'keep-state': 'true' },
    { 'binfmt-platforms': 'all' },
    { 'binfmt-platforms': 'arm64,riscv64' },
    { 'binfmt-platforms': 'linux/arm64\nlinux/arm/v7' }
  ])('accepts %j', raw => {
    expect(errors(raw)).toEqual([]);
  });

  it.each<[Record<string, string>, string]>([
    [{ version: 'master' }, "input 'version': 'master' is not a buildx release. Use latest, or a release such as v0.19.0"],
    [{ version: 'https://github.com/docker/buildx.git#master' }, "input 'version': 'https://github.com/docker/buildx.git#master' is not a buildx release."],
    [{ version: 'cloud:latest' }, "input 'version': 'cloud:latest' is not a buildx release."],
    [{ version: 'v0.19' }, "input 'version': 'v0.19' is not a buildx release."],
    [
      { driver: 'remote', endpoint: 'tcp://x:1234', 'keep-state': 'true' },
      "input 'keep-state': the remote driver has no BuildKit state volume to keep. Leave keep-state false, or use the docker-container driver."
    ],
    [{ 'binfmt-platforms': 'arm64,sparc,linux/mips' }, "input 'binfmt-platforms': no QEMU emulator for 'sparc', 'linux/mips'. Use all, or architectures or platforms such as arm64"]
  ])('refuses %j', (raw, message) => {
    expect(errors(raw).join('\n')).toContain(message);
  });

  it.each([
    ['latest', 'latest'],
    ['v0.19.0', 'v0.19.0'],
    ['0.19.0', 'v0.19.0'],
    ['v0.20.0-rc1', 'v0.20.0-rc1'],
    ['vv0.19.0', undefined],
    ['', undefined]
  ])('buildxRelease(%j) → %j', (version, release) => {
    expect(buildxRelease(version)).toBe(release);
  });

  it('unknownBinfmtPlatforms: what the binfmt image has no emulator for', () => {
    expect(unknownBinfmtPlatforms(['all', 'arm64', 'linux/riscv64', 'amd64', 'mips', 'windows/arm64'])).toEqual(['mips']);
  });
});
