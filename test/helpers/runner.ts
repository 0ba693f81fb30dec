/**
 * A runner that keeps what the step says and sets, in order, for tests to assert on:
 * inputs from a record, state in memory, every log line, annotation, output, summary,
 * exported variable and failure as an event.
 */
import type { Annotation, Runner } from '../../src/runner/protocol.js';

export type RunnerEvent =
  | { kind: 'info' | 'debug' | 'secret' | 'summary' | 'failed' | 'group' | 'env'; text: string }
  | { kind: 'warning' | 'error'; text: string; annotation?: Annotation }
  | { kind: 'output'; name: string; text: string };

export class FakeRunner implements Runner {
  readonly events: RunnerEvent[] = [];
  readonly outputs: Record<string, string> = {};
  private readonly state: Record<string, string> = {};
  constructor(
    private readonly inputs: Record<string, string>,
    readonly isDebug = false
  ) {}
  debug = (message: string): void => void this.events.push({ kind: 'debug', text: message });
  getInput = (name: string, trim: boolean): string => (trim ? (this.inputs[name] ?? '').trim() : (this.inputs[name] ?? ''));
  setOutput = (name: string, value: string): void => {
    this.outputs[name] = value;
    this.events.push({ kind: 'output', name, text: value });
  };
  saveState = (name: string, value: string): void => {
    this.state[name] = value;
  };
  getState = (name: string): string => this.state[name] ?? '';
  setSecret = (value: string): void => void this.events.push({ kind: 'secret', text: value });
  info = (message: string): void => void this.events.push({ kind: 'info', text: message });
  warning = (message: string, annotation?: Annotation): void => void this.events.push({ kind: 'warning', text: message, annotation });
  error = (message: string, annotation?: Annotation): void => void this.events.push({ kind: 'error', text: message, annotation });
  group = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    this.events.push({ kind: 'group', text: name });
    return fn();
  };
  appendSummary = (markdown: string): void => void this.events.push({ kind: 'summary', text: markdown });
  exportVariable = (name: string, value: string): void => void this.events.push({ kind: 'env', text: `${name}=${value}` });
  setFailed = (message: string): void => void this.events.push({ kind: 'failed', text: message });

  texts(kind: RunnerEvent['kind']): string[] {
    return this.events.filter(e => e.kind === kind).map(e => e.text);
  }
  get failed(): string | undefined {
    return this.texts('failed')[0];
  }
}
