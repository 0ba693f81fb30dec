import { describe, expect, it } from '@jest/globals';
import { parseBuildxVersion, parseInspect, parseMetadata } from '../../../src/buildx/buildx.js';

describe('parseBuildxVersion', () => {
  it.each([
    ['github.com/docker/buildx v0.36.1 4b2e6d2', 'v0.36.1'],
    ['github.com/docker/buildx 0.12.1+azure-1 abc', 'v0.12.1+azure-1'],
    ['github.com/docker/buildx v0.0.0+unknown', undefined],
    ['nonsense', undefined]
  ])('%s', (stdout, expected) => {
    expect(parseBuildxVersion(stdout)).toBe(expected);
  });
});

// Shaped like `docker buildx inspect` of buildx v0.36 (remote driver, two nodes).
const INSPECT = `Name:          hoist
Driver:        remote
Last Activity: 2026-11-23 09:30:00 +0000 UTC

Nodes:
Name:             hoist0
Endpoint:         unix:///run/buildkit/buildkitd.sock
Status:           running
BuildKit version: v0.32.2
Platforms:        linux/amd64*, linux/amd64/v2, linux/arm64*, linux/386
Labels:
 org.mobyproject.buildkit.worker.executor:    oci

Name:      hoist1
Endpoint:  unix:///run/buildkit/b.sock
Status:    inactive
Platforms: linux/arm/v7*
`;

describe('parseInspect', () => {
  it("reads name, driver, the nodes' endpoints, BuildKit version and the union of node platforms", () => {
    expect(parseInspect(INSPECT)).toEqual({
      name: 'hoist',
      driver: 'remote',
      endpoints: ['unix:///run/buildkit/buildkitd.sock', 'unix:///run/buildkit/b.sock'],
      buildkitVersion: 'v0.32.2',
      platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/arm64', 'linux/386', 'linux/arm/v7'],
      nodes: [
        {
          name: 'hoist0',
          endpoint: 'unix:///run/buildkit/buildkitd.sock',
          status: 'running',
          platforms: ['linux/amd64', 'linux/amd64/v2', 'linux/arm64', 'linux/386'],
          declared: ['linux/amd64', 'linux/arm64']
        },
        { name: 'hoist1', endpoint: 'unix:///run/buildkit/b.sock', status: 'inactive', platforms: ['linux/arm/v7'], declared: ['linux/arm/v7'] }
      ]
    });
  });

  it('leaves an unstamped BuildKit version unknown', () => {
    expect(parseInspect(INSPECT.replace(/v0\.32\.2/g, 'v0.0.0+unknown')).buildkitVersion).toBeUndefined();
  });
});

describe('parseMetadata', () => {
  it('takes the digest from the metadata file', () => {
    const md = parseMetadata(
      JSON.stringify({
        'containerimage.digest': 'sha256:abc',
        'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:abc', size: 856 },
        'image.name': '127.0.0.1:5000/e2e/backend:1'
      })
    );
    expect(md).toMatchObject({ digest: 'sha256:abc', mediaType: 'application/vnd.oci.image.index.v1+json', imageName: '127.0.0.1:5000/e2e/backend:1' });
  });

  it("takes the build's ref (buildx.build.ref), the record in the builder's history", () => {
    expect(parseMetadata(JSON.stringify({ 'buildx.build.ref': 'hoist/hoist0/oaar5r40rjvfa6zwp4r7hk463' })).ref).toBe('hoist/hoist0/oaar5r40rjvfa6zwp4r7hk463');
    expect(parseMetadata(JSON.stringify({ 'buildx.build.ref': 7 })).ref).toBeUndefined();
  });

  it('copes with an empty file (local exporter)', () => {
    expect(parseMetadata('')).toEqual({ digest: undefined, warnings: [], mediaType: undefined, imageName: undefined, raw: {} });
  });
});
