/**
 * The mirror rule: every src/ file has a unit test at the matching path (src/a/b.ts →
 * test/unit/a/b.test.ts), or is listed in test/unit/unmirrored.ts with the reason it has
 * none. The list cannot go stale: an entry whose file is gone, or that has a test now, fails too.
 */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNMIRRORED } from './unmirrored.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** Every .ts file under src/, as `src/a/b.ts`. */
function sources(dir = 'src'): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap(entry => (entry.isDirectory() ? sources(`${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : []))
    .sort();
}

const mirrored = (source: string): string => `test/unit/${source.slice('src/'.length).replace(/\.ts$/, '.test.ts')}`;
const exists = (file: string): boolean => fs.existsSync(path.join(ROOT, file));

describe('the mirror rule', () => {
  const files = sources();

  it('finds the sources', () => {
    expect(files).toContain('src/main.ts');
    expect(files.length).toBeGreaterThan(50);
  });

  it('every src/ file has a unit test at the matching path, or a reason in test/unit/unmirrored.ts', () => {
    const missing = files.filter(f => !exists(mirrored(f)) && !(f in UNMIRRORED)).map(f => `${f}: no ${mirrored(f)}, and not in UNMIRRORED`);
    expect(missing).toEqual([]);
  });

  it('every UNMIRRORED entry names a src/ file that is still there and still has no test of its own', () => {
    const stale = Object.keys(UNMIRRORED).flatMap(f => {
      if (!files.includes(f)) return [`${f}: no such file in src/; remove its entry`];
      if (exists(mirrored(f))) return [`${f}: ${mirrored(f)} exists now; remove its entry`];
      return [];
    });
    expect(stale).toEqual([]);
  });

  it('every reason says why', () => {
    expect(Object.entries(UNMIRRORED).filter(([, why]) => why.trim().length < 10)).toEqual([]);
  });
});
