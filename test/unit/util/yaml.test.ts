// parseYaml: the lazily loaded YAML parser, as the append and registry-auths inputs use it.
import { describe, expect, it, jest } from '@jest/globals';
import { parseYaml, scalarValues } from '../../../src/util/yaml.js';

describe('parseYaml', () => {
  it('parses a YAML list of maps', async () => {
    await expect(parseYaml('- name: arm\n  platforms: [linux/arm64]\n- endpoint: tcp://x:1234\n')).resolves.toEqual([{ name: 'arm', platforms: ['linux/arm64'] }, { endpoint: 'tcp://x:1234' }]);
  });

  it('reads every scalar as the string written (the failsafe schema): no numbers, booleans or nulls', async () => {
    await expect(parseYaml('a: true\nb: 1.5\nc: yes\nd: ~\ne: "007"\nf: 0012345678901234567890\ng:\nh: !!int 12\ni: !!binary aGk=')).resolves.toEqual({
      a: 'true',
      b: '1.5',
      c: 'yes',
      d: '~',
      e: '007',
      f: '0012345678901234567890',
      g: '',
      h: '12',
      i: 'aGk='
    });
  });

  it('gives null for an empty document', async () => {
    await expect(parseYaml('')).resolves.toBeNull();
  });

  it('rejects what is not YAML, without quoting the text', async () => {
    const failure = parseYaml('a: [1, s3cr3t');
    await expect(failure).rejects.toThrow('Flow sequence in block collection must be sufficiently indented and end with a ]');
    await expect(failure).rejects.not.toThrow('s3cr3t');
  });

  it('says nothing: a warning (an unknown tag) would quote the line', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(parseYaml('password: !token s3cr3t')).resolves.toEqual({ password: 's3cr3t' });
      expect(warn).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      consoleWarn.mockRestore();
    }
  });
});

describe('scalarValues', () => {
  it('every scalar value at any depth, not the keys, nor a string under an excepted key', () => {
    expect(scalarValues({ registry: 'r', password: ['a', { token: 'b' }], extra: 'c', nested: { registry: 'd' } }, ['registry'])).toEqual(['a', 'b', 'c']);
    expect(scalarValues('p')).toEqual(['p']);
    expect(scalarValues(null)).toEqual([]);
  });
});
