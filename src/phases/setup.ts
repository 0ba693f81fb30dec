/**
 * The build machine, made ready before the build as setup-qemu-action and
 * setup-buildx-action would in steps of their own: QEMU handlers only for the platforms
 * a stage runs RUN steps on under emulation (registered first, as BuildKit looks for
 * them when it starts), then a builder of hoist's own when the current one cannot do
 * what the inputs ask. Says what it did and why; a cross-compiling Dockerfile costs nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builderFacts } from '../buildx/builder.js';
import { buildxVersion } from '../buildx/buildx.js';
import { cachedBinary, downloadRelease, httpGet, installToToolCache, latestTag, pluginConfigDir, releaseArch, releasesJsonUrl, releaseUrls, toolCacheDir } from '../buildx/install.js';
import { inspectOutputs, knownOutputs, type BuilderOutputs } from '../buildx/outputs.js';
import { readStoredBuilder } from '../buildx/store.js';
import { actionsCache } from '../cache/actions-cache.js';
import { buildxRelease } from '../inputs/builder.js';
import { bootBuilder, createBuilder, useBuilder } from '../buildx/setup.js';
import type { Ports } from '../ports.js';
import { hasHandler, installHandlers } from '../docker/binfmt.js';
import { binfmtArch, QEMU_ARCH } from '../util/qemu.js';
import type { Inputs } from '../inputs/inputs.js';
import { planBuilderSetup, type BuilderSetup } from '../plan/builder.js';
import { builderOnThisMachine, hostPlatform, planEmulationOnNodes, type EmulationNeed, type StageRow } from '../plan/emulation.js';
import type { BuilderFacts, BuilderNode, Facts } from '../plan/facts.js';
import { assignPlatforms, type AppendNode } from '../plan/nodes.js';
import type { Runner } from '../runner/protocol.js';
import { privateTmpDir, state } from '../runner/state.js';

export interface BuildMachine {
  /** The builder hoist set up (or reused) for this step; undefined when it builds on the current one. */
  builder?: PlannedBuilder;
  /** Where each stage's RUN steps execute, for the job summary; undefined when the Dockerfile could not be read. */
  stagePlatforms?: StageRow[];
}

/** What planning needs to know of the world: the builder, the workflow run, hoist's own temp directory. */
export async function gatherFacts(ports: Ports, inputs: Pick<Inputs, 'builder' | 'load' | 'platforms' | 'version' | 'cache-binary'>): Promise<Facts> {
  const { env, runner } = ports;
  const tmpDir = privateTmpDir(runner, env.runnerTemp);
  // The same path, spelled ~/.cache/hoist, on every runner: the Actions cache versions entries by path.
  const cacheRoot = path.join(env.home, '.cache', 'hoist');
  // Before anything asks buildx: every later call runs the version asked for.
  if (inputs.version) await runBuildxVersion(ports, inputs, { tmpDir, cacheRoot });
  const builder = await builderFacts(ports.exec, inputs.builder, env, inputs.load ? inputs.platforms.length : 0);
  runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
  return {
    builder,
    github: env.workflow,
    tmpDir,
    noDefaultAttestations: env.noDefaultAttestations,
    cacheRoot
  };
}

/**
 * setup-buildx-action's `version`: the runner's buildx when it is that release; otherwise
 * the release from the tool cache, the Actions cache (`cache-binary`) or a download
 * checked against its checksums.txt, run through a docker config of hoist's own.
 */
