/**
 * The inputs of the builder hoist sets up, under docker/setup-buildx-action's names:
 * `driver`, `driver-opts`, `buildkitd-flags`, `buildkitd-config`,
 * `buildkitd-config-inline`, `endpoint`, `append` (its YAML is read in plan/nodes.ts) and `name`;
 * `keep-state`, `version` and setup-qemu-action's `platforms` (`binfmt-platforms`). Checked before anything is asked of docker.
 */
import { splitKeyValue } from './attrs.js';
import type { Findings } from './errors.js';
import type { FileProbe } from './files.js';
import type { Inputs } from './inputs.js';
import { binfmtArch, QEMU_ARCH } from '../util/qemu.js';
import { didYouMean } from '../util/words.js';

/** The drivers `docker buildx create` can set up; `docker` is the engine's own builder and cannot be created. */
const SETUP_DRIVERS = ['docker-container', 'remote', 'kubernetes'] as const;

/** The inputs that describe a builder for hoist to set up; any of them asks for one. */
const SETUP_INPUTS = ['driver', 'driver-opts', 'buildkitd-flags', 'buildkitd-config', 'buildkitd-config-inline', 'endpoint', 'append', 'name'] as const;

type SetupInputs = Pick<Inputs, 'builder' | (typeof SETUP_INPUTS)[number]>;
type CheckedInputs = SetupInputs & Pick<Inputs, 'keep-state' | 'version' | 'binfmt-platforms'>;

/** setup-buildx-action's `version` as hoist takes it: `latest` or a release (`v0.19.0`, `0.19.0`, `v0.20.0-rc1`). */
const BUILDX_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** `latest`, or the release tag (`v0.19.0`) for a version given with or without its `v`; undefined when it is neither. */
export function buildxRelease(version: string): string | undefined {
  if (version === 'latest') return version;
  return BUILDX_VERSION.test(version) ? `v${version.replace(/^v/, '')}` : undefined;
}

/**
 * setup-qemu-action's `platforms` as the binfmt image's `--install` takes them: `all`, or
 * architectures and platforms (`arm64`, `linux/riscv64`); the entries it has no emulator for.
 */
export function unknownBinfmtPlatforms(entries: string[]): string[] {
  return entries.filter(e => e !== 'all' && !(e in QEMU_ARCH) && binfmtArch(e) === undefined);
}

/** The setup inputs that were given (non-empty). */
export function givenSetupInputs(inputs: SetupInputs): string[] {
  return SETUP_INPUTS.filter(name => (Array.isArray(inputs[name]) ? inputs[name].length > 0 : inputs[name].trim() !== ''));
}

export function checkBuilderSetup(inputs: CheckedInputs, files: Pick<FileProbe, 'isFile'>, found: Findings): void {
  const given = givenSetupInputs(inputs);
  if (inputs.builder && given.length > 0) {
    found.error(
      'builder',
      `'${inputs.builder}' is given together with ${given.join(', ')}`,
      `builder names a builder that exists; ${given.join(', ')} describe${given.length === 1 ? 's' : ''} one for hoist to set up. Give one or the other.`
    );
  }
  const driver = inputs.driver;
  if (driver === 'docker') {
    found.error(
      'driver',
      "the docker driver is the Docker engine's own builder, which cannot be set up",
      "Leave driver empty (hoist uses the engine's builder when it can do what the inputs ask), or use docker-container."
    );
  } else if (driver && !(SETUP_DRIVERS as readonly string[]).includes(driver)) {
    found.error('driver', `'${driver}' is not a driver hoist can set up${didYouMean(driver, SETUP_DRIVERS)}`, `Use one of: ${SETUP_DRIVERS.join(', ')}.`);
  }
  if (driver === 'remote' && !inputs.endpoint) {
    found.error('endpoint', 'the remote driver needs the address of a running BuildKit', 'Set endpoint, e.g. tcp://buildkitd:1234 or unix:///run/buildkit/buildkitd.sock.');
  }
  inputs['driver-opts'].forEach((entry, i) => {
    const [key] = splitKeyValue(entry);
    if (!entry.includes('=') || key === '') {
      found.error('driver-opts', `entry ${i + 1} ('${entry}') is not of the form key=value`, 'Write one option per line, e.g. image=moby/buildkit:master or network=host.');
    }
  });
  if (inputs['buildkitd-config'] && inputs['buildkitd-config-inline']) {
    found.error('buildkitd-config-inline', 'is given together with buildkitd-config', 'Give the BuildKit config either as a file or inline, not both.');
  } else if (inputs['buildkitd-config'] && !files.isFile(inputs['buildkitd-config'])) {
    found.error('buildkitd-config', `no file at '${inputs['buildkitd-config']}'`, 'Give the path of a buildkitd.toml, relative to the workspace, or use buildkitd-config-inline.');
  }
  // setup-buildx-action refuses it too: only a docker-container builder has a state volume to keep.
  if (inputs['keep-state'] && driver && driver !== 'docker-container') {
    found.error('keep-state', `the ${driver} driver has no BuildKit state volume to keep`, 'Leave keep-state false, or use the docker-container driver.');
  }
  if (inputs.version && !buildxRelease(inputs.version)) {
    found.error('version', `'${inputs.version}' is not a buildx release`, 'Use latest, or a release such as v0.19.0 (building buildx from a Git ref, and cloud: or lab: versions, are not supported).');
  }
  const unknown = unknownBinfmtPlatforms(inputs['binfmt-platforms']);
  if (unknown.length > 0) {
    found.error(
      'binfmt-platforms',
      `no QEMU emulator for ${unknown.map(u => `'${u}'`).join(', ')}`,
      `Use all, or architectures or platforms such as arm64, riscv64, linux/arm/v7 (one of: ${Object.keys(QEMU_ARCH).join(', ')}).`
    );
  }
}
