// readback/files.ts: the layers' files stacked as the OCI image spec applies changesets; the bytes wasted, the largest files, the top-N heap.
import { describe, expect, it } from '@jest/globals';
import { layerFiles, pathParts, platformFiles, TopN, wastedBytes, type LayerEntry } from '../../../src/readback/files.js';

const f = (path: string, size: number): LayerEntry => ({ path, kind: 'file', size });
const d = (path: string): LayerEntry => ({ path, kind: 'dir', size: 0 });
const ln = (path: string, link: string): LayerEntry => ({ path, kind: 'link', size: 0, link });
const sym = (path: string): LayerEntry => ({ path, kind: 'other', size: 0 });

describe('pathParts', () => {
  it.each([
    ['./usr/bin/', ['usr', 'bin']],
    ['usr//bin/./sh', ['usr', 'bin', 'sh']],
    ['/etc/passwd', ['etc', 'passwd']],
    ['./', []],
    ['../etc/passwd', undefined],
    ['a/../../b', undefined]
  ])('%s → %j', (name, parts) => {
    expect(pathParts(name)).toEqual(parts);
  });
});

describe('TopN', () => {
  it('keeps the n largest of any number pushed, largest first, ties by the order given', () => {
    const top = new TopN<number>(3, n => n);
    for (const n of [5, 1, 9, 3, 9, 7, 2, 8, 6, 4]) top.push(n);
    expect(top.sorted()).toEqual([9, 9, 8]);
    const names = new TopN<{ k: number; s: string }>(2, x => x.k);
    for (const x of [
      { k: 1, s: 'c' },
      { k: 1, s: 'a' },
      { k: 0, s: 'z' }
    ])
      names.push(x);
    expect(names.sorted((a, b) => a.s.localeCompare(b.s)).map(x => x.s)).toEqual(['a', 'c']);
    const none = new TopN<number>(0, n => n);
    none.push(1);
    expect(none.sorted()).toEqual([]);
  });
});

describe('layerFiles', () => {
  it('counts regular files and their bytes; whiteouts, directories and links are not files; the largest from the root', () => {
    const files = layerFiles([d('app/'), f('app/a.bin', 3_000_000), f('./app/b', 10), f('app/.wh.old', 0), ln('app/c', 'app/a.bin'), sym('bin'), f('app/empty', 0)], 2);
    expect(files).toEqual({
      files: 3,
      bytes: 3_000_010,
      largest: [
        { path: '/app/a.bin', size: 3_000_000 },
        { path: '/app/b', size: 10 }
      ]
    });
  });
});

/** wastedBytes, brief: the bytes, then `path size layer>hiddenBy how` for each wasted file. */
function wasted(layers: LayerEntry[][]): [number, number, string[]] {
  const w = wastedBytes(layers);
  return [w.bytes, w.fileBytes, w.largest.map(x => `${x.path} ${x.size} ${x.layer}>${x.hiddenBy} ${x.how}`)];
}

