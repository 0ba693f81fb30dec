/** SECURITY.md names, for each trust boundary, the tests that hold it: each named test file exists. */
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const text = fs.readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8');
const named = [...new Set([...text.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map(m => m[1]))];

describe('SECURITY.md', () => {
  it('names the tests of every boundary', () => {
    const boundaries = [...text.matchAll(/^### (.+)$/gm)].map(m => m[1]);
    expect(boundaries.length).toBeGreaterThanOrEqual(5);
    // Each boundary's section names at least one test.
    for (const section of text.split(/^### /m).slice(1)) expect(section).toMatch(/`test\/[^`]+\.test\.ts`/);
  });

  it.each(named)('%s exists', file => {
    expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
  });
});
