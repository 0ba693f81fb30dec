/**
 * The inputs phase: the action's inputs read, every secret masked before anything is
 * logged, then every input problem found before docker is asked anything, and all said
 * at once (and, for a distributed build, the artifact service checked). What build-push-action tolerates (an empty secret) is a warning, and the
 * build goes on without it.
 */
import * as path from 'node:path';
import { LOCKFILES } from '../cache/mount-dockerfiles.js';
import { artifactServiceMissing } from '../github/artifacts.js';
import { listRepositoryDirectory, readRepositoryFile, type ContentsTarget } from '../github/contents.js';
import { dockerfileLocation, readLocalDockerfile, type DockerfileSource } from '../inputs/dockerfile-source.js';
import { isCacheMode } from '../inputs/cache.js';
import { InputErrors, type InputError } from '../inputs/errors.js';
import { parseInputs, type Inputs } from '../inputs/inputs.js';
import { checkInputs } from '../inputs/validate.js';
import { featuresOffNotice, planGitRead, type CheckoutProbe } from '../plan/dockerfile-source.js';
import { loginSecrets, registryLogins, type RegistryLogin } from '../plan/login.js';
import { metaContextProblems, metaInputs, metaInputsWithoutImages } from '../plan/meta-inputs.js';
import { appendNodes, type AppendNode } from '../plan/nodes.js';
import { secretValues } from '../plan/plan.js';
import { usesArtifacts } from '../plan/run.js';
import type { Runner } from '../runner/protocol.js';
import type { Ports } from '../ports.js';
import type { Exec } from '../util/exec.js';

/** The inputs as given, and every secret value they carry (masked). */
export async function readInputs(ports: Ports): Promise<{ given: Inputs; secrets: string[] }> {
  const { runner } = ports;
  const given = parseInputs((name, trim) => runner.getInput(name, trim));
  const secrets = maskSecrets(runner, [...secretValues(given), ...(await loginSecrets(given))]);
  if (runner.isDebug) runner.debug(`inputs: ${JSON.stringify(redacted(given))}`);
  return { given, secrets };
}

export interface CheckedInputs {
  inputs: Inputs;
  logins: RegistryLogin[];
  /** setup-buildx-action's `append` nodes. */
  nodes: AppendNode[];
  /** The build's Dockerfile, read once for every phase that reads it; undefined when it could not be (said once). */
  dockerfile?: DockerfileSource;
}

/** Checks every input; throws all the problems at once. */
export async function checkAllInputs(ports: Ports, given: Inputs): Promise<CheckedInputs> {
  // The merge step builds nothing: its job need not check out the Dockerfile.
  const dockerfile = given.merge ? undefined : await resolveDockerfile(ports, given);
  const checked = checkInputs(given, ports.files, dockerfile);
  for (const warning of checked.warnings) ports.runner.warning(warning.message);
  const logins = await registryLogins(given);
  const nodes = await appendNodes(given);
  const errors = [...checked.errors, ...(await metadataProblems(given)), ...logins.problems, ...nodes.problems];
  if (errors.length > 0) throw new InputErrors(errors);
  requireArtifactService(ports, checked.inputs);
  return { inputs: checked.inputs, logins: logins.logins, nodes: nodes.nodes, ...(dockerfile ? { dockerfile } : {}) };
}

/**
 * The build's Dockerfile, once: a local context's from its directory; the default Git
 * context's (which BuildKit fetches itself) from the workspace's checkout of the built
 * commit, else through GitHub's contents API at that commit. When neither works, one
 * notice says which features are off and why; the build goes on.
 */
export async function resolveDockerfile(ports: Ports, inputs: Inputs): Promise<DockerfileSource | undefined> {
  const where = dockerfileLocation(inputs);
  if (where.kind === 'local') return readLocalDockerfile(inputs, ports.files);
  if (where.kind === 'unread') return undefined;
  const plan = planGitRead(ports.env.workflow, inputs['github-token'], await probeCheckout(ports.exec));
  const why = [...plan.skipped];
  let source: DockerfileSource | string | undefined;
  if (plan.checkout) {
    source = await readFromCheckout(ports.exec, plan.checkout, plan.commit, where);
  } else if (plan.api) {
    const target: ContentsTarget = { ...plan.api, ref: plan.commit };
    source = await readThroughApi(target, where, isCacheMode(inputs.cache) && inputs.cache !== 'none' && inputs['cache-mounts']);
  }
  if (typeof source === 'object') {
    ports.runner.info(
      `Dockerfile: ${source.path} at ${plan.commit}, read ${source.origin === 'checkout' ? 'from the checkout in the workspace' : "through GitHub's contents API"} (BuildKit fetches the Git context itself)`
    );
    return source;
  }
  if (source) why.push(source);
  ports.runner.info(featuresOffNotice(inputs, where, why));
  return undefined;
}

