import { describe, expect, it } from '@jest/globals';
import { FAKE_TOKEN, inputEnv, parseCommandFile } from '../../e2e/runner.js';

// The e2e tests are only as faithful as this emulation of the runner.
describe('runner emulation', () => {
  it('passes every input as INPUT_<NAME>, hyphens kept, defaults filled in', () => {
    const env = inputEnv({ 'build-args': 'A=1', push: 'true' });
    expect(env['INPUT_BUILD-ARGS']).toBe('A=1');
    expect(env.INPUT_PUSH).toBe('true');
    expect(env.INPUT_LOAD).toBe('false');
    expect(env.INPUT_TAGS).toBe('');
    expect(env['INPUT_GITHUB-TOKEN']).toBe(FAKE_TOKEN);
  });
  it('refuses inputs action.yml does not declare', () => {
    expect(() => inputEnv({ 'not-an-input': 'x' })).toThrow(/no input 'not-an-input'/);
  });
  it('reads GITHUB_OUTPUT heredocs and plain lines', () => {
    expect(parseCommandFile('a<<ghadelimiter_1\nline1\nline2\nghadelimiter_1\nb=2\n')).toEqual({ a: 'line1\nline2', b: '2' });
  });
});
