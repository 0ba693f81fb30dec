// Raw inputs to typed Inputs (inputs/inputs.ts): booleans with their defaults, strings, and lists read as build-push-action reads them.
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/inputs/errors.js';
import { INPUT_KINDS, parseBoolean, parseInputs } from '../../../src/inputs/inputs.js';

describe('parseBoolean', () => {
  it.each([
    ['push', 'true', true],
    ['push', 'True', true],
    ['push', 'FALSE', false],
    ['push', '', false],
    ['load', '', false],
    ['pr-comment', '', true],
    ['cache-mounts', '', true],
    ['logout', '', true],
    ['logout', 'false', false]
  ])('%s: %j → %s', (name, value, parsed) => {
    expect(parseBoolean(name, value)).toBe(parsed);
  });

  it.each(['1', 'yes', 't', 'on'])("refuses %j, which is not a YAML boolean (Go's words included)", value => {
    expect(() => parseBoolean('push', value)).toThrow(InputError);
    expect(() => parseBoolean('push', value)).toThrow(`input 'push': '${value}' is not a boolean. Use true or false.`);
  });
});

describe('parseInputs', () => {
  /** A reader over raw values that records how each input was asked for. */
  function reader(raw: Record<string, string>): { read: (name: string, trim: boolean) => string; asked: Map<string, boolean> } {
    const asked = new Map<string, boolean>();
    return {
      asked,
      read: (name, trim) => {
        asked.set(name, trim);
        const value = raw[name] ?? '';
        return trim ? value.trim() : value;
      }
    };
  }

  it('reads every input once, only secrets and the separators untrimmed', () => {
    const { read, asked } = reader({});
    parseInputs(read);
    expect([...asked.keys()].sort()).toEqual(Object.keys(INPUT_KINDS).sort());
    expect([...asked].filter(([, trim]) => !trim).map(([name]) => name)).toEqual(['secrets', 'meta-sep-tags', 'meta-sep-labels', 'meta-sep-annotations']);
  });

  it('gives every default: empty strings and lists, the booleans that default to true', () => {
    const inputs = parseInputs(reader({}).read);
    expect(inputs.context).toBe('');
    expect(inputs.platforms).toEqual([]);
    expect(inputs.secrets).toEqual([]);
    expect([inputs.push, inputs.load, inputs.merge, inputs['pr-comment'], inputs['cache-mounts'], inputs.logout]).toEqual([false, false, false, true, true, true]);
  });

  it('splits lists at newlines, and at commas unless the input keeps them', () => {
    const inputs = parseInputs(
      reader({
        platforms: 'linux/amd64,linux/arm64\nlinux/arm/v7',
        tags: ' r/a:1 , r/a:2 ',
        'build-args': 'A=1,2\nB=3',
        'cache-to': 'type=registry,ref=x,mode=max',
        labels: '\n\na=b\n\n'
      }).read
    );
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    expect(inputs.tags).toEqual(['r/a:1', 'r/a:2']);
    expect(inputs['build-args']).toEqual(['A=1,2', 'B=3']);
    expect(inputs['cache-to']).toEqual(['type=registry,ref=x,mode=max']);
    expect(inputs.labels).toEqual(['a=b']);
  });

  it('keeps quotes in outputs and driver-opts (buildx reads them), and drops them elsewhere', () => {
    const inputs = parseInputs(reader({ outputs: 'type=local,"dest=a,b"', 'driver-opts': '"image=x"', 'build-args': '"A=1,2"' }).read);
    expect(inputs.outputs).toEqual(['type=local,"dest=a,b"']);
    expect(inputs['driver-opts']).toEqual(['"image=x"']);
    expect(inputs['build-args']).toEqual(['A=1,2']);
  });

  it("keeps a secret's surrounding whitespace", () => {
    expect(parseInputs(reader({ secrets: 'TOKEN= abc \nKEY=x' }).read).secrets).toEqual(['TOKEN= abc ', 'KEY=x']);
  });

  it('throws the input error of a boolean that is not one', () => {
    expect(() => parseInputs(reader({ 'no-cache': 'maybe' }).read)).toThrow("input 'no-cache': 'maybe' is not a boolean. Use true or false.");
  });
});