async function runBuildxVersion(ports: Ports, inputs: Pick<Inputs, 'version' | 'cache-binary'>, dirs: { tmpDir: string; cacheRoot: string }): Promise<void> {
  const { env, runner } = ports;
  const asked = buildxRelease(inputs.version)!;
  const fail = (e: unknown): never => {
    throw new Error(
      `version: buildx ${asked} could not be installed: ${(e as Error).message}.${env.buildxMirror ? '' : ' A runner without access to github.com can name a mirror of its releases in HOIST_BUILDX_MIRROR.'}`
    );
  };
  const tag = asked === 'latest' ? latestTag((await httpGet(releasesJsonUrl(env.buildxMirror)).catch(fail)).toString('utf8')) : asked;
  const runners = await buildxVersion(ports.exec).catch(() => undefined);
  if (runners === tag) {
    runner.info(`buildx ${tag}: the runner's own (version: ${inputs.version})`);
    return;
  }
  const arch = releaseArch(process.arch);
  const toolDir = toolCacheDir(env.toolCache, tag, process.arch);
  let binary = cachedBinary(toolDir);
  let from = 'the tool cache';
  // The Actions cache (when the runner offers one) holds the file under hoist's cache root; its key names the release and the architecture.
  const cacheService = env.actions.resultsUrl ?? env.actions.cacheUrl;
  const cache = inputs['cache-binary'] && cacheService ? actionsCache(m => runner.warning(m), dirs.cacheRoot) : undefined;
  const cacheDir = path.join(dirs.cacheRoot, 'buildx-bin', tag, arch);
  const key = `hoist-buildx-bin-${tag}-${arch}`;
  if (!binary && cache && (await cache.restore(cacheDir, key, []))) {
    binary = installToToolCache(toolDir, fs.readFileSync(path.join(cacheDir, 'docker-buildx')));
    from = 'the Actions cache';
  }
  if (!binary) {
    const urls = releaseUrls(tag, arch, env.buildxMirror);
    runner.info(`buildx ${tag}: downloading ${urls.binary} (the runner's is ${runners ?? 'unknown'})`);
    const bytes = await downloadRelease(httpGet, tag, arch, env.buildxMirror).catch(fail);
    binary = installToToolCache(toolDir, bytes);
    from = 'a download checked against its checksums.txt';
    if (cache) {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.copyFileSync(binary, path.join(cacheDir, 'docker-buildx'));
      if (await cache.save(cacheDir, key)) runner.info(`buildx ${tag}: kept in the Actions cache (cache-binary)`);
    }
  }
  // Builders stay in the user's buildx store; only the plugin docker runs changes, for this step.
  const config = pluginConfigDir(path.join(dirs.tmpDir, 'buildx-docker-config'), env.dockerConfig, binary);
  env.programEnv.BUILDX_CONFIG = env.buildxConfig;
  env.programEnv.DOCKER_CONFIG = config;
  env.dockerConfig = config;
  runner.info(`buildx ${tag} from ${from}: ${binary}`);
}

export async function setUpBuildMachine(ports: Ports, inputs: Inputs, facts: Facts, nodes: AppendNode[]): Promise<BuildMachine> {
  const plan = planBuilderSetup(inputs, facts.builder, facts.github, nodes);
  const stages = await prepareEmulation(ports, inputs, facts, plan);
  if (!plan) {
    // No builder to set up: the outputs describe the current one, from what is known of it already.
    setOutputs(ports, knownOutputs(facts.builder, readStoredBuilder(facts.builder.name, ports.env)));
    return { stagePlatforms: stages };
  }
  return { builder: await setUpPlannedBuilder(ports, plan, facts), stagePlatforms: stages };
}

/** setup-buildx-action's outputs for the builder the build runs on; one that cannot be read is a warning. */
function setOutputs(ports: Ports, outputs: BuilderOutputs): void {
  for (const key of ['name', 'driver', 'platforms', 'nodes'] as const) ports.runner.setOutput(key, outputs[key]);
}

async function setBuilderOutputs(ports: Ports, name: string): Promise<void> {
  try {
    setOutputs(ports, await inspectOutputs(ports.exec, name));
  } catch (e) {
    ports.runner.warning(`the builder outputs (name, driver, platforms, nodes) are not set: ${(e as Error).message}`);
  }
}

/** Warns on each stage that compiles under emulation, and registers the QEMU handlers the build needs. */
async function prepareEmulation(ports: Ports, inputs: Inputs, facts: Facts, plan: BuilderSetup | undefined): Promise<StageRow[] | undefined> {
  const { runner } = ports;
  const file = facts.dockerfile?.path;
  const text = facts.dockerfile?.text;
  const asked = inputs['binfmt-platforms'];
  if (!file || text === undefined) {
    if (asked.length > 0) await registerAsked(ports, inputs['binfmt-image'], asked, undefined);
    return undefined;
  }
  // The builder the build will run on: the one about to be set up (on this engine), or the current one.
  const builder = plan ? plannedFacts(plan) : facts.builder;
  const local = builderOnThisMachine(builder, ports.env.dockerHost);
  const buildPlatform = builder.platforms[0] ?? hostPlatform(process.arch);
  const emulation = planEmulationOnNodes(text, inputs, nodeGroups(builder, inputs.platforms, buildPlatform));
  for (const a of emulation.advice) runner.warning(a.message, { file, startLine: a.line, title: a.title });
  if (asked.length > 0) {
    await registerAsked(ports, inputs['binfmt-image'], asked, emulation.needs);
    return emulation.rows;
  }
  if (emulation.needs.length === 0) {
    runner.info(`QEMU: not needed: every stage runs its RUN steps on ${buildPlatform}`);
    return emulation.rows;
  }

  const missing = emulation.needs.filter(n => (local ? !hasHandler(n.platform) : !builder.platforms.includes(n.platform)));
  if (missing.length === 0) {
    runner.info(`QEMU: ${emulation.needs.map(n => n.platform).join(', ')} already ${local ? 'registered on this machine' : 'listed by the builder'}`);
    return emulation.rows;
  }
  if (!local) {
    // Another machine's handlers are its own business; build-push-action would just try.
    runner.warning(
      `QEMU: ${platformsAndStages(missing)}, which builder ${facts.builder.name} does not list; hoist cannot register QEMU on another machine. The build goes on; if it fails with "exec format error", install QEMU on the BuildKit host or cross-compile those stages.`
    );
    return emulation.rows;
  }
  const unknown = missing.filter(n => binfmtArch(n.platform) === undefined);
  if (unknown.length > 0) runner.warning(`QEMU: no emulator hoist knows for ${platformsAndStages(unknown)}; the build goes on without one for them.`);
  const known = missing.filter(n => binfmtArch(n.platform) !== undefined);
  if (known.length === 0) return emulation.rows;
  const archs = known.map(n => binfmtArch(n.platform)!);
  const image = inputs['binfmt-image'];
  runner.info(`QEMU: registering ${archs.join(', ')} with ${image}: ${platformsAndStages(known)}`);
  try {
    await installHandlers(ports.exec, image, archs);
  } catch (e) {
    return emulationUnavailable(ports, { driver: builder.driver, image }, known, (e as Error).message, emulation.rows);
  }
  const still = known.filter(n => !hasHandler(n.platform));
  if (still.length > 0) return emulationUnavailable(ports, { driver: builder.driver, image }, still, `${image} ran, but the kernel has no handler for them afterwards`, emulation.rows);
  return emulation.rows;
}

