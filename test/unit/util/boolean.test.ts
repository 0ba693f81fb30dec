// parseBool: the YAML words action inputs take and the Go words buildx reads, and what neither grammar takes.
import { describe, expect, it } from '@jest/globals';
import { parseBool } from '../../../src/util/boolean.js';

describe('parseBool', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads the YAML word %j as %s in both grammars', (word, value) => {
    expect(parseBool(word, 'yaml')).toBe(value);
    expect(parseBool(word, 'go')).toBe(value);
  });

  it.each([
    ['1', true],
    ['t', true],
    ['T', true],
    ['0', false],
    ['f', false],
    ['F', false]
  ])("reads Go's %j as %s, which YAML does not take", (word, value) => {
    expect(parseBool(word, 'go')).toBe(value);
    expect(parseBool(word, 'yaml')).toBeUndefined();
  });

  it.each(['', 'yes', 'no', 'on', 'off', 'tRUE', ' true', 'true ', '2', 'toString', 'constructor', '__proto__'])('takes %j in neither grammar', word => {
    expect(parseBool(word, 'yaml')).toBeUndefined();
    expect(parseBool(word, 'go')).toBeUndefined();
  });
});
