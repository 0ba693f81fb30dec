/**
 * A problem with one action input, found before anything is built or pushed.
 * The message names the input, the offending value and what to do instead.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly fix: string
  ) {
    super(`input '${input}': ${problem}. ${fix}`);
    this.name = 'InputError';
  }
}

/** Several input problems reported together, so a user fixes them in one go. */
export class InputErrors extends Error {
  constructor(readonly errors: InputError[]) {
    super(errors.length === 1 ? errors[0].message : `${errors.length} input problems:\n${errors.map(e => `  - ${e.message}`).join('\n')}`);
    this.name = 'InputErrors';
  }
}
