import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createIndex } from '../../../src/buildx/imagetools.js';
import { argAfter, ok, scriptedExec } from '../../helpers/exec.js';
import { scratchDirs } from '../../helpers/ports.js';

const scratch = scratchDirs('imagetools');
const INDEX = 'sha256:' + 'e'.repeat(64);

describe('createIndex: docker buildx imagetools create', () => {
  const argv = (file: string) => ['buildx', 'imagetools', 'create', '--metadata-file', file, '--tag', 'r.example/app:1', `r.example/app@sha256:${'a'.repeat(64)}`];

  it('runs the planned argv and returns the digest of the index from the metadata file it wrote', async () => {
    const file = path.join(scratch(), 'index-0.json');
    const { exec, calls } = scriptedExec(
      [
        c => (
          fs.writeFileSync(argAfter(c.args, '--metadata-file')!, JSON.stringify({ 'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: INDEX, size: 700 } })),
          ok()
        )
      ],
      ''
    );
    expect(await createIndex(exec, argv(file), file)).toBe(INDEX);
    expect(calls).toEqual([{ command: 'docker', args: argv(file), input: undefined }]);
  });

  it('fails with docker’s own words when it fails', async () => {
    const file = path.join(scratch(), 'index-0.json');
    const { exec } = scriptedExec([() => ({ exitCode: 1, stdout: '', stderr: 'ERROR: r.example/app@sha256:aaa: not found' })], '');
    await expect(createIndex(exec, argv(file), file)).rejects.toThrow(new Error('docker buildx imagetools failed (exit 1): ERROR: r.example/app@sha256:aaa: not found'));
  });

  it('a metadata file without the digest is an error naming it', async () => {
    const file = path.join(scratch(), 'index-0.json');
    const { exec } = scriptedExec([() => (fs.writeFileSync(file, '{}'), ok())], '');
    await expect(createIndex(exec, argv(file), file)).rejects.toThrow(new Error(`docker buildx imagetools create wrote no digest to ${file}`));
  });
});
