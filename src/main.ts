/**
 * The action's main step: one phase after another, each in its own log group.
 * inputs → facts → plan → cache → build → publish → report. Any error fails the step
 * with its message; everything that may only warn does so inside its phase.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BuildFailedError, runPlannedBuild } from './buildx/build.js';
import { builderFacts } from './buildx/builder.js';
import { parseMetadata } from './buildx/buildx.js';
import { cacheHits } from './buildx/progress.js';
import { checkCacheService } from './cache/actions-cache.js';
import { buildStages, openCache, saveCache, stageNote, startFor } from './cache/phases.js';
import type { RunContext } from './context.js';
import { annotateWarnings, reportFailure } from './diagnose.js';
import { artifactServiceMissing } from './github/artifacts.js';
import { InputError, InputErrors } from './inputs/errors.js';
import { parseInputs, type Inputs } from './inputs/inputs.js';
import { builderProblems, checkInputs } from './inputs/validate.js';
import { logIn } from './login.js';
import { applyMetadata, metadataProblems } from './meta.js';
import { cacheBustingAdvice } from './plan/advice.js';
import { needsActionsCache, resolveCache } from './plan/cache.js';
import { imageRepositories, madeBy, platformJobInputs } from './plan/distribute.js';
import type { Facts } from './plan/facts.js';
import { loginSecrets, registryLogins } from './plan/login.js';
import type { MetaResult } from './plan/metadata.js';
import { appendNodes } from './plan/nodes.js';
import { planBuild, secretValues } from './plan/plan.js';
import { measureBuilt, publishAndReport } from './publish.js';
import { readBaseline } from './report/baseline.js';
import { readGitHubFacts } from './runner/context.js';
import type { Runner } from './runner/protocol.js';
import { platformNodes, setUpBuildMachine, type PlannedBuilder } from './setup.js';
import { state } from './state.js';
import { parseBool } from './util/boolean.js';

export async function run(ctx: RunContext): Promise<void> {
  const { runner } = ctx;
  state.markMainStarted(runner);
  try {
    const given = parseInputs((name, trim) => runner.getInput(name, trim));
    const secrets = maskSecrets(runner, given, await loginSecrets(given));
    // The modules of comment-only, distribute and merge load only for the steps that use them.
    if (given['comment-only']) return await (await import('./comment-only.js')).commentOnly(ctx, given, readGitHubFacts(ctx.env), privateTmpDir(ctx));
    // Every input problem is found before docker is asked anything, and all are said at once;
    // what build-push-action tolerates (an empty secret) is a warning, and the build goes on without it.
    const checked = checkInputs(given, ctx.files);
    for (const warning of checked.warnings) runner.warning(warning.message);
    const logins = await registryLogins(given);
    const nodes = await appendNodes(given);
    const errors = [...checked.errors, ...(await metadataProblems(given)), ...logins.problems, ...nodes.problems];
    if (errors.length > 0) throw new InputErrors(errors);
    let { inputs } = checked;
    const handsOn = (inputs.distribute !== '' || inputs.merge) && inputs.push;
    const noArtifacts = handsOn ? artifactServiceMissing(ctx.env) : undefined;
    if (noArtifacts) {
      throw new Error(
        `${inputs.merge ? 'merge' : 'distribute'}: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step (${noArtifacts}). A GitHub runner sets both for every JavaScript action; under nektos/act, set them to an artifact service v4 (act's own cannot take these uploads; see the README).`
      );
    }
    const { facts, setup } = await runner.group('Builder', async () => {
      const facts = await gatherFacts(ctx, inputs);
      return { facts, setup: inputs.merge ? {} : await setUpBuildMachine(ctx, inputs, facts, nodes.nodes) };
    });
    if (setup.builder) inputs = { ...inputs, builder: setup.builder.name };
    if (logins.logins.length > 0) await runner.group('Login', () => logIn(ctx, inputs, logins.logins, facts.tmpDir));
    // After the login: `latest` is checked against the tags the registry already holds.
    if (inputs['meta-images'].length > 0) {
      inputs = await runner.group('Metadata', async () => {
        const generated = await applyMetadata(ctx, inputs, new Date(), runner);
        return reportMetadata(runner, generated.inputs, generated.meta);
      });
    }
    if (inputs.merge) return await mergeAndReport(ctx, inputs, facts);
    const builderLimits = builderProblems(inputs, facts.builder);
    if (builderLimits.length > 0) throw new InputErrors(builderLimits);
    for (const advice of cacheBustingAdvice(inputs, ctx.files)) runner.warning(advice.message, { file: advice.file, startLine: advice.line, title: advice.title });

    if (needsActionsCache(inputs)) {
      const service = await checkCacheService(ctx.env);
      if (!service.usable) facts.actionsCacheUnusable = service.why;
    }
    const cache = resolveCache(inputs, facts);
    if (cache.unavailable) runner.warning(cache.unavailable);
    if (cache.directory) state.saveCacheDir(runner, cache.directory);
    // A builder hoist set up boots meanwhile; a new one holds no cache mounts, so the session need not ask it.
    const session = cache.mode === 'none' ? undefined : await runner.group('Cache', () => openCache(ctx, inputs, facts, cache, { newBuilder: setup.builder?.created }));
    const builderNote = setup.builder ? await runner.group('Builder ready', () => builderReady(runner, setup.builder!)) : undefined;
    const builtOn = platformNodes(facts.builder, inputs.platforms);
    for (const [platform, node] of Object.entries(builtOn ?? {})) runner.info(`${platform} builds on node ${node}`);
    const stages = await buildStages(ctx, inputs, facts, cache, session);
    // A platform job of a distributed build pushes by digest only; the merge job tags.
    const distributing = inputs.distribute !== '' && inputs.push;
    const plan = planBuild(distributing ? platformJobInputs(inputs) : inputs, facts, cache, { kind: 'image', readLocalCache: session?.localCacheRestored });
    const pushed = !distributing && inputs.push && inputs.tags.length > 0;
    // Read the baseline while the build runs; for the default on push events it is
    // what the tag pointed at before this build overwrites it.
    // An image that is not pushed is measured from the OCI layout the build also writes (plan/measure.ts).
    const measuring = plan.measure && 'dir' in plan.measure ? plan.measure : undefined;
    const gate = inputs['max-size'] ? 'max-size' : inputs['max-size-increase'] ? 'max-size-increase' : undefined;
    if (gate && !pushed && !measuring && !distributing) {
      const why = plan.measure && 'unavailable' in plan.measure ? plan.measure.unavailable : 'this build produces no image to measure';
      throw new InputErrors([
        new InputError(gate, `cannot be checked: ${why}`, 'Push the image (push: true, e.g. to a pr-N tag), use a builder hoist sets up (driver: docker-container), or drop the gate.')
      ]);
    }
    const baseline = pushed || measuring ? readBaseline(ctx.registry, inputs['compare-to'], inputs.tags, facts.github) : undefined;

    const started = ctx.now();
    const progress = await runner
      .group('Build', () => runPlannedBuild(ctx, plan, startFor(ctx, session)))
      .catch((e: unknown) => {
        if (e instanceof BuildFailedError) reportFailure(ctx, inputs, e, secrets);
        throw e;
      });
    const durationMs = Math.round(ctx.now() - started);
    const hits = cacheHits(progress);
    if (session) {
      const stepsRan = hits.cached < hits.total || stages.some(s => s.hits.cached < s.hits.total);
      await runner.group('Save cache', () => saveCache(ctx, inputs, facts, cache, session, [...stages.map(s => s.progress), progress], stepsRan));
    }

    const metadata = parseMetadata(ctx.files.readText(plan.metadataFile) ?? '');
    annotateWarnings(ctx, inputs, metadata.warnings);
    const imageId = plan.iidFile ? ctx.files.readText(plan.iidFile)?.trim() || undefined : undefined;
    if (imageId) runner.setOutput('imageid', imageId);
    if (metadata.digest) runner.setOutput('digest', metadata.digest);
    runner.setOutput('metadata', JSON.stringify(metadata.raw, null, 2));

    const handedOn = distributing && metadata.digest ? await runner.group('Hand off', async () => (await import('./distribute.js')).handOffDigest(ctx, inputs, facts, metadata.digest!)) : undefined;
    const measured = measuring ? await runner.group('Measure', () => measureBuilt(ctx, inputs, measuring.dir)) : undefined;
    if (plan.measure && 'unavailable' in plan.measure) runner.info(`sizes not measured: ${plan.measure.unavailable}`);
    if (inputs.distribute && !inputs.push) runner.info('distribute: push is false, so nothing is pushed or handed on to the merge step');
    await publishAndReport(
      ctx,
      inputs,
      facts,
      {
        tags: distributing ? [] : inputs.tags,
        pushed: pushed || handedOn !== undefined,
        digest: metadata.digest,
        imageId,
        ...(builtOn ? { builtOn } : {}),
        ...(handedOn ? { handedOn } : {}),
        ...(measured ? { measured: true } : {}),
        durationMs,
        builder: builderNote,
        stagePlatforms: setup.stagePlatforms,
        cache: hits,
        cacheNotes: { ...session?.notes, ...stageNote(stages) }
      },
      // A platform job reads back what it pushed by digest (for platform-digests); sizes are the merge's.
      { reference: pushed ? inputs.tags[0] : handedOn ? imageRepositories(inputs.tags)[0] : undefined, sizes: pushed || measured !== undefined, baseline, measured }
    );
  } catch (e) {
    runner.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/**
 * The merge job: the platform jobs' digests are gathered, checked and made into the
 * index, which is read back and reported like any pushed image. The baseline is read
 * meanwhile; on a push it is what the tag points at before the merge moves it, so the
 * index is created only once it is read.
 */
