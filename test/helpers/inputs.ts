import { INPUT_KINDS, parseInputs, type Inputs } from '../../src/inputs/inputs.js';

/** Inputs as the runner would give them with every default, plus the overrides (raw strings). */
export function rawInputs(overrides: Record<string, string> = {}): Inputs {
  for (const name of Object.keys(overrides)) {
    if (!(name in INPUT_KINDS)) throw new Error(`test uses unknown input ${name}`);
  }
  return parseInputs((name, trim) => {
    const value = overrides[name] ?? '';
    return trim ? value.trim() : value;
  });
}