/**
 * setup-qemu-action's `platforms` (`binfmt-platforms`): exactly those emulators, on this
 * machine, whatever the analysis found; it fails the step when the image cannot run, as
 * setup-qemu-action does. A handler still missing afterwards is a warning.
 */
async function registerAsked(ports: Ports, image: string, asked: string[], needs: EmulationNeed[] | undefined): Promise<void> {
  const analysis =
    needs === undefined ? 'the Dockerfile was not read' : needs.length === 0 ? 'the Dockerfile analysis asks for none' : `the Dockerfile analysis asks for ${needs.map(n => n.platform).join(', ')}`;
  ports.runner.info(`QEMU: registering ${asked.join(', ')} with ${image}, as binfmt-platforms asks (instead of the analysis' choice: ${analysis})`);
  try {
    await installHandlers(ports.exec, image, asked);
  } catch (e) {
    throw new Error(`binfmt-platforms: could not register QEMU for ${asked.join(', ')}: ${(e as Error).message}. Check that ${image} can run privileged (binfmt-image).`);
  }
  // A bare architecture (`arm64`) is a Linux one; this machine's own needs no handler.
  const host = binfmtArch(hostPlatform(process.arch));
  const missing = asked.filter(p => p !== 'all' && binfmtArch(asPlatform(p)) !== host && !hasHandler(asPlatform(p)));
  if (missing.length > 0) ports.runner.warning(`QEMU: ${image} ran, but the kernel has no handler for ${missing.join(', ')} afterwards (binfmt-platforms).`);
}

const asPlatform = (entry: string): string => (entry in QEMU_ARCH ? `linux/${entry}` : entry);

/**
 * A docker-container builder's BuildKit image (moby/buildkit) carries QEMU emulators of
 * its own: that build may still work, slowly, as it does after setup-buildx-action alone.
 * Any other builder would fail at the first emulated RUN step: stop before building.
 */
function emulationUnavailable(ports: Ports, how: { driver: string; image: string }, missing: EmulationNeed[], why: string, rows: StageRow[]): StageRow[] {
  const fix = `Cross-compile those stages (FROM --platform=$BUILDPLATFORM with $TARGETOS/$TARGETARCH), or let ${how.image} run privileged to register QEMU (binfmt-image), or register it before hoist (docker/setup-qemu-action).`;
  const message = `cannot register QEMU for ${platformsAndStages(missing)}: ${why}.`;
  if (how.driver !== 'docker-container') throw new Error(`${message} ${fix}`);
  ports.runner.warning(`${message} The build goes on with the emulators in the BuildKit image, if it has them. ${fix}`);
  return rows;
}

/** What is known of a planned builder before it exists: its nodes as declared; the first node runs on this machine's platform. */
function plannedFacts(plan: BuilderSetup): BuilderFacts {
  const first: BuilderNode = { name: `${plan.name}0`, endpoint: plan.endpoint ?? '', status: '', platforms: [hostPlatform(process.arch)], declared: plan.platforms };
  const added = plan.nodes.map((n, i): BuilderNode => ({ name: n.name ?? `${plan.name}${i + 1}`, endpoint: n.endpoint ?? '', status: '', platforms: n.platforms.slice(0, 1), declared: n.platforms }));
  return { name: plan.name, driver: plan.driver, endpoints: [first, ...added].map(n => n.endpoint).filter(e => e !== ''), platforms: [], nodes: [first, ...added] };
}

