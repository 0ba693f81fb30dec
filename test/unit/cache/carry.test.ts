import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { helperArgv, layoutContext, parseCacheMountRecords } from '../../../src/cache/carry.js';

describe('helper builds', () => {
  it('pass a fresh nonce, no attestations, the Dockerfile on stdin', () => {
    const argv = helperArgv({ builder: 'hoist', context: '/tmp/ctx', output: 'type=cacheonly', buildContexts: { saved: '/tmp/m' }, labels: { k: 'v' } });
    expect(argv).toEqual([
      'buildx',
      'build',
      '--builder',
      'hoist',
      '--progress',
      'plain',
      '--build-arg',
      expect.stringMatching(/^HOIST_NONCE=[0-9a-f-]{36}$/),
      '--build-context',
      'saved=/tmp/m',
      '--label',
      'k=v',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=cacheonly',
      '--file',
      '-',
      '/tmp/ctx'
    ]);
    expect(helperArgv({ builder: '', context: 'c', output: 'o' })[7]).not.toBe(argv[7]);
  });
});

describe('layoutContext', () => {
  it('names the saved image of an OCI layout by its manifest digest, and nothing for a directory without one', () => {
    const layout = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-layout-'));
    expect(layoutContext(layout)).toBeUndefined();
    const digest = `sha256:${'b'.repeat(64)}`;
    fs.writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ digest, platform: { os: 'linux', architecture: 'amd64' } }] }));
    expect(layoutContext(layout)).toBe(`oci-layout://${layout}@${digest}`);
    fs.rmSync(layout, { recursive: true });
  });
});

describe('parseCacheMountRecords', () => {
  it('reads the mounts a builder holds from buildx du --verbose', () => {
    const du = [
      'ID:           fzeuls8p95lslfdr2q1ct3stc',
      'Size:         181.97MB',
      'Description:  cached mount /root/.cache/go-build from exec /bin/sh -c go build . with id "//root/.cache/go-build"',
      'Type:         exec.cachemount',
      '',
      'ID:           x',
      'Size:         4.096kB',
      'Description:  cached mount /c from exec /bin/sh -c true with id "/npm"',
      'Type:         exec.cachemount',
      ''
    ].join('\n');
    expect(parseCacheMountRecords(du)).toEqual(
      new Map([
        ['/root/.cache/go-build', 181.97e6],
        ['npm', 4096]
      ])
    );
  });
});