describe('wastedBytes: file copies a later layer overwrites or deletes', () => {
  it.each<[string, LayerEntry[][], [number, number, string[]]]>([
    ['nothing hidden', [[d('a/'), f('a/x', 10)], [f('a/y', 20)]], [0, 30, []]],
    ['a file overwritten: the lower copy only (the one the image shows is not waste)', [[f('a', 100)], [f('a', 50)]], [100, 150, ['/a 100 0>1 overwritten']]],
    ['a file deleted by a whiteout', [[f('tmp/big', 3_000_000)], [f('tmp/.wh.big', 0)]], [3_000_000, 3_000_000, ['/tmp/big 3000000 0>1 deleted']]],
    ['a directory deleted: all it held, at any depth', [[d('d/'), f('d/x', 10), d('d/y/'), f('d/y/z', 20)], [f('.wh.d', 0)]], [30, 30, ['/d/y/z 20 0>1 deleted', '/d/x 10 0>1 deleted']]],
    ['an opaque directory: the layers beneath, not its own layer', [[f('d/x', 10)], [d('d/'), f('d/new', 5), f('d/.wh..wh..opq', 0)]], [10, 15, ['/d/x 10 0>1 deleted']]],
    [
      "an opaque marker first, then the layer's own file",
      [
        [f('d/x', 10), f('d/sub/y', 1)],
        [f('d/.wh..wh..opq', 0), f('d/x', 4)]
      ],
      [11, 15, ['/d/x 10 0>1 deleted', '/d/sub/y 1 0>1 deleted']]
    ],
    ["a whiteout does not hide its own layer's file, written before it", [[f('a', 10)], [f('a', 20), f('.wh.a', 0)]], [10, 30, ['/a 10 0>1 overwritten']]],
    ['… nor one written after it', [[f('a', 10)], [f('.wh.a', 0), f('a', 20)]], [10, 30, ['/a 10 0>1 deleted']]],
    ['a hard link keeps the bytes until its last name goes', [[f('a', 100), ln('b', 'a')], [f('.wh.a', 0)]], [0, 100, []]],
    ['… then they are wasted', [[f('a', 100), ln('./b', './a')], [f('.wh.a', 0)], [f('.wh.b', 0)]], [100, 100, ['/a 100 0>2 deleted']]],
    ['a link to nothing known shares nothing', [[ln('b', 'nowhere')], [f('.wh.b', 0)]], [0, 0, []]],
    ['a file where a directory is now', [[f('x', 10)], [d('x/'), f('x/y', 5)]], [10, 15, ['/x 10 0>1 deleted']]],
    ['… also when only a file below it says so', [[f('x', 10)], [f('x/y', 5)]], [10, 15, ['/x 10 0>1 deleted']]],
    ['a directory where a file is now: all it held', [[f('d/a', 10), f('d/b/c', 20)], [f('d', 7)]], [30, 37, ['/d/b/c 20 0>1 deleted', '/d/a 10 0>1 deleted']]],
    [
      'a directory over a directory merges',
      [
        [d('d/'), f('d/a', 10)],
        [d('d/'), f('d/b', 1)]
      ],
      [0, 11, []]
    ],
    ['the same path twice in one layer: the first copy', [[f('a', 10), f('a', 12)]], [10, 22, ['/a 10 0>0 overwritten']]],
    ['aufs bookkeeping (.wh..wh.plnk) deletes nothing', [[f('a', 10)], [d('.wh..wh.plnk/'), f('.wh..wh.plnk/1.2', 0)]], [0, 10, []]],
    ['a whiteout of a path no layer has', [[f('a', 10)], [f('x/.wh.y', 0), f('.wh.nothing', 0)]], [0, 10, []]],
    ['names are compared from the root (./a and a are one path)', [[f('./a', 10)], [f('a', 5)]], [10, 15, ['/a 10 0>1 overwritten']]],
    ['an entry outside the root is left out', [[f('../a', 10), f('a', 1)]], [0, 1, []]],
    ['a symlink over a file: the file is wasted, the link weighs nothing', [[f('a', 10)], [sym('a')], [f('.wh.a', 0)]], [10, 10, ['/a 10 0>1 overwritten']]]
  ])('%s', (_, layers, expected) => {
    expect(wasted(layers)).toEqual(expected);
  });

  it('keeps the 10 largest wasted files, and counts all of them', () => {
    const lower = Array.from({ length: 25 }, (_, i) => f(`f${i}`, (i + 1) * 100));
    const upper = lower.map(e => f(`.wh.${e.path}`, 0));
    const w = wastedBytes([lower, upper]);
    expect(w.bytes).toBe((25 * 26 * 100) / 2);
    expect(w.largest.map(x => x.size)).toEqual([2500, 2400, 2300, 2200, 2100, 2000, 1900, 1800, 1700, 1600]);
  });
});

describe('platformFiles', () => {
  it('gives each layer its files, and the waste when every layer was read', () => {
    const files = platformFiles([{ entries: [f('a', 10)] }, { entries: [f('.wh.a', 0), f('b', 2)] }], 1);
    expect(files).toEqual({
      layers: [
        { files: 1, bytes: 10, largest: [{ path: '/a', size: 10 }] },
        { files: 1, bytes: 2, largest: [{ path: '/b', size: 2 }] }
      ],
      wasted: { bytes: 10, fileBytes: 12, largest: [{ path: '/a', size: 10, layer: 0, hiddenBy: 1, how: 'deleted' }] }
    });
  });

  it("a layer not read: its reason, the others' files, and no waste (what it hid or held is not known)", () => {
    const files = platformFiles([{ entries: [f('a', 10)] }, { notAnalysed: 'a zstd layer' }]);
    expect(files).toEqual({ layers: [{ files: 1, bytes: 10, largest: [{ path: '/a', size: 10 }] }, { notAnalysed: 'a zstd layer' }] });
  });
});
