/**
 * The inputs phase: the action's inputs read, every secret masked before anything is
 * logged, then every input problem found before docker is asked anything, and all said
 * at once (and, for a distributed build, the artifact service checked). What build-push-action tolerates (an empty secret) is a warning, and the
 * build goes on without it.
 */
import { artifactServiceMissing } from '../github/artifacts.js';
import { InputErrors, type InputError } from '../inputs/errors.js';
import { parseInputs, type Inputs } from '../inputs/inputs.js';
import { checkInputs } from '../inputs/validate.js';
import { loginSecrets, registryLogins, type RegistryLogin } from '../plan/login.js';
import { metaContextProblems, metaInputs, metaInputsWithoutImages } from '../plan/meta-inputs.js';
import { appendNodes, type AppendNode } from '../plan/nodes.js';
import { secretValues } from '../plan/plan.js';
import { usesArtifacts } from '../plan/run.js';
import type { Runner } from '../runner/protocol.js';
import type { Ports } from '../ports.js';

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
}

/** Checks every input; throws all the problems at once. */
export async function checkAllInputs(ports: Ports, given: Inputs): Promise<CheckedInputs> {
  const checked = checkInputs(given, ports.files);
  for (const warning of checked.warnings) ports.runner.warning(warning.message);
  const logins = await registryLogins(given);
  const nodes = await appendNodes(given);
  const errors = [...checked.errors, ...(await metadataProblems(given)), ...logins.problems, ...nodes.problems];
  if (errors.length > 0) throw new InputErrors(errors);
  requireArtifactService(ports, checked.inputs);
  return { inputs: checked.inputs, logins: logins.logins, nodes: nodes.nodes };
}

/** A platform job and the merge hand digests on through the run's artifacts: without the service, stop before any program runs. */
function requireArtifactService(ports: Ports, inputs: Inputs): void {
  const missing = usesArtifacts(inputs) ? artifactServiceMissing(ports.env.actions) : undefined;
  if (!missing) return;
  throw new Error(
    `${inputs.merge ? 'merge' : 'distribute'}: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step (${missing}). A GitHub runner sets both for every JavaScript action; under nektos/act, set them to an artifact service v4 (act's own cannot take these uploads; see the README).`
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
