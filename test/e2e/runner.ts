// The runner emulation lives in scripts/ so `npm run demo` and the benchmarks use the very same one.
export { FAKE_TOKEN, ROOT, inputEnv, parseCommandFile, runAction } from '../../scripts/run-action.mjs';
export type { ActionRun, RunOptions, StepResult } from '../../scripts/run-action.mjs';
