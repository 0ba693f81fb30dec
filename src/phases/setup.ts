/**
 * The build machine, made ready before the build as setup-qemu-action and
 * setup-buildx-action would in steps of their own: QEMU handlers only for the platforms
 * a stage runs RUN steps on under emulation (registered first, as BuildKit looks for
 * them when it starts), then a builder of hoist's own when the current one cannot do
 * what the inputs ask. Says what it did and why; a cross-compiling Dockerfile costs nothing.
 */
import * as path from 'node:path';
import { builderFacts } from '../buildx/builder.js';
import { bootBuilder, createBuilder } from '../buildx/setup.js';
import type { Ports } from '../ports.js';
import { binfmtArch, hasHandler, installHandlers } from '../docker/binfmt.js';
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
export async function gatherFacts(ports: Ports, inputs: Pick<Inputs, 'builder' | 'load' | 'platforms'>): Promise<Facts> {
  const { env, runner } = ports;
  const tmpDir = privateTmpDir(runner, env.runnerTemp);
  const builder = await builderFacts(ports.exec, inputs.builder, env, inputs.load ? inputs.platforms.length : 0);
  runner.info(`builder ${builder.name} (${builder.driver} driver${builder.buildkitVersion ? `, BuildKit ${builder.buildkitVersion}` : ''})`);
  return {
    builder,
    github: env.workflow,
    tmpDir,
    noDefaultAttestations: env.noDefaultAttestations,
    // The same path, spelled ~/.cache/hoist, on every runner: the Actions cache versions entries by path.
    cacheRoot: path.join(env.home, '.cache', 'hoist')
  };
}

export async function setUpBuildMachine(ports: Ports, inputs: Inputs, facts: Facts, nodes: AppendNode[]): Promise<BuildMachine> {
  const plan = planBuilderSetup(inputs, facts.builder, facts.github, nodes);
  const stages = await prepareEmulation(ports, inputs, facts, plan);
  if (!plan) return { stagePlatforms: stages };
  return { builder: await setUpPlannedBuilder(ports, plan, facts), stagePlatforms: stages };
}

/** Warns on each stage that compiles under emulation, and registers the QEMU handlers the build needs. */
async function prepareEmulation(ports: Ports, inputs: Inputs, facts: Facts, plan: BuilderSetup | undefined): Promise<StageRow[] | undefined> {
  const { runner } = ports;
  const file = facts.dockerfile?.path;
  const text = facts.dockerfile?.text;
  if (!file || text === undefined) return undefined;
  // The builder the build will run on: the one about to be set up (on this engine), or the current one.
  const builder = plan ? plannedFacts(plan) : facts.builder;
  const local = builderOnThisMachine(builder, ports.env.dockerHost);
  const buildPlatform = builder.platforms[0] ?? hostPlatform(process.arch);
  const emulation = planEmulationOnNodes(text, inputs, nodeGroups(builder, inputs.platforms, buildPlatform));
  for (const a of emulation.advice) runner.warning(a.message, { file, startLine: a.line, title: a.title });
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
  if (created) state.saveBuilderToRemove(runner, plan.name);
  const ready = bootBuilder(ports.exec, plan, created).then(booted => {
    facts.builder = { ...booted, engineLoadsMultiPlatform: facts.builder.engineLoadsMultiPlatform };
    const how = created ? `set up in ${((ports.now() - started) / 1000).toFixed(1)} s` : 'reused from an earlier hoist step of this job';
    return {
      log: `builder ${plan.name} (${plan.driver} driver${booted.buildkitVersion ? `, BuildKit ${booted.buildkitVersion}` : ''}) ${how}`,
      note: `${plan.name} (${plan.driver} driver), ${how}: ${plan.why}`
    };
  });
  // Awaited later; a boot that fails before then must not count as unhandled.
  ready.catch(() => undefined);
  return { name: plan.name, created, ready };
}
