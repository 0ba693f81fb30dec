// The runner emulation lives in test/harness/ so `npm run demo` and the benchmarks use the very same one.
export { FAKE_TOKEN, ROOT, inputEnv, parseCommandFile, runAction } from '../harness/run-action.mjs';
import type { ActionRun } from '../harness/run-action.mjs';
export type { ActionRun };

/** The tail of a run's main step, for an assertion's message when it did not succeed. */
export function explain(run: ActionRun): string {
  return `main exit ${run.main.exitCode}\n--- stdout\n${run.main.stdout.slice(-4000)}\n--- stderr\n${run.main.stderr.slice(-2000)}`;
}
