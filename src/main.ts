/**
 * The action's main step: the inputs read and checked, the kind of run decided once
 * (plan/run.ts), then that mode's phases (src/phases/), each in its own log group. Any
 * error fails the step with its message; what may only warn does so inside its phase.
 */
import { BuildFailedError } from './buildx/build.js';
import { InputErrors } from './inputs/errors.js';
import { builderProblems } from './inputs/validate.js';
import { cacheBustingAdvice } from './plan/advice.js';
import { decideRun, runMode, type Job } from './plan/run.js';
import { build } from './phases/build.js';
import { buildStages, cacheNotes, openCache, planCaching, saveCache } from './phases/cache.js';
import { annotateWarnings, reportFailure } from './phases/diagnose.js';
import { checkAllInputs, readInputs } from './phases/inputs.js';
import { logIn } from './phases/login.js';
import { measure } from './phases/measure.js';
import { metadata } from './phases/metadata.js';
import { uploadBuildRecord } from './phases/record.js';
import { readMeanwhile, report } from './phases/report.js';
import { announceNodes, builderReady, gatherFacts, setUpBuildMachine, type BuildMachine } from './phases/setup.js';
import type { Ports } from './ports.js';
import { state } from './runner/state.js';

export async function run(ports: Ports): Promise<void> {
  const { runner } = ports;
  state.markMainStarted(runner);
  try {
    const { given, secrets } = await readInputs(ports);
    // The modules of comment-only, hand-off and merge load only for the steps that use them.
    if (runMode(given) === 'comment-only') return await (await import('./phases/comment-only.js')).commentOnly(ports, given);
    const checked = await checkAllInputs(ports, given);
    let inputs = checked.inputs;
    const { facts, machine } = await runner.group('Builder', async () => {
      const facts = { ...(await gatherFacts(ports, inputs)), ...(checked.dockerfile ? { dockerfile: checked.dockerfile } : {}) };
      return { facts, machine: runMode(inputs) === 'merge' ? {} : await setUpBuildMachine(ports, inputs, facts, checked.nodes) };
    });
    if (machine.builder) inputs = { ...inputs, builder: machine.builder.name };
    if (checked.logins.length > 0) await runner.group('Login', () => logIn(ports, inputs, checked.logins, facts.tmpDir));
    inputs = await metadata(ports, inputs);
    if (runMode(inputs) === 'merge') return await mergeMode(ports, { inputs, facts, secrets, run: decideRun(inputs, facts) });
    await buildMode(ports, inputs, facts, secrets, machine);
  } catch (e) {
    runner.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/** merge: the platform jobs' digests made into one index → read back → report. */
async function mergeMode(ports: Ports, job: Job): Promise<void> {
  for (const note of job.run.notes) ports.runner.info(note);
  if (!job.run.pushes) return;
  const { merge } = await import('./phases/merge.js');
  // On a push, the baseline is what the tags point at before the merge moves them.
  const before = readMeanwhile(ports, job);
  await report(ports, job, await merge(ports, job, before.baseline), before);
}

/** build and platform job: cache → build → hand off, or measure → read back → report. */
async function buildMode(ports: Ports, inputs: Job['inputs'], facts: Job['facts'], secrets: string[], machine: BuildMachine): Promise<void> {
  const { runner } = ports;
  const limits = builderProblems(inputs, facts.builder);
  if (limits.length > 0) throw new InputErrors(limits);
  for (const advice of cacheBustingAdvice(facts.dockerfile, ports.files)) runner.warning(advice.message, { file: advice.file, startLine: advice.line, title: advice.title });
  const cache = await planCaching(ports, inputs, facts);
  // A builder hoist set up boots meanwhile; a new one holds no cache mounts, so the session need not ask it.
  const session = await openCache(ports, inputs, facts, cache, machine.builder?.created);
  const builderNote = await builderReady(runner, machine.builder);
  // Decided once the builder answers: whether a build that is not pushed can be measured depends on its BuildKit.
  const job: Job = { inputs, facts, secrets, run: decideRun(inputs, facts) };
  const builtOn = announceNodes(runner, facts.builder, inputs.platforms);
  const stages = await buildStages(ports, inputs, facts, cache, session);
  const before = readMeanwhile(ports, job);
  const built = await build(ports, job, cache, session).catch(async (e: unknown) => {
    if (e instanceof BuildFailedError) {
      reportFailure(ports, facts.dockerfile?.path, e, secrets);
      await uploadBuildRecord(ports, job);
    }
    throw e;
  });
  if (session) await saveCache(ports, inputs, facts, cache, session, stages, built);
  annotateWarnings(ports, facts.dockerfile?.path, built.metadata.warnings);
  const digest = built.metadata.digest;
  const handedOn = job.run.handsOff && digest ? await runner.group('Hand off', async () => (await import('./phases/hand-off.js')).handOff(ports, job, digest)) : undefined;
  const measured = await measure(ports, job);
  for (const note of job.run.notes) runner.info(note);
  const produced = {
    digest,
    imageId: built.imageId,
    durationMs: built.durationMs,
    cache: built.hits,
    pushRetries: built.pushRetries,
    cacheNotes: cacheNotes(session, stages),
    builder: builderNote,
    stagePlatforms: machine.stagePlatforms
  };
  // The build record (a failed build's too, above) comes last, as in build-push-action's post step, also when a size gate fails.
  await report(ports, job, { ...produced, ...(builtOn ? { builtOn } : {}), ...(handedOn ? { handedOn } : {}), ...(measured ? { measured: true } : {}) }, { ...before, measured }).finally(() =>
    uploadBuildRecord(ports, job, built.metadata)
  );
}