/** Each node's own platform (its first listed) and the platforms buildx sends to it; one group for a one-node builder. */
function nodeGroups(builder: BuilderFacts, platforms: string[], buildPlatform: string): Array<{ buildPlatform: string; platforms: string[] }> {
  const nodes = builder.nodes ?? [];
  if (nodes.length < 2) return [{ buildPlatform, platforms }];
  const groups = new Map<BuilderNode, string[]>();
  for (const { platform, node } of assignPlatforms(nodes, platforms)) groups.set(node, [...(groups.get(node) ?? []), platform]);
  return [...groups.entries()].map(([node, ps]) => ({ buildPlatform: node.platforms[0] ?? buildPlatform, platforms: ps }));
}

/**
 * Which node builds which platform, said in the log and kept for the job summary
 * (`linux/arm64` → `hoist-ab1 (tcp://arm64:1234)`); undefined for a one-node builder.
 */
export function announceNodes(runner: Runner, builder: BuilderFacts, platforms: string[]): Record<string, string> | undefined {
  if ((builder.nodes ?? []).length < 2 || platforms.length === 0) return undefined;
  const nodes = Object.fromEntries(assignPlatforms(builder.nodes!, platforms).map(({ platform, node }) => [platform, `${node.name} (${node.endpoint})`]));
  for (const [platform, node] of Object.entries(nodes)) runner.info(`${platform} builds on node ${node}`);
  return nodes;
}

/** Waits for the builder hoist set up to answer, and says so; returns the summary's note. */
export async function builderReady(runner: Runner, builder: PlannedBuilder | undefined): Promise<string | undefined> {
  if (!builder) return undefined;
  return runner.group('Builder ready', async () => {
    const { log, note } = await builder.ready;
    runner.info(log);
    return note;
  });
}

/** `linux/arm64 (stage 'build', line 3)` for each platform. */
function platformsAndStages(needs: EmulationNeed[]): string {
  return needs.map(n => `${n.platform} (${n.stages.map(s => `stage '${s.name}', line ${s.line}`).join('; ')})`).join(', ');
}

/** The builder hoist set up for this step (or reused), booting. */
export interface PlannedBuilder {
  name: string;
  /** True when this step created it: nothing of an earlier run is in it. */
  created: boolean;
  /**
   * Resolves once its BuildKit answers, with the log line and the summary note; the
   * facts are the new builder's from then on. Awaited before anything asks the builder.
   */
  ready: Promise<{ log: string; note: string }>;
}

/** Creates (or finds) the planned builder and starts booting it; the boot runs beside the cache lookups. */
async function setUpPlannedBuilder(ports: Ports, plan: BuilderSetup, facts: Facts): Promise<PlannedBuilder> {
  const { runner } = ports;
  const started = ports.now();
  runner.info(`builder: setting up ${plan.name} (${plan.driver} driver): ${plan.why}`);
  const created = await createBuilder(ports.exec, plan, facts.tmpDir, ports.env);
  // Only the step that created it removes it: post steps run last-first, so that one's comes after every step that reused it.
  if (created && plan.cleanup) {
    state.saveBuilderToRemove(runner, plan.name);
    if (plan.keepState) state.saveKeepState(runner);
  } else if (created) runner.info(`builder ${plan.name} stays after the job (cleanup: false)`);
  const ready = bootBuilder(ports.exec, plan, created).then(async booted => {
    facts.builder = { ...booted, engineLoadsMultiPlatform: facts.builder.engineLoadsMultiPlatform };
    const how = created ? `set up in ${((ports.now() - started) / 1000).toFixed(1)} s` : 'reused from an earlier hoist step of this job';
    // setup-buildx-action's `use` (its `create --use`): hoist itself names the builder in every call, so only later steps see it.
    if (plan.use) {
      await useBuilder(ports.exec, plan.name);
      runner.info(`builder ${plan.name} is now the current builder for the job's later steps (use: true)`);
    }
    await setBuilderOutputs(ports, plan.name);
    return {
      log: `builder ${plan.name} (${plan.driver} driver${booted.buildkitVersion ? `, BuildKit ${booted.buildkitVersion}` : ''}) ${how}`,
      note: `${plan.name} (${plan.driver} driver), ${how}: ${plan.why}`
    };
  });
  // Awaited later; a boot that fails before then must not count as unhandled.
  ready.catch(() => undefined);
  return { name: plan.name, created, ready };
}
