import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildxVersion, BuilderNotFoundError, engineLoadsMultiPlatform, inspectBuilder, parseMetadata } from './buildx/buildx.js';
import { exec as realExec, type Exec } from './buildx/exec.js';
import { cacheExportFailed, cacheHits, lastError, MountStepWatcher } from './buildx/progress.js';
import { actionsCache, checkCacheService } from './cache/actions-cache.js';
import { CacheSession } from './cache/session.js';
import { ignoresGit, wholeContextCopies } from './dockerfile/advisor.js';
import { readStoredBuilder, selectedBuilderName } from './buildx/store.js';
import { readGitHubFacts } from './github/context.js';
import { InputError, InputErrors } from './inputs/errors.js';
import { parseInputs, type Inputs } from './inputs/inputs.js';
import { dockerfilePath, isRemoteContext, realFiles, validateInputs } from './inputs/validate.js';
import type { BuilderFacts, Facts } from './plan/facts.js';
import { planBuild, secretValues, withoutCacheExport, type BuildPlan } from './plan/plan.js';
import { cacheExportInputs, stageBuildInputs, stageCacheRef, withStageCaches } from './plan/cache.js';
import { atLeast } from './plan/semver.js';
import { inspectImage } from './publish/inspect.js';
import { dockerConfigCredentials } from './registry/auth.js';
import { RegistryClient, RegistryError } from './registry/client.js';
import { parseReference, repositoryName } from './registry/reference.js';
import { chooseBaseline } from './report/baseline.js';
import { evaluateGates } from './report/gates.js';
import { sizeMarkdown, sizesJson, sizeText } from './report/markdown.js';
import { digestsByPlatform } from './report/platforms.js';
import { sizeReport, type ImageFacts } from './report/sizes.js';
import { summaryMarkdown, summaryText, type BuildResult } from './report/summary.js';
import { explainCommentFailure, reportMarker, upsertComment } from './github/comment.js';
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
    adviseOnCacheBusting(runner, inputs);

    const pushed = inputs.push && inputs.tags.length > 0;
    const registry = new RegistryClient({ credentials: dockerConfigCredentials(execImpl) });
    const cacheInputs = await usableCache(runner, inputs, env);
    const caching = cacheInputs.cache === 'none' ? undefined : await runner.group('Cache', () => openCache(runner, execImpl, registry, cacheInputs, facts, tmpDir, env));
    const stages = await buildStages(runner, execImpl, cacheInputs, facts, caching);
    const plan = planBuild(withStageCaches(cacheInputs), { ...facts, localCache: caching?.localCache });
    // Read the baseline while the build runs; for the default on push events it is
    // what the tag pointed at before this build overwrites it.
    const baseline = pushed ? readBaseline(registry, inputs, facts) : undefined;

    const started = Date.now();
    const progress = await runner.group('Build', () => build(runner, execImpl, plan, caching));
    const durationMs = Date.now() - started;
    const cache = cacheHits(progress);
    if (caching) {
      const stepsRan = cache.cached < cache.total || stages.some(s => s.hits.cached < s.hits.total);
      await runner.group('Save cache', async () => {
        const exportTo = caching.exportTo;
        if (exportTo && stepsRan) await exportLocalCache(runner, execImpl, cacheInputs, facts, exportTo);
        await caching.save([...stages.map(s => s.progress), progress], stepsRan);
      });
    }

    const metadata = parseMetadata(readIfExists(plan.metadataFile));
    const imageId = plan.iidFile ? readIfExists(plan.iidFile).trim() || undefined : undefined;
    if (imageId) runner.setOutput('imageid', imageId);
    if (metadata.digest) runner.setOutput('digest', metadata.digest);
    runner.setOutput('metadata', JSON.stringify(metadata.raw, null, 2));

    const reportStarted = performance.now();
    const image = await runner.group('Publish', () => readBackPushed(runner, registry, inputs, metadata.digest, pushed));
    const platformDigests = image ? digestsByPlatform(image) : {};
    runner.setOutput('platform-digests', JSON.stringify(platformDigests));

    const result: BuildResult = { tags: inputs.tags, pushed, digest: metadata.digest, imageId, platformDigests, durationMs, cache, cacheNotes: { ...caching?.notes, ...stageNote(stages) } };
    const gateFailures = await runner.group('Report', async () => {
      const failures = await report(runner, inputs, facts, result, image, baseline);
      runner.info(`read back and reported in ${Math.round(performance.now() - reportStarted)} ms`);
      return failures;
    });
    if (gateFailures.length > 0) throw new Error(`size gate failed:\n  ${gateFailures.join('\n  ')}`);
  } catch (e) {
    runner.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/**
 * `COPY . .` with a `.git` directory in the context: that layer, and every one after
 * it, changes on each checkout, so no cache can help. Said on the Dockerfile line.
 */
function adviseOnCacheBusting(runner: Runner, inputs: Inputs): void {
  if (!inputs.context || isRemoteContext(inputs.context) || !fs.existsSync(path.join(inputs.context, '.git'))) return;
  const dockerfile = dockerfilePath(inputs);
  if (!dockerfile) return;
  // buildx prefers <Dockerfile>.dockerignore next to the Dockerfile over <context>/.dockerignore.
  const ignore = readIfExists(`${dockerfile}.dockerignore`) || readIfExists(path.join(inputs.context, '.dockerignore'));
  if (ignoresGit(ignore)) return;
  for (const line of wholeContextCopies(readIfExists(dockerfile))) {
    runner.warning(
      `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${path.join(inputs.context, '.dockerignore')}.`,
      { file: dockerfile, startLine: line, title: 'cache busting' }
    );
  }
}

function readIfExists(file: string): string {
  return realFiles.readText(file) ?? '';
}

/** Mask every secret value before anything is logged (multi-line values line by line too). */
function maskSecrets(runner: Runner, inputs: Inputs): void {
  for (const value of secretValues(inputs)) {
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

/** `cache: local`'s export build: nothing but the cache, from the builder's fresh state. */
async function exportLocalCache(runner: Runner, execImpl: Exec, inputs: Inputs, facts: Facts, to: string): Promise<void> {
  const tmpDir = path.join(facts.tmpDir, 'cache-export');
  fs.mkdirSync(tmpDir, { recursive: true });
  const plan = planBuild(cacheExportInputs(inputs), { ...facts, tmpDir, localCache: { to } });
  try {
    await build(runner, execImpl, plan, undefined);
  } catch (e) {
    runner.warning(`cache: local: exporting the cache failed (${(e as Error).message}); the image is built and pushed`);
  }
}

interface StageBuild {
  stage: string;
  progress: string;
  hits: { cached: number; total: number };
  ms: number;
}

/** `cache-stages`: each stage built on its own and exported to its own cache ref, before the image. */
async function buildStages(runner: Runner, execImpl: Exec, inputs: Inputs, facts: Facts, caching: CacheSession | undefined): Promise<StageBuild[]> {
  const built: StageBuild[] = [];
  for (const [i, stage] of inputs['cache-stages'].entries()) {
    const tmpDir = path.join(facts.tmpDir, `stage-${i}`);
    fs.mkdirSync(tmpDir, { recursive: true });
    const plan = planBuild(stageBuildInputs(inputs, stage), { ...facts, tmpDir, localCache: undefined });
    const started = Date.now();
    const progress = await runner.group(`Build stage ${stage} (cache ${stageCacheRef(inputs, stage)})`, () => build(runner, execImpl, plan, caching));
    built.push({ stage, progress, hits: cacheHits(progress), ms: Date.now() - started });
  }
  return built;
}

function stageNote(stages: StageBuild[]): { stages?: string } {
  if (stages.length === 0) return {};
  return { stages: stages.map(s => `${s.stage}: ${s.hits.cached}/${s.hits.total} steps cached, ${(s.ms / 1000).toFixed(1)} s`).join('; ') };
}

/** The inputs with `cache` set to `none` when its service cannot be used now: a warning, never a failure. */
async function usableCache(runner: Runner, inputs: Inputs, env: NodeJS.ProcessEnv): Promise<Inputs> {
  const mode = inputs.cache || 'none';
  if (mode !== 'gha' && mode !== 'local') return { ...inputs, cache: mode };
  const check = await checkCacheService(env);
  if (check.usable) return inputs;
  runner.warning(`cache: ${mode}: the GitHub Actions cache service is ${check.why}; this build runs without it`);
  return { ...inputs, cache: 'none' };
}

async function openCache(runner: Runner, execImpl: Exec, registry: RegistryClient, inputs: Inputs, facts: Facts, tmpDir: string, env: NodeJS.ProcessEnv): Promise<CacheSession> {
  const file = inputs.context && !isRemoteContext(inputs.context) ? dockerfilePath(inputs) : undefined;
  const text = file ? realFiles.readText(file) : undefined;
  return CacheSession.open(
    {
      exec: execImpl,
      registry,
      actionsCache: actionsCache(m => runner.warning(m)),
      info: m => runner.info(m),
      warning: m => runner.warning(m),
      cacheRoot: path.join(env.RUNNER_TEMP || os.tmpdir(), 'hoist-cache'),
      tmpDir
    },
    inputs,
    facts.github,
    file && text !== undefined ? { path: file, text } : undefined
  );
}

/**
 * Runs the build once, or, when saved cache mounts exist, restores them only if the
 * build turns out to need them: as soon as the mounts' stage comes to life (a step
 * of it runs or has its layers fetched) the restore starts beside the build. If a
 * cache-mount step starts before the restore is done, the build is stopped and,
 * once the mounts are in, started again (everything before that step is cached by
 * then). A build whose steps all come from the cache never fetches the mounts.
 */
async function runBuild(runner: Runner, execImpl: Exec, argv: string[], caching: CacheSession | undefined) {
  runner.info(['docker', ...argv].map(quoteArg).join(' '));
  if (!caching?.canRestoreMounts) return execImpl('docker', argv, { stream: true });
  const abort = new AbortController();
  let reason: string | undefined;
  let finished = false;
  let restoring: Promise<'warm' | 'restored' | 'failed'> | undefined;
  let inPlaceAt = Infinity;
  const restore = () =>
    (restoring ??= caching.builderHoldsMounts().then(async warm => {
      if (warm) return 'warm';
      await caching.restoreMounts();
      if (!caching.mountsInPlace) return 'failed';
      inPlaceAt = Date.now();
      return 'restored';
    }));
  const watcher = new MountStepWatcher(
    (line, startedAt) => {
      if (inPlaceAt <= startedAt) return; // the step began with the mounts in place
      void restore();
      void caching.builderHoldsMounts().then(warm => {
        // A builder that holds the mounts: the build just goes on.
        if (warm || finished || inPlaceAt <= startedAt) return;
        // Stopped at once, not when the restore is done: a step left to finish would run
        // while the files are being copied in, and BuildKit would keep its result.
        reason = line;
        abort.abort();
      });
    },
    { stages: caching.mountStages, onStageActive: () => void restore() }
  );
  const first = await execImpl('docker', argv, { stream: true, onOutput: text => watcher.feed(text), signal: abort.signal });
  finished = true;
  watcher.stop();
  // A restore started beside the build is never left running.
  const outcome = restoring ? await restoring : undefined;
  if (reason === undefined) return first;
  runner.info(
    `hoist: a cache-mount step started before its saved cache was in place (${reason.trim()}); stopped the build and started it again ` +
      (outcome === 'restored' ? 'with the cache' : 'without it (the restore failed)')
  );
  runner.info(['docker', ...argv].map(quoteArg).join(' '));
  return execImpl('docker', argv, { stream: true });
}

/** Runs the build; returns buildx's progress output. */
async function build(runner: Runner, execImpl: Exec, plan: BuildPlan, caching: CacheSession | undefined): Promise<string> {
  for (const file of plan.files) fs.writeFileSync(file.path, file.content, { mode: 0o600 });
  try {
    let result = await runBuild(runner, execImpl, plan.argv, caching);
    if (result.exitCode !== 0 && cacheExportFailed(result.stderr)) {
      // A cache that cannot be written (quota, rate limit, no such registry) must not
      // fail a build that succeeded: say so, and build again without exporting it.
      runner.warning(`the build succeeded but exporting its cache failed (${lastError(result.stderr)}); building again without cache-to`);
      const argv = withoutCacheExport(plan.argv);
      runner.info(['docker', ...argv].map(quoteArg).join(' '));
      result = await execImpl('docker', argv, { stream: true });
    }
    if (result.exitCode !== 0) {
      // Only a failed build asks for the version (a CLI start): was buildx too old for a flag?
      const buildx = await buildxVersion(execImpl).catch(() => undefined);
      const tooOld = buildx && !atLeast(buildx, MIN_BUILDX) ? ` — buildx ${buildx} is older than ${MIN_BUILDX}, which hoist needs: update it (docker/setup-buildx-action)` : '';
      throw new Error(`buildx failed with exit code ${result.exitCode}: ${lastError(result.stderr)}${tooOld}`);
    }
    return result.stderr;
  } finally {
    // Secret values live on disk only for the length of the build.
    for (const file of plan.files) fs.rmSync(file.path, { force: true });
  }
}

/** What the registry now holds for the first tag, by the digest buildx reported. */
async function readBackPushed(runner: Runner, registry: RegistryClient, inputs: Inputs, digest: string | undefined, pushed: boolean): Promise<ImageFacts | undefined> {
  if (!pushed || !digest) {
    runner.info('nothing pushed: platform-digests is empty and there is no size report (sizes are read from the registry)');
    return undefined;
  }
  try {
    const image = await inspectImage(registry, parseReference(inputs.tags[0]), digest);
    if (!image) throw new RegistryError(`${inputs.tags[0]}@${digest} is not in the registry`);
    return image;
  } catch (e) {
    runner.warning(`the image was pushed, but reading it back from the registry failed: ${(e as Error).message}`);
    return undefined;
  }
}

type Baseline = { image: ImageFacts; reference: string } | { reference?: string; reason: string };

function readBaseline(registry: RegistryClient, inputs: Inputs, facts: Facts): Promise<Baseline> {
  const choice = chooseBaseline(inputs['compare-to'], inputs.tags, facts.github);
  if (!('why' in choice)) return Promise.resolve({ reason: choice.reason });
  const reference = choice.reference;
  const ref = parseReference(reference);
  return inspectImage(registry, ref, ref.digest ?? ref.tag ?? 'latest').then(
    (image): Baseline => (image ? { image, reference } : { reference, reason: `${reference} does not exist yet (${choice.why})` }),
    (e: Error): Baseline => ({ reference, reason: `${reference} could not be read: ${e.message}` })
  );
}

/** The job summary, the log table, the `sizes` output, the PR comment; returns gate failures. */
async function report(runner: Runner, inputs: Inputs, facts: Facts, result: BuildResult, image: ImageFacts | undefined, baseline: Promise<Baseline> | undefined): Promise<string[]> {
  runner.info(summaryText(result));
  let markdown = summaryMarkdown(result);
  const failures: string[] = [];
  if (image && baseline) {
    const base = await baseline;
    if (!('image' in base) && base.reason.includes('could not be read')) runner.warning(`size baseline: ${base.reason}`);
    const name = repositoryName(parseReference(inputs.tags[0]));
    const sizes = sizeReport(image, name, base);
    const gates = evaluateGates(sizes, inputs['max-size'], inputs['max-size-increase']);
    runner.info(sizeText(sizes));
    runner.setOutput('sizes', sizesJson(sizes, gates));
    const table = sizeMarkdown(sizes, gates);
    markdown += `\n${table}`;
    await commentOnPullRequest(runner, inputs, facts, name, table);
    failures.push(...gates.flatMap(g => g.failures));
  }
  runner.appendSummary(markdown);
  return failures;
}

async function commentOnPullRequest(runner: Runner, inputs: Inputs, facts: Facts, image: string, body: string): Promise<void> {
  const github = facts.github;
  if (!inputs['pr-comment'] || !github.pullRequestNumber || !github.eventName.startsWith('pull_request')) return;
  if (!inputs['github-token']) {
    runner.warning('no github-token: the size report is in the job summary only');
    return;
  }
  const [owner, repo] = github.repository.split('/');
  try {
    const done = await upsertComment(
      { token: inputs['github-token'], apiUrl: github.apiUrl, owner, repo, issueNumber: github.pullRequestNumber, marker: reportMarker(image, github.job) },
      body
    );
    runner.info(`${done.action} the size comment on pull request #${github.pullRequestNumber}: ${done.url}`);
  } catch (e) {
    runner.warning(explainCommentFailure(e));
  }
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
