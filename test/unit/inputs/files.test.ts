// realFiles (inputs/files.ts): the file system as the input checks see it, against a temp directory.
import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { realFiles } from '../../../src/inputs/files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-files-'));
const file = path.join(dir, 'Dockerfile');
fs.writeFileSync(file, 'FROM alpine\n');
const missing = path.join(dir, 'missing');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('realFiles', () => {
  it.each<[string, string, boolean, boolean]>([
    ['a file', file, true, false],
    ['a directory', dir, false, true],
    ['nothing', missing, false, false],
    ['a path through a file', path.join(file, 'x'), false, false]
  ])('%s: isFile %s, isDirectory %s', (_what, p, isFile, isDirectory) => {
    expect(realFiles.isFile(p)).toBe(isFile);
    expect(realFiles.isDirectory(p)).toBe(isDirectory);
  });

  it('reads a file as UTF-8, and nothing from a directory or a missing path', () => {
    expect(realFiles.readText(file)).toBe('FROM alpine\n');
    expect(realFiles.readText(dir)).toBeUndefined();
    expect(realFiles.readText(missing)).toBeUndefined();
  });
});
