/**
 * The build machine, made ready before the build as setup-qemu-action and
 * setup-buildx-action would in steps of their own: QEMU handlers only for the platforms
 * a stage runs RUN steps on under emulation (registered first, as BuildKit looks for
 * them when it starts), then a builder of hoist's own when the current one cannot do
 * what the inputs ask. Says what it did and why; a cross-compiling Dockerfile costs nothing.
 */
import { setUpBuilder } from './buildx/setup.js';
import type { RunContext } from './context.js';
import { binfmtArch, hasHandler, installHandlers } from './docker/binfmt.js';
import type { Inputs } from './inputs/inputs.js';
import { localDockerfile } from './inputs/validate.js';
import { planBuilderSetup, type BuilderSetup } from './plan/builder.js';
import { builderOnThisMachine, hostPlatform, planEmulation, type EmulationNeed, type StageRow } from './plan/emulation.js';
import type { Facts } from './plan/facts.js';
import { state } from './state.js';

export interface BuildMachine {
  /** The builder hoist set up (or reused) for this step; undefined when it builds on the current one. */
  builder?: { name: string; note: string };
  /** Where each stage's RUN steps execute, for the job summary; undefined when the Dockerfile could not be read. */
  stagePlatforms?: StageRow[];
}

export async function setUpBuildMachine(ctx: RunContext, inputs: Inputs, facts: Facts): Promise<BuildMachine> {
  const plan = planBuilderSetup(inputs, facts.builder, facts.github);
  const stages = await prepareEmulation(ctx, inputs, facts, plan);
  if (!plan) return { stagePlatforms: stages };
  return { builder: await setUpPlannedBuilder(ctx, plan, facts), stagePlatforms: stages };
}

/** Warns on each stage that compiles under emulation, and registers the QEMU handlers the build needs. */
async function prepareEmulation(ctx: RunContext, inputs: Inputs, facts: Facts, plan: BuilderSetup | undefined): Promise<StageRow[] | undefined> {
  const { runner } = ctx;
  const file = localDockerfile(inputs);
  const text = file ? ctx.files.readText(file) : undefined;
  if (!file || text === undefined) return undefined;
  // The builder the build will run on: the one about to be set up (on this engine), or the current one.
  const builder = plan ? { driver: plan.driver, endpoints: plan.endpoint ? [plan.endpoint] : [], platforms: [] as string[] } : facts.builder;
  const local = builderOnThisMachine(builder, ctx.env);
  const buildPlatform = builder.platforms[0] ?? hostPlatform(process.arch);
  const emulation = planEmulation(text, inputs, buildPlatform);
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
      `QEMU: ${describe(missing)}, which builder ${facts.builder.name} does not list; hoist cannot register QEMU on another machine. The build goes on; if it fails with "exec format error", install QEMU on the BuildKit host or cross-compile those stages.`
    );
    return emulation.rows;
  }
  const unknown = missing.filter(n => binfmtArch(n.platform) === undefined);
  if (unknown.length > 0) runner.warning(`QEMU: no emulator hoist knows for ${describe(unknown)}; the build goes on without one for them.`);
  const known = missing.filter(n => binfmtArch(n.platform) !== undefined);
  if (known.length === 0) return emulation.rows;
  const archs = known.map(n => binfmtArch(n.platform)!);
  const image = inputs['binfmt-image'];
  runner.info(`QEMU: registering ${archs.join(', ')} with ${image}: ${describe(known)}`);
  try {
    await installHandlers(ctx.exec, image, archs);
  } catch (e) {
    return emulationUnavailable(ctx, { driver: builder.driver, image }, known, (e as Error).message, emulation.rows);
  }
  const still = known.filter(n => !hasHandler(n.platform));
  if (still.length > 0) return emulationUnavailable(ctx, { driver: builder.driver, image }, still, `${image} ran, but the kernel has no handler for them afterwards`, emulation.rows);
  return emulation.rows;
}

/**
 * A docker-container builder's BuildKit image (moby/buildkit) carries QEMU emulators of
 * its own: that build may still work, slowly, as it does after setup-buildx-action alone.
 * Any other builder would fail at the first emulated RUN step: stop before building.
 */
function emulationUnavailable(ctx: RunContext, how: { driver: string; image: string }, missing: EmulationNeed[], why: string, rows: StageRow[]): StageRow[] {
  const fix = `Cross-compile those stages (FROM --platform=$BUILDPLATFORM with $TARGETOS/$TARGETARCH), or let ${how.image} run privileged to register QEMU (binfmt-image), or register it before hoist (docker/setup-qemu-action).`;
  const message = `cannot register QEMU for ${describe(missing)}: ${why}.`;
  if (how.driver !== 'docker-container') throw new Error(`${message} ${fix}`);
  ctx.runner.warning(`${message} The build goes on with the emulators in the BuildKit image, if it has them. ${fix}`);
  return rows;
}

/** `linux/arm64 (stage 'build', line 3)` for each platform. */
function describe(needs: EmulationNeed[]): string {
  return needs.map(n => `${n.platform} (${n.stages.map(s => `stage '${s.name}', line ${s.line}`).join('; ')})`).join(', ');
}

/** Sets up (or reuses) the planned builder; the facts are the new builder's from then on. */
async function setUpPlannedBuilder(ctx: RunContext, plan: BuilderSetup, facts: Facts): Promise<{ name: string; note: string }> {
  const { runner } = ctx;
  runner.info(`builder: setting up ${plan.name} (${plan.driver} driver): ${plan.why}`);
  const setup = await setUpBuilder(ctx.exec, plan, facts.tmpDir, ctx.env);
  // Only the step that created it removes it: post steps run last-first, so that one's comes after every step that reused it.
  if (setup.created) state.saveBuilderToRemove(runner, plan.name);
  facts.builder = { ...setup.facts, engineLoadsMultiPlatform: facts.builder.engineLoadsMultiPlatform };
  const how = setup.created ? `set up in ${(setup.ms / 1000).toFixed(1)} s` : 'reused from an earlier hoist step of this job';
  runner.info(`builder ${plan.name} (${plan.driver} driver${setup.facts.buildkitVersion ? `, BuildKit ${setup.facts.buildkitVersion}` : ''}) ${how}`);
  return { name: plan.name, note: `${plan.name} (${plan.driver} driver), ${how}: ${plan.why}` };
}
