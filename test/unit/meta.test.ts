import { describe, expect, it } from '@jest/globals';
import { metadataProblems, withMetadata } from '../../src/meta.js';
import type { MetaResult } from '../../src/plan/metadata.js';
import { rawInputs } from '../helpers/inputs.js';

const meta: MetaResult = {
  version: '1.2.3',
  tags: ['ghcr.io/acme/app:1.2.3', 'ghcr.io/acme/app:latest'],
  tagNames: ['1.2.3', 'latest'],
  labels: ['org.opencontainers.image.version=1.2.3', 'org.opencontainers.image.title=app'],
  annotations: ['manifest:org.opencontainers.image.version=1.2.3', 'manifest:org.opencontainers.image.title=app'],
  json: { tags: ['ghcr.io/acme/app:1.2.3', 'ghcr.io/acme/app:latest'], labels: { 'org.opencontainers.image.version': '1.2.3', 'org.opencontainers.image.title': 'app' }, annotations: [] }
};

describe('withMetadata: the generated metadata merged into the inputs', () => {
  it('gives the generated tags and labels, and annotations on the manifests and (multi-platform) the index', () => {
    const merged = withMetadata(rawInputs({ 'meta-images': 'ghcr.io/acme/app', platforms: 'linux/amd64,linux/arm64' }), meta);
    expect(merged.tags).toEqual(meta.tags);
    expect(merged.labels).toEqual(meta.labels);
    expect(merged.annotations).toEqual([
      'index:org.opencontainers.image.version=1.2.3',
      'manifest:org.opencontainers.image.version=1.2.3',
      'index:org.opencontainers.image.title=app',
      'manifest:org.opencontainers.image.title=app'
    ]);
  });

  it('one platform: the manifest only', () => {
    expect(withMetadata(rawInputs({ 'meta-images': 'ghcr.io/acme/app' }), meta).annotations).toEqual(meta.annotations);
  });

  it("an explicit tags input wins; the user's labels and annotations win on the same key, and are kept after the generated ones", () => {
    const merged = withMetadata(
      rawInputs({
        'meta-images': 'ghcr.io/acme/app',
        platforms: 'linux/amd64,linux/arm64',
        tags: 'ghcr.io/acme/app:custom',
        labels: 'org.opencontainers.image.title=Custom\nteam=core',
        annotations: 'index:org.opencontainers.image.title=Custom'
      }),
      meta
    );
    expect(merged.tags).toEqual(['ghcr.io/acme/app:custom']);
    expect(merged.labels).toEqual(['org.opencontainers.image.version=1.2.3', 'org.opencontainers.image.title=Custom', 'team=core']);
    expect(merged.annotations).toEqual([
      'index:org.opencontainers.image.version=1.2.3',
      'manifest:org.opencontainers.image.version=1.2.3',
      'manifest:org.opencontainers.image.title=app',
      'index:org.opencontainers.image.title=Custom'
    ]);
  });
});

describe('metadataProblems: the meta-* inputs checked with the others, before anything runs', () => {
  it('rules without images', async () => {
    expect((await metadataProblems(rawInputs({ 'meta-tags': 'type=sha' }))).map(e => e.message)).toEqual([
      "input 'meta-tags': is given without meta-images. Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them."
    ]);
  });
  it("a rule metadata-action's syntax has no meaning for", async () => {
    expect((await metadataProblems(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=semver,patern={{version}}' }))).map(e => e.input)).toEqual(['meta-tags']);
  });
  it('none for good rules, or no meta-* input at all', async () => {
    expect(await metadataProblems(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=ref,event=branch\ntype=semver,pattern={{version}}' }))).toEqual([]);
    expect(await metadataProblems(rawInputs({}))).toEqual([]);
  });
});
