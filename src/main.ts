import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildxVersion, engineLoadsMultiPlatform, inspectBuilder, BuilderNotFoundError, parseMetadata } from './buildx/buildx.js';
import { exec as realExec, type Exec } from './buildx/exec.js';
import { readGitHubFacts } from './github/context.js';
import { InputError, InputErrors } from './inputs/errors.js';
import { parseInputs, type Inputs } from './inputs/inputs.js';
import { validateInputs } from './inputs/validate.js';
import type { Facts } from './plan/facts.js';
import { planBuild, splitKeyValue, type BuildPlan } from './plan/plan.js';
import { atLeast } from './plan/semver.js';
import { resolvePlatformDigests } from './publish/pushed.js';
import { dockerConfigCredentials } from './registry/auth.js';
import { RegistryClient } from './registry/client.js';
import { summaryMarkdown, summaryText, type BuildResult } from './report/summary.js';
import { state } from './state.js';

/** Oldest buildx whose flags hoist's argv uses (--annotation, --call need 0.12/0.15). */
export const MIN_BUILDX = 'v0.15.0';

export async function run(execImpl: Exec = realExec, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  state.markMainStarted();
  try {
    const inputs = parseInputs((name, trim) => core.getInput(name, { trimWhitespace: trim }));
    maskSecrets(inputs);

    const tmpDir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), 'hoist-'));
    state.saveTmpDir(tmpDir);

    const facts = await core.group('Builder', () => gatherFacts(execImpl, inputs, tmpDir, env));
    const problems = validateInputs(inputs, facts.builder);
    if (problems.length > 0) throw new InputErrors(problems);
    const plan = planBuild(inputs, facts);

    const started = Date.now();
    await core.group('Build', () => build(execImpl, plan));
    const durationMs = Date.now() - started;

    const metadataText = fs.existsSync(plan.metadataFile) ? fs.readFileSync(plan.metadataFile, 'utf8') : '';
    const metadata = parseMetadata(metadataText);
    const imageId = plan.iidFile && fs.existsSync(plan.iidFile) ? fs.readFileSync(plan.iidFile, 'utf8').trim() : undefined;
    const pushed = inputs.push && inputs.tags.length > 0;

    const platformDigests = await core.group('Publish', () => readBackPushed(execImpl, inputs, metadata.digest, pushed));

    if (imageId) core.setOutput('imageid', imageId);
    if (metadata.digest) core.setOutput('digest', metadata.digest);
    core.setOutput('metadata', JSON.stringify(metadata.raw, null, 2));
    core.setOutput('platform-digests', JSON.stringify(platformDigests));

    const result: BuildResult = { tags: inputs.tags, pushed, digest: metadata.digest, imageId, platformDigests, durationMs };
    await core.group('Report', async () => {
      core.info(summaryText(result));
      if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write();
    });
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/** Mask every secret value before anything is logged (multi-line values line by line). */
function maskSecrets(inputs: Inputs): void {
  const values = inputs.secrets.map(s => splitKeyValue(s)[1]);
  if (inputs['github-token']) values.push(inputs['github-token']);
  for (const value of values) {
    if (!value) continue;
    core.setSecret(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) core.setSecret(line.trim());
  }
}

async function gatherFacts(execImpl: Exec, inputs: Inputs, tmpDir: string, env: NodeJS.ProcessEnv): Promise<Facts> {
  // Independent docker calls run together: each costs a CLI start.
  const [version, builder] = await Promise.all([
    buildxVersion(execImpl).catch((e: Error) => {
      throw new Error(`docker buildx is not available (${e.message}). Install Docker with buildx, or add docker/setup-buildx-action before hoist.`);
    }),
    inspectBuilder(execImpl, inputs.builder).catch((e: Error) => {
      if (e instanceof BuilderNotFoundError) {
        throw new InputErrors([
          new InputError('builder', `no usable builder${inputs.builder ? ` named '${inputs.builder}'` : ''} (${e.message})`, 'Create one first (docker/setup-buildx-action, or docker buildx create --use), or leave builder empty for the current one.')
        ]);
      }
      throw e;
    })
  ]);
  if (!atLeast(version, MIN_BUILDX)) {
    throw new Error(`buildx ${version} is too old: hoist needs ${MIN_BUILDX} or newer. Update it with docker/setup-buildx-action.`);
  }
  if (inputs.load && inputs.platforms.length > 1) builder.engineLoadsMultiPlatform = await engineLoadsMultiPlatform(execImpl);
  core.info(`buildx ${version ?? '(unstamped build)'} · builder ${builder.name} (${builder.driver}) · BuildKit ${builder.buildkitVersion ?? 'unknown'} · ${builder.platforms.join(', ')}`);
  return {
    buildxVersion: version,
    builder,
    github: readGitHubFacts(env),
    tmpDir,
    noDefaultAttestations: ['1', 'true', 'True', 'TRUE', 't'].includes(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '')
  };
}

async function build(execImpl: Exec, plan: BuildPlan): Promise<void> {
  for (const file of plan.files) fs.writeFileSync(file.path, file.content, { mode: 0o600 });
  try {
    core.info(['docker', ...plan.argv].map(quoteArg).join(' '));
    const result = await execImpl('docker', plan.argv, { stream: true });
    if (result.exitCode !== 0) {
      throw new Error(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}`);
    }
  } finally {
    // Secret values live on disk only for the length of the build.
    for (const file of plan.files) fs.rmSync(file.path, { force: true });
  }
}

function lastError(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.reverse().find(l => /^ERROR:|error:/i.test(l))?.trim() ?? lines[0]?.trim() ?? '';
}

async function readBackPushed(execImpl: Exec, inputs: Inputs, digest: string | undefined, pushed: boolean): Promise<Record<string, string>> {
  if (!pushed || !digest) {
    core.info('nothing pushed: platform-digests is empty');
    return {};
  }
  try {
    const client = new RegistryClient({ credentials: dockerConfigCredentials(execImpl) });
    return await resolvePlatformDigests(client, inputs.tags[0], digest);
  } catch (e) {
    core.warning(`the image was pushed, but reading it back from the registry failed: ${(e as Error).message}`);
    return {};
  }
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