/** The workspace's Git root and HEAD, or why there are none. */
async function probeCheckout(exec: Exec): Promise<CheckoutProbe> {
  try {
    const res = await exec('git', ['rev-parse', '--show-toplevel', 'HEAD']);
    const [root, head] = res.stdout.trim().split('\n');
    if (res.exitCode === 0 && root && head) return { root, head };
    return { failed: res.stderr.trim().split('\n')[0] || `git rev-parse exited ${res.exitCode}` };
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

/** The Dockerfile as committed (what BuildKit fetches, whatever the working tree holds); a string says why not. */
async function readFromCheckout(exec: Exec, root: string, commit: string, where: { path: string; subdir: string }): Promise<DockerfileSource | string> {
  const res = await exec('git', ['-C', root, 'cat-file', 'blob', `${commit}:${where.path}`]).catch((e: unknown) => ({ exitCode: 1, stdout: '', stderr: (e as Error).message }));
  if (res.exitCode !== 0) return `the checkout has no ${where.path} at ${commit} (${res.stderr.trim().split('\n')[0]})`;
  return { path: where.path, text: res.stdout, origin: 'checkout', contextDir: path.join(root, where.subdir), localPath: path.join(root, where.path) };
}

/**
 * The Dockerfile through GitHub's contents API; with `lockfiles`, the lockfiles' blob
 * hashes from the listings of the context's root and the Dockerfile's directory (what
 * keys the carried cache mounts, without downloading them). A string says why not.
 */
async function readThroughApi(target: ContentsTarget, where: { path: string; subdir: string }, lockfiles: boolean): Promise<DockerfileSource | string> {
  try {
    const text = await readRepositoryFile(target, where.path);
    if (text === undefined) return `GitHub has no ${where.path} in ${target.owner}/${target.repo} at ${target.ref}`;
    const source: DockerfileSource = { path: where.path, text, origin: 'contents-api' };
    if (!lockfiles) return source;
    const found: Array<{ path: string; content: string }> = [];
    for (const dir of new Set([where.subdir, path.posix.dirname(where.path).replace(/^\.$/, '')])) {
      for (const entry of (await listRepositoryDirectory(target, dir)) ?? []) {
        if (entry.type === 'file' && LOCKFILES.includes(entry.name)) found.push({ path: path.posix.relative(where.subdir, entry.path), content: `git blob ${entry.sha}` });
      }
    }
    return { ...source, lockfiles: found };
  } catch (e) {
    return `GitHub's contents API could not be read: ${(e as Error).message}`;
  }
}

/** A platform job and the merge hand digests on through the run's artifacts: without the service, stop before any program runs. */
function requireArtifactService(ports: Ports, inputs: Inputs): void {
  const missing = usesArtifacts(inputs) ? artifactServiceMissing(ports.env.actions) : undefined;
  if (!missing) return;
  throw new Error(
    `${inputs.merge ? 'merge' : 'distribute'}: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step (${missing}). A GitHub runner sets both for every JavaScript action; under nektos/act, set them to an artifact service v4 (act's own cannot take these uploads; see docs/beyond-one-runner.md).`
  );
}

/** The meta-* inputs' problems; the rules engine loads only for a step with meta-images. */
export async function metadataProblems(inputs: Inputs): Promise<InputError[]> {
  if (inputs['meta-images'].length === 0) return [...metaContextProblems(inputs), ...metaInputsWithoutImages(inputs)];
  return [...metaContextProblems(inputs), ...(await import('../plan/metadata/index.js')).checkMetaRules(metaInputs(inputs))];
}

/** Inputs that carry secret values; shown as *** in the debug log even before the runner's own masking. */
const SECRET_INPUTS = ['secrets', 'password', 'registry-auths', 'github-token'] as const;

/** The inputs for the debug log: the ones that are set (booleans always), each secret-bearing one as ***. */
export function redacted(inputs: Inputs): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(inputs) as Array<[keyof Inputs, Inputs[keyof Inputs]]>) {
    if (value === '' || (Array.isArray(value) && value.length === 0)) continue;
    shown[name] = (SECRET_INPUTS as readonly string[]).includes(name) ? '***' : value;
  }
  return shown;
}

/** Masks each secret (multi-line values line by line too); returns what was masked. */
function maskSecrets(runner: Runner, values: string[]): string[] {
  const masked: string[] = [];
  for (const value of values) {
    masked.push(value);
    runner.setSecret(value);
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length > 0 && line !== value) {
        runner.setSecret(line.trim());
        masked.push(line.trim());
      }
    }
  }
  return masked;
}
