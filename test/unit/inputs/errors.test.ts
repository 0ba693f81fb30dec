// Input problems in words (inputs/errors.ts): InputError, InputErrors, InputWarning and the Findings that collect them.
import { describe, expect, it } from '@jest/globals';
import { fails, Findings, InputError, InputErrors, InputWarning, warns } from '../../../src/inputs/errors.js';

describe('InputError', () => {
  it('names the input, the problem with a full stop, then the fix', () => {
    const e = new InputError('platforms', "'linux/amd46' is not a platform", 'Use os/arch.');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InputError');
    expect(e.message).toBe("input 'platforms': 'linux/amd46' is not a platform. Use os/arch.");
    expect([e.input, e.problem, e.fix]).toEqual(['platforms', "'linux/amd46' is not a platform", 'Use os/arch.']);
  });

  it('puts no full stop after a question', () => {
    expect(new InputError('driver', "'x'; did you mean remote?", 'Use remote.').message).toBe("input 'driver': 'x'; did you mean remote? Use remote.");
  });
});

describe('InputErrors', () => {
  const a = new InputError('tags', 'is empty', 'Add a tag.');
  const b = new InputError('load', 'is set', 'Unset it.');

  it('is the one message for one problem', () => {
    const e = new InputErrors([a]);
    expect(e.name).toBe('InputErrors');
    expect(e.message).toBe("input 'tags': is empty. Add a tag.");
    expect(e.errors).toEqual([a]);
  });

  it('lists several, counted', () => {
    expect(new InputErrors([a, b]).message).toBe("2 input problems:\n  - input 'tags': is empty. Add a tag.\n  - input 'load': is set. Unset it.");
  });
});

describe('InputWarning', () => {
  it('joins the problem and what happens instead with a semicolon, ending in a full stop', () => {
    const w = new InputWarning('secrets', "'TOKEN' has an empty value", 'skipped');
    expect(w.message).toBe("input 'secrets': 'TOKEN' has an empty value; skipped.");
    expect(w).not.toBeInstanceOf(Error);
  });

  it('puts nothing between a question and the consequence', () => {
    expect(new InputWarning('outputs', "no attribute 'pussh'; did you mean push?", 'BuildKit ignores it').message).toBe(
      "input 'outputs': no attribute 'pussh'; did you mean push? BuildKit ignores it."
    );
  });
});

describe('Findings', () => {
  it('files each finding as an error (it has a fix) or a warning (a consequence), in the order found', () => {
    const found = new Findings();
    found.add('a', fails('p1', 'f1'));
    found.add('b', warns('p2', 'c2'));
    found.error('c', 'p3', 'f3');
    found.warn('d', 'p4', 'c4');
    expect(found.errors.map(e => e.message)).toEqual(["input 'a': p1. f1", "input 'c': p3. f3"]);
    expect(found.warnings.map(w => w.message)).toEqual(["input 'b': p2; c2.", "input 'd': p4; c4."]);
  });

  it('builds the plain finding objects', () => {
    expect(fails('p', 'f')).toEqual({ problem: 'p', fix: 'f' });
    expect(warns('p', 'c')).toEqual({ problem: 'p', consequence: 'c' });
  });
});
