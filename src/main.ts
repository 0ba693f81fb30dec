import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildxVersion, BuilderNotFoundError, engineLoadsMultiPlatform, inspectBuilder, parseMetadata } from './buildx/buildx.js';
import { exec as realExec, type Exec } from './buildx/exec.js';
import { readStoredBuilder, selectedBuilderName } from './buildx/store.js';
import { readGitHubFacts } from './github/context.js';
import { InputError, InputErrors } from './inputs/errors.js';
import { parseInputs, type Inputs } from './inputs/inputs.js';
import { validateInputs } from './inputs/validate.js';
import type { BuilderFacts, Facts } from './plan/facts.js';
import { planBuild, splitKeyValue, type BuildPlan } from './plan/plan.js';
import { atLeast } from './plan/semver.js';
import { resolvePlatformDigests } from './publish/pushed.js';
import { dockerConfigCredentials } from './registry/auth.js';
import { RegistryClient } from './registry/client.js';
import { summaryMarkdown, summaryText, type BuildResult } from './report/summary.js';
import type { Runner } from './runner/protocol.js';
import { state } from './state.js';

/** Oldest buildx whose flags hoist's argv uses (--annotation 0.12, --call 0.15). */
export const MIN_BUILDX = 'v0.15.0';

/** The pipeline: inputs → plan → build → publish → report, one log group per phase. */
export async function run(runner: Runner, execImpl: Exec = realExec, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  state.markMainStarted(runner);
  try {
    const inputs = parseInputs((name, trim) => runner.getInput(name, trim));
    maskSecrets(runner, inputs);

    const tmpDir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'hoist-'));
    state.saveTmpDir(runner, tmpDir);

    const facts = await runner.group('Builder', () => gatherFacts(runner, execImpl, inputs, tmpDir, env));
    const problems = validateInputs(inputs, facts.builder);
    if (problems.length > 0) throw new InputErrors(problems);
    const plan = planBuild(inputs, facts);

    const started = Date.now();
    await runner.group('Build', () => build(runner, execImpl, plan));
    const durationMs = Date.now() - started;

    const metadata = parseMetadata(readIfExists(plan.metadataFile));
    const imageId = plan.iidFile ? readIfExists(plan.iidFile).trim() || undefined : undefined;
    const pushed = inputs.push && inputs.tags.length > 0;

    const platformDigests = await runner.group('Publish', () => readBackPushed(runner, execImpl, inputs, metadata.digest, pushed));

    if (imageId) runner.setOutput('imageid', imageId);
    if (metadata.digest) runner.setOutput('digest', metadata.digest);
    runner.setOutput('metadata', JSON.stringify(metadata.raw, null, 2));
    runner.setOutput('platform-digests', JSON.stringify(platformDigests));

    const result: BuildResult = { tags: inputs.tags, pushed, digest: metadata.digest, imageId, platformDigests, durationMs };
    await runner.group('Report', async () => {
      runner.info(summaryText(result));
      runner.appendSummary(summaryMarkdown(result));
    });
  } catch (e) {
    runner.setFailed(e instanceof Error ? e.message : String(e));
  }
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Mask every secret value before anything is logged (multi-line values line by line too). */
function maskSecrets(runner: Runner, inputs: Inputs): void {
  const values = inputs.secrets.map(s => splitKeyValue(s)[1]);
  if (inputs['github-token']) values.push(inputs['github-token']);
  for (const value of values) {
    if (!value) continue;
    runner.setSecret(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0 && line !== value) runner.setSecret(line.trim());
  }
}

async function gatherFacts(runner: Runner, execImpl: Exec, inputs: Inputs, tmpDir: string, env: NodeJS.ProcessEnv): Promise<Facts> {
  const builder = await builderFacts(execImpl, inputs, env);
  if (inputs.load && inputs.platforms.length > 1) builder.engineLoadsMultiPlatform = await engineLoadsMultiPlatform(execImpl);
  runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
  return {
    builder,
    github: readGitHubFacts(env),
    tmpDir,
    noDefaultAttestations: ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '')
  };
}

/**
 * The builder from buildx's own store when it is there (a file read); `docker buildx
 * inspect` only for what the store cannot tell: the engine's built-in builder, whose
 * BuildKit may be too old for attestations, and names the store does not know.
 */
async function builderFacts(execImpl: Exec, inputs: Inputs, env: NodeJS.ProcessEnv): Promise<BuilderFacts> {
  const stored = readStoredBuilder(selectedBuilderName(inputs.builder, env), env);
  if (stored && stored.driver !== 'docker') {
    return { name: stored.name, driver: stored.driver, platforms: stored.nodes.flatMap(n => n.platforms) };
  }
  try {
    return await inspectBuilder(execImpl, inputs.builder);
  } catch (e) {
    if (!(e instanceof BuilderNotFoundError)) throw new Error(`docker buildx is not available (${(e as Error).message}). Install Docker with buildx, or add docker/setup-buildx-action before hoist.`);
    throw new InputErrors([
      new InputError(
        'builder',
        `no usable builder${inputs.builder ? ` named '${inputs.builder}'` : ''} (${e.message})`,
        'Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one.'
      )
    ]);
  }
}

async function build(runner: Runner, execImpl: Exec, plan: BuildPlan): Promise<void> {
  for (const file of plan.files) fs.writeFileSync(file.path, file.content, { mode: 0o600 });
  try {
    runner.info(['docker', ...plan.argv].map(quoteArg).join(' '));
    const result = await execImpl('docker', plan.argv, { stream: true });
    if (result.exitCode !== 0) {
      // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
      const buildx = await buildxVersion(execImpl).catch(() => undefined);
      const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
      throw new Error(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${tooOld}`);
    }
  } finally {
    // Secret values live on disk only for the length of the build.
    for (const file of plan.files) fs.rmSync(file.path, { force: true });
  }
}

function lastError(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return [...lines].reverse().find(l => /^ERROR:|error:/i.test(l))?.trim() ?? lines[lines.length - 1]?.trim() ?? '';
}

async function readBackPushed(runner: Runner, execImpl: Exec, inputs: Inputs, digest: string | undefined, pushed: boolean): Promise<Record<string, string>> {
  if (!pushed || !digest) {
    runner.info('nothing pushed: platform-digests is empty');
    return {};
  }
  try {
    const client = new RegistryClient({ credentials: dockerConfigCredentials(execImpl) });
    return await resolvePlatformDigests(client, inputs.tags[0], digest);
  } catch (e) {
    runner.warning(`the image was pushed, but reading it back from the registry failed: ${(e as Error).message}`);
    return {};
  }
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
