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
    // A problem ending in a question ("did you mean x?") needs no full stop.
    super(`input '${input}': ${problem}${problem.endsWith('?') ? '' : '.'} ${fix}`);
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

/**
 * Something in one input that docker/build-push-action tolerates, or that buildx
 * ignores: said as a warning naming the input and what happens instead, and the step goes on.
 */
export class InputWarning {
  readonly message: string;
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly consequence: string
  ) {
    this.message = `input '${input}': ${problem}${problem.endsWith('?') ? '' : ';'} ${consequence}.`;
  }
}

/** One thing wrong with one value: an error with its fix, or a warning with what happens instead. */
export type Finding = { problem: string; fix: string } | { problem: string; consequence: string };

export const fails = (problem: string, fix: string): Finding => ({ problem, fix });
export const warns = (problem: string, consequence: string): Finding => ({ problem, consequence });

/** Everything the checks found, in the order found. */
export class Findings {
  readonly errors: InputError[] = [];
  readonly warnings: InputWarning[] = [];

  add(input: string, finding: Finding): void {
    if ('fix' in finding) this.errors.push(new InputError(input, finding.problem, finding.fix));
    else this.warnings.push(new InputWarning(input, finding.problem, finding.consequence));
  }

  error(input: string, problem: string, fix: string): void {
    this.add(input, fails(problem, fix));
  }

  warn(input: string, problem: string, consequence: string): void {
    this.add(input, warns(problem, consequence));
  }
}