async function mergeAndReport(ctx: RunContext, inputs: Inputs, facts: Facts): Promise<void> {
  const { runner } = ctx;
  if (!inputs.push) {
    runner.info('merge: push is false, so no image is created (the distribute: platform jobs hand nothing on without a push)');
    return;
  }
  const baseline = readBaseline(ctx.registry, inputs['compare-to'], inputs.tags, facts.github);
  const started = ctx.now();
  const merged = await runner.group('Merge', async () => (await import('./distribute.js')).mergePlatforms(ctx, inputs, facts, baseline));
  const durationMs = Math.round(ctx.now() - started);
  runner.info(`merged ${merged.sources.length} platform job(s) into ${merged.digest} in ${durationMs} ms`);
  runner.setOutput('digest', merged.digest);
  runner.setOutput('metadata', JSON.stringify({ 'containerimage.digest': merged.digest, 'image.name': inputs.tags.join(',') }, null, 2));
  await publishAndReport(
    ctx,
    inputs,
    facts,
    { tags: inputs.tags, pushed: true, digest: merged.digest, mergedFrom: merged.sources.map(s => `${s.platforms.join(', ')} from ${madeBy(s)}`), durationMs },
    { reference: inputs.tags[0], sizes: true, baseline }
  );
}

/** Mask every secret value before anything is logged (multi-line values line by line too); returns what was masked. */
function maskSecrets(runner: Runner, inputs: Inputs, passwords: string[]): string[] {
  const masked: string[] = [];
  for (const value of [...secretValues(inputs), ...passwords]) {
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

/** Says what the rules gave, sets the metadata outputs, and refuses a push they gave no tag for. */
function reportMetadata(runner: Runner, inputs: Inputs, meta: MetaResult): Inputs {
  runner.info(`version: ${meta.version || '(none)'}`);
  runner.info(`tags:${meta.tags.map(t => `\n  ${t}`).join('') || ' (none)'}`);
  runner.info(`labels:${meta.labels.map(l => `\n  ${l}`).join('')}`);
  for (const warning of meta.warnings ?? []) runner.warning(`meta-tags: ${warning}`);
  if (inputs['compare-to']) runner.info(`sizes are compared with ${inputs['compare-to']}`);
  runner.setOutput('meta-json', JSON.stringify(meta.json));
  runner.setOutput('tags', meta.tags.join('\n'));
  runner.setOutput('labels', meta.labels.join('\n'));
  runner.setOutput('version', meta.version);
  if (inputs.push && inputs.tags.length === 0) {
    throw new InputErrors([
      new InputError(
        'meta-tags',
        `no rule gives a tag for this run (${inputs['meta-tags'].length ? 'the rules given' : "metadata-action's default rules"})`,
        'Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.'
      )
    ]);
  }
  return inputs;
}

/** Waits for the builder hoist set up to answer, and says so. */
async function builderReady(runner: Runner, builder: PlannedBuilder): Promise<string> {
  const { log, note } = await builder.ready;
  runner.info(log);
  return note;
}

/** hoist's own temp directory for this step, removed by the post step. */
function privateTmpDir(ctx: RunContext): string {
  const tmpDir = fs.mkdtempSync(path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'hoist-'));
  state.saveTmpDir(ctx.runner, tmpDir);
  return tmpDir;
}

/** What planning needs to know of the world: the builder, the workflow run, hoist's own temp directory. */
async function gatherFacts(ctx: RunContext, inputs: Inputs): Promise<Facts> {
  const { env, runner } = ctx;
  const tmpDir = privateTmpDir(ctx);
  const builder = await builderFacts(ctx.exec, inputs.builder, env, inputs.load ? inputs.platforms.length : 0);
  runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
  return {
    builder,
    github: readGitHubFacts(env),
    tmpDir,
    noDefaultAttestations: parseBool(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '', 'go') === true,
    // The same path, spelled ~/.cache/hoist, on every runner: the Actions cache versions entries by path.
    cacheRoot: path.join(env.HOME || os.homedir(), '.cache', 'hoist')
  };
}
