import { describe, expect, it } from '@jest/globals';
import {
  HANDOFF_SCHEMA,
  handOffName,
  handOffPrefix,
  imageRepositories,
  imagetoolsArgv,
  indexAnnotations,
  parseHandOff,
  planMerge,
  platformJobInputs,
  type PlatformHandOff
} from '../../../src/plan/distribute.js';
import { rawInputs } from '../../helpers/inputs.js';

const D = (c: string) => `sha256:${c.repeat(64)}`;
const handOff = (platforms: string[], digest: string, extra: Partial<PlatformHandOff> = {}): PlatformHandOff => ({
  schema: HANDOFF_SCHEMA,
  images: ['ghcr.io/acme/app'],
  platforms,
  digest,
  job: 'build',
  runAttempt: '1',
  ...extra
});

describe('platform jobs: where they push and what they hand on', () => {
  it('push by digest to every repository the tags name, with no tag', () => {
    const inputs = platformJobInputs(rawInputs({ tags: 'ghcr.io/acme/app:1.2.3\nghcr.io/acme/app:latest\ndocker.io/acme/app:1.2.3', push: 'true', platforms: 'linux/arm64' }));
    expect(inputs.tags).toEqual([]);
    expect(inputs.push).toBe(false);
    expect(inputs.outputs).toEqual(['type=image,"name=docker.io/acme/app,ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true']);
    expect(platformJobInputs(rawInputs({ tags: 'localhost:5000/app:1', push: 'true' })).outputs).toEqual(['type=image,name=localhost:5000/app,push-by-digest=true,name-canonical=true,push=true']);
  });

  it('name their artifact after the repositories (in any order) and the platform', () => {
    const images = imageRepositories(['ghcr.io/acme/app:1', 'docker.io/acme/app:1', 'ghcr.io/acme/app:latest']);
    expect(images).toEqual(['docker.io/acme/app', 'ghcr.io/acme/app']);
    expect(handOffName(images, ['linux/arm/v7'])).toMatch(/^hoist-digest-[0-9a-f]{12}-linux-arm-v7$/);
    expect(handOffName(images, ['linux/arm64']).startsWith(handOffPrefix(images))).toBe(true);
    // Another image built in the same run hands on under another prefix.
    expect(handOffPrefix(['ghcr.io/acme/worker'])).not.toBe(handOffPrefix(images));
  });
});

describe('parseHandOff: what the merge accepts from an artifact', () => {
  const good = handOff(['linux/arm64'], D('a'));
  it('reads a hand-off, normalising its platforms', () => {
    expect(parseHandOff(JSON.stringify({ ...good, platforms: ['linux/aarch64'] }), 'artifact x')).toEqual(good);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{', /artifact x is not JSON/],
    ['another schema', JSON.stringify({ ...good, schema: 'other@1' }), /is not a hoist\/platform-digest@1 hand-off \(schema "other@1"\)/],
    ['no digest', JSON.stringify({ ...good, digest: 'sha256:abc' }), /has no sha256 digest/],
    ['no platforms', JSON.stringify({ ...good, platforms: [] }), /names no images or no platforms/],
    ['a bad platform', JSON.stringify({ ...good, platforms: ['linux/arm65'] }), /unknown architecture 'arm65'/],
    ['no job', JSON.stringify({ ...good, job: 1 }), /does not say which job built it/],
    ['too large', JSON.stringify({ ...good, padding: 'x'.repeat(70_000) }), /is \d+ bytes, not a hand-off/]
  ])('refuses %s', (_, text, message) => {
    expect(() => parseHandOff(text, 'artifact x')).toThrow(message);
  });
});

describe('planMerge: which digests make the index', () => {
  const images = ['ghcr.io/acme/app'];
  it('takes each requested platform once, in the requested order, whatever order the artifacts came in', () => {
    const arm = handOff(['linux/arm64'], D('b'), { runAttempt: '2' });
    const amd = handOff(['linux/amd64'], D('a'));
    expect(planMerge(['linux/amd64', 'linux/arm64'], images, [arm, amd])).toEqual({ sources: [amd, arm], missing: [], ignored: [] });
  });

  it('names every missing platform', () => {
    expect(planMerge(['linux/amd64', 'linux/arm64', 'linux/riscv64'], images, [handOff(['linux/amd64'], D('a'))]).missing).toEqual(['linux/arm64', 'linux/riscv64']);
  });

  it('a job that built two platforms is one source', () => {
    const both = handOff(['linux/amd64', 'linux/386'], D('c'));
    expect(planMerge(['linux/amd64', 'linux/386'], images, [both]).sources).toEqual([both]);
  });

  it('leaves out, and says why, hand-offs of other repositories and of platforms not asked for', () => {
    const plan = planMerge(['linux/amd64'], images, [handOff(['linux/amd64'], D('a')), handOff(['linux/s390x'], D('d')), handOff(['linux/amd64'], D('e'), { images: ['ghcr.io/acme/other'] })]);
    expect(plan.sources.map(s => s.digest)).toEqual([D('a')]);
    expect(plan.ignored).toEqual(['linux/s390x from job build (attempt 1): not in platforms', 'linux/amd64 from job build (attempt 1): pushed to ghcr.io/acme/other, not ghcr.io/acme/app']);
  });
});

describe('the index', () => {
  it('puts unlevelled and manifest-level annotations on the index; index and manifest-descriptor pass; index-descriptor goes on the index', () => {
    expect(
      indexAnnotations([
        'org.opencontainers.image.title=app',
        'manifest:org.opencontainers.image.version=1.2.3',
        'index:org.opencontainers.image.url=https://x:80/y',
        'manifest-descriptor[linux/arm64]:a=b',
        'manifest,index:c=d',
        'index-descriptor:e=f'
      ])
    ).toEqual([
      'index:org.opencontainers.image.title=app',
      'index:org.opencontainers.image.version=1.2.3',
      'index:org.opencontainers.image.url=https://x:80/y',
      'manifest-descriptor[linux/arm64]:a=b',
      'index:c=d',
      'index:e=f'
    ]);
  });

  it('one imagetools create per repository: its tags, the annotations, the sources by digest in order', () => {
    const sources = [handOff(['linux/amd64'], D('a')), handOff(['linux/arm64'], D('b'))];
    expect(imagetoolsArgv('ghcr.io/acme/app', ['ghcr.io/acme/app:1', 'docker.io/acme/app:1', 'ghcr.io/acme/app:latest'], sources, ['index:t=x'], '/tmp/m.json')).toEqual([
      'buildx',
      'imagetools',
      'create',
      '--metadata-file',
      '/tmp/m.json',
      '--tag',
      'ghcr.io/acme/app:1',
      '--tag',
      'ghcr.io/acme/app:latest',
      '--annotation',
      'index:t=x',
      `ghcr.io/acme/app@${D('a')}`,
      `ghcr.io/acme/app@${D('b')}`
    ]);
  });
});
