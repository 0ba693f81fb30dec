import { describe, expect, it } from '@jest/globals';
import { metaContextProblems, metaInputs, metaInputsWithoutImages, withMetadata } from '../../../src/plan/meta-inputs.js';
import type { MetaResult } from '../../../src/plan/metadata/index.js';
import { rawInputs } from '../../helpers/inputs.js';

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

describe('metaInputsWithoutImages and metaInputs', () => {
  it('names the first meta-* rule input given without meta-images, and none otherwise', () => {
    expect(metaInputsWithoutImages(rawInputs({ 'meta-labels': 'a=b', 'meta-tags': 'type=sha' })).map(e => e.input)).toEqual(['meta-tags']);
    expect(metaInputsWithoutImages(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=sha' }))).toEqual([]);
    expect(metaInputsWithoutImages(rawInputs({}))).toEqual([]);
  });
  it('hands the meta-* inputs to the engine under its own names', () => {
    expect(metaInputs(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=sha', 'meta-flavor': 'latest=false', 'meta-labels': 'a=b', 'meta-annotations': 'c=d' }))).toEqual({
      images: ['ghcr.io/acme/app'],
      tags: ['type=sha'],
      flavor: ['latest=false'],
      labels: ['a=b'],
      annotations: ['c=d']
    });
  });
});

describe("metaContextProblems: metadata-action's context", () => {
  it.each([
    ['', 0],
    ['workflow', 0],
    ['git', 0],
    ['checkout', 1],
    ['Git', 1]
  ])('%j gives %i problem(s)', (value, count) => {
    const problems = metaContextProblems({ 'meta-context': value });
    expect(problems).toHaveLength(count);
    if (count) expect(problems[0].message).toMatch(new RegExp(`input 'meta-context': '${value}' is not workflow or git`));
  });
});
