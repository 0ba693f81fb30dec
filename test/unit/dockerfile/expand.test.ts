import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { stageBase } from '../../../src/dockerfile/mounts.js';

// Shell word expansion, seen through a FROM word: stageBase expands it with the global ARGs.
describe('stageBase', () => {
  it.each([
    ['${V}', 'v'],
    ['${V:-d}', 'v'],
    ['${U:-d}', 'd'],
    ['${U-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${V:+x}', 'x'],
    ['${U:+x}-y', '-y'],
    ['${V#v}a', 'a'],
    ['${P##*/}', 'c'],
    ['${P#*/}', 'b/c'],
    ['${P%/*}', 'a/b'],
    ['${P%%/*}', 'a'],
    ['${P/b/B}', 'a/B/c'],
    ['${P//\\//-}', 'a-b-c'],
    ['"$V"\'$V\'\\$V', 'v$V$V'],
    ['$V$', 'v$'],
    ['${V:?}', 'v']
  ])('expands %s to %j', (word, expected) => {
    const vars = parseDockerfile(`ARG V=v EMPTY= P=a/b/c U\nFROM img:${word}/x\n`);
    expect(stageBase(vars, 0)?.image).toBe(`img:${expected}/x`);
  });

  it.each(['${U:?required}', '${}', '${V', '${V:#x}', '$U'])('%s leaves the base unknown', word => {
    expect(stageBase(parseDockerfile(`ARG V=v U\nFROM img:${word}\n`), 0)).toBeUndefined();
  });
});
