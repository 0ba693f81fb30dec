// The CSV attribute lists of list entries (inputs/attrs.ts): key=value splitting, exporter types, attestation booleans, the attribute tables.
import { describe, expect, it } from '@jest/globals';
import { attrProblem, csvFields, hasExporter, hasType, imageOutputs, knownKeys, parseAttrs, resolveAttestationAttrs, splitKeyValue, type AttrKind } from '../../../src/inputs/attrs.js';

describe('splitKeyValue', () => {
  it.each<[string, [string, string]]>([
    ['A=1', ['A', '1']],
    ['URL=https://x?a=b', ['URL', 'https://x?a=b']],
    ['NAME', ['NAME', '']],
    ['EMPTY=', ['EMPTY', '']],
    ['=value', ['', 'value']],
    ['', ['', '']]
  ])('%j → %j', (entry, pair) => {
    expect(splitKeyValue(entry)).toEqual(pair);
  });
});

describe('parseAttrs', () => {
  it('splits fields at commas and each at its first =, trimming both sides', () => {
    expect(parseAttrs(' type = registry , ref=ghcr.io/acme/app:cache,mode=max')).toEqual([
      ['type', 'registry'],
      ['ref', 'ghcr.io/acme/app:cache'],
      ['mode', 'max']
    ]);
  });

  it('keeps a quoted field whole, commas and all', () => {
    expect(parseAttrs('"type=local,dest=a,b",push=false')).toEqual([
      ['type', 'local,dest=a,b'],
      ['push', 'false']
    ]);
  });

  it('gives a field without = an empty value', () => {
    expect(parseAttrs('type=provenance,true')).toEqual([
      ['type', 'provenance'],
      ['true', '']
    ]);
  });

  // A quote inside a field is data to buildx's csvvalue, as csvFields reads it; parseAttrs throws csv-parse's
  // "Invalid Opening Quote" instead, which escapes checkInputs as an error naming no input (see the report).
  it('reads a quote inside a value as csvFields does', () => {
    expect(csvFields('type=local,dest="ab"')).toEqual(['type=local', 'dest="ab"']);
    expect(() => parseAttrs('type=local,dest="ab"')).not.toThrow();
    expect(imageOutputs(['type=local,dest="ab"'])).toEqual([]);
  });
});

describe('hasType', () => {
  it.each<[string, string, boolean]>([
    ['provenance', 'type=provenance,mode=max', true],
    ['sbom', 'mode=max,type=sbom', true],
    ['sbom', 'type=provenance', false],
    ['gha', 'type=registry,ref=x', false],
    ['registry', 'ref=x', false]
  ])('%s in %j: %s', (type, value, found) => {
    expect(hasType(type, value)).toBe(found);
  });
});

describe('exporters of outputs', () => {
  it.each<[string, string[], boolean]>([
    ['local', ['out'], true],
    ['local', ['./build/out'], true],
    ['local', ['type=local,dest=out'], true],
    ['tar', ['type=tar,dest=image.tar'], true],
    ['docker', ['type=registry', 'type=docker'], true],
    ['local', ['type=registry'], false],
    ['local', [], false]
  ])('hasExporter(%s, %j) is %s', (type, outputs, found) => {
    expect(hasExporter(type, outputs)).toBe(found);
  });

  it('keeps the outputs that make an image: not files (local, tar, a bare path), not cacheonly', () => {
    const outputs = ['type=registry', 'out', 'type=local,dest=x', 'type=tar,dest=a.tar', 'type=cacheonly', 'type=oci,dest=img.tar', 'type=image,push=true', 'type=docker'];
    expect(imageOutputs(outputs)).toEqual(['type=registry', 'type=oci,dest=img.tar', 'type=image,push=true', 'type=docker']);
  });

  // buildx's rule (and outputFindings' warning): one field that is the whole entry and not type=… is a directory
  // for the local exporter, `dest=out` included. exporterType reads it as an exporter of no type, an image output.
  it("takes a bare entry with = (buildx's directory 'dest=out') for the local exporter", () => {
    expect(hasExporter('local', ['dest=out'])).toBe(true);
    expect(imageOutputs(['dest=out'])).toEqual([]);
  });
});

describe('resolveAttestationAttrs', () => {
  it.each([
    ['type=provenance,true', 'type=provenance,disabled=false'],
    ['type=sbom,false', 'type=sbom,disabled=true'],
    ['type=sbom, 0 ', 'type=sbom,disabled=true'],
    ['type=provenance,T,mode=max', 'type=provenance,disabled=false,mode=max'],
    ['type=provenance,mode=max', 'type=provenance,mode=max'],
    ['type=sbom,yes', 'type=sbom,yes']
  ])('%j → %j', (attrs, resolved) => {
    expect(resolveAttestationAttrs(attrs)).toBe(resolved);
  });
});

describe('csvFields', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['type=provenance,mode=max', ['type=provenance', 'mode=max']],
    ['a,"b,c",d', ['a', 'b,c', 'd']],
    [' a , b', [' a ', ' b']],
    ['mode="max', ['mode="max']]
  ])('%j → %j (nothing trimmed, quotes keep commas)', (value, fields) => {
    expect(csvFields(value)).toEqual(fields);
  });

  it('throws on a quote left open at the start of a field', () => {
    expect(() => csvFields('type=sbom,"generator=x')).toThrow('Quote Not Closed');
  });
});

describe('the attribute tables', () => {
  const table: Record<string, AttrKind> = {
    mode: ['min', 'max', 'full'],
    sharing: ['copy', 'delete'],
    reproducible: 'bool',
    push: 'flag',
    level: 'integer',
    name: 'text'
  };

  it.each<[string, string]>([
    ['mode', 'max'],
    ['sharing', 'delete'],
    ['reproducible', 'true'],
    ['reproducible', '0'],
    ['reproducible', 'F'],
    ['push', ''],
    ['push', 'false'],
    ['level', '3'],
    ['level', '-3'],
    ['level', '+12'],
    ['name', ''],
    ['name', 'anything at all'],
    ['unknown', 'x'],
    ['toString', 'x']
  ])('%s=%j fits (or is not in the table)', (key, value) => {
    expect(attrProblem('entry', key, value, table)).toBeUndefined();
  });

  it.each<[string, string, [string, string]]>([
    ['mode', 'fast', ["'entry' has mode=fast", 'mode takes min, max or full.']],
    ['mode', '', ["'entry' has mode=''", 'mode takes min, max or full.']],
    ['sharing', 'mirror', ["'entry' has sharing=mirror", 'sharing takes copy or delete.']],
    ['reproducible', '', ["'entry' has reproducible=''", 'reproducible takes true or false.']],
    ['reproducible', 'yes', ["'entry' has reproducible=yes", 'reproducible takes true or false.']],
    ['push', 'maybe', ["'entry' has push=maybe", 'push takes true or false.']],
    ['level', '3.5', ["'entry' has level=3.5", 'level takes a whole number.']],
    ['level', '', ["'entry' has level=''", 'level takes a whole number.']]
  ])('%s=%j is [problem, fix] %j', (key, value, problem) => {
    expect(attrProblem('entry', key, value, table)).toEqual(problem);
  });

  it('suggests the nearest key, else lists them all', () => {
    expect(knownKeys('mod', table)).toBe('did you mean mode?');
    expect(knownKeys('Push', table)).toBe('did you mean push?');
    expect(knownKeys('colour', table)).toBe('it knows mode, sharing, reproducible, push, level, name');
    // The cacheonly exporter takes none: said, not an empty list.
    expect(knownKeys('foo', {})).toBe('it takes no attributes');
  });
});
