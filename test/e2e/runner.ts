// The runner emulation lives in test/harness/ so `npm run demo` and the benchmarks use the very same one.
export { FAKE_TOKEN, ROOT, inputEnv, parseCommandFile, runAction } from '../harness/run-action.mjs';
export type { ActionRun } from '../harness/run-action.mjs';
