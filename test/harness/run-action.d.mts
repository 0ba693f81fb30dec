export const ROOT: string;
export const FAKE_TOKEN: string;

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ActionRun {
  main: StepResult;
  post: StepResult;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Everything a user could see: both steps' logs (minus mask commands), outputs, summary. */
  visible: string;
}

export interface RunOptions {
  /** Working directory (GITHUB_WORKSPACE); the repository root by default. */
  workspace?: string;
  env?: Record<string, string>;
  /** Runner temp dir; a fresh one by default. */
  runnerTemp?: string;
  /** Copy the steps' output to ours as it arrives. */
  echo?: boolean;
  /** Runs between the main and the post step: later steps of the same job (posts run last-first). */
  beforePost?: (step: { main: StepResult; state: Record<string, string>; outputs: Record<string, string> }) => Promise<void>;
}

export function inputEnv(inputs: Record<string, string>): Record<string, string>;
export function parseCommandFile(text: string): Record<string, string>;
export function runAction(inputs: Record<string, string>, options?: RunOptions): Promise<ActionRun>;
