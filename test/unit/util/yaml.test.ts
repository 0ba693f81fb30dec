// parseYaml: the lazily loaded YAML parser, as the append input and the meta-* inputs use it.
import { describe, expect, it } from '@jest/globals';
import { parseYaml } from '../../../src/util/yaml.js';

describe('parseYaml', () => {
  it('parses a YAML list of maps', async () => {
    await expect(parseYaml('- name: arm\n  platforms: [linux/arm64]\n- endpoint: tcp://x:1234\n')).resolves.toEqual([{ name: 'arm', platforms: ['linux/arm64'] }, { endpoint: 'tcp://x:1234' }]);
  });

  it('reads scalars with the YAML 1.2 core schema', async () => {
    await expect(parseYaml('a: true\nb: 1.5\nc: yes\nd: ~\ne: "007"')).resolves.toEqual({ a: true, b: 1.5, c: 'yes', d: null, e: '007' });
  });

  it('gives null for an empty document', async () => {
    await expect(parseYaml('')).resolves.toBeNull();
  });

  it('rejects what is not YAML', async () => {
    await expect(parseYaml('a: [1, 2')).rejects.toThrow('Flow sequence in block collection must be sufficiently indented and end with a ]');
  });
});
