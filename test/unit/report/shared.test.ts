import { describe, expect, it } from '@jest/globals';
import { sizeMarkdown } from '../../../src/report/markdown.js';
import { checkSharedReport, isReportProblem } from '../../../src/report/shared.js';

const HEAD = 'c0ffee00'.repeat(5);
const D = (c: string) => `sha256:${c.repeat(64)}`;
const sizes = () => ({
  image: 'ghcr.io/acme/backend',
  digest: D('a'),
  source: 'build',
  unit: 'bytes',
  platforms: {
    'linux/amd64': {
      digest: D('b'),
      compressed: 6_300_000,
      uncompressed: 11_000_000,
      layers: 3,
      base: { digest: D('c'), compressed: 6_000_000, uncompressed: 10_500_000, layers: 3 },
      delta: { bytes: 300_000, percent: 5 }
    },
    'linux/arm64': { digest: D('d'), compressed: 5_500_000, uncompressed: null, layers: 3, base: null, delta: null }
  },
  registryBytes: 11_800_000,
  registryDelta: 300_000,
  attestations: { count: 0, bytes: 0 },
  baseline: { reference: 'ghcr.io/acme/backend:main', found: true },
  gates: [{ name: 'max-size-increase', limit: '10%', passed: true, failures: [] }]
});
const report = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ schema: 'hoist/size-report@1', pullRequest: 5, headSha: HEAD, job: 'image', markdown: '<img src=x onerror=alert(1)>', sizes: sizes(), ...overrides });
const expected = { headSha: HEAD, pullRequests: [] as number[] };

describe("checkSharedReport: what the comment job accepts from a fork's artifact", () => {
  it("accepts a report for the run's commit, and renders the comment from its numbers, not its markdown", () => {
    const checked = checkSharedReport(report(), expected);
    expect(checked).toMatchObject({ pullRequest: 5, headSha: HEAD, job: 'image' });
    const body = sizeMarkdown(checked.report, checked.gates);
    expect(body).toContain('### hoist · image size · `ghcr.io/acme/backend` · measured from the build, not pushed');
    expect(body).toMatch(/\| linux\/amd64 \| 6\.3 MB \| ▲ 0\.3 MB \(\+5\.0 %\) \| 11\.0 MB \| 3 \|/);
    expect(body).toContain('| linux/arm64 | 5.5 MB | new platform | n/a | 3 |');
    expect(body).toContain('Gates: max-size-increase 10% ✅');
    expect(body).not.toContain('onerror');
  });

  it('accepts a report for one of the pull requests the run is linked to', () => {
    expect(checkSharedReport(report(), { headSha: HEAD, pullRequests: [4, 5] }).pullRequest).toBe(5);
  });

  const withSizes = (change: (s: ReturnType<typeof sizes>) => void) => {
    const s = sizes();
    change(s);
    return report({ sizes: s });
  };
  // Each row: what was tampered with → the words of the refusal.
  it.each<[string, string, RegExp]>([
    ['not JSON', '{"schema":', /^it is not JSON$/],
    ['too large', report({ padding: 'x'.repeat(300_000) }), /^it is \d+ bytes, more than a size report \(at most 262144\)$/],
    ['another schema', report({ schema: 'x@1' }), /^it is not a hoist\/size-report@1 report$/],
    ['no pull request number', report({ pullRequest: '5' }), /^it names no pull request number$/],
    ['another commit', report({ headSha: 'deadbeef'.repeat(5) }), /^it is for commit deadbeef.*, but the run that triggered this job built c0ffee00/],
    ['a job name with markup', report({ job: 'image --><script>' }), /^it names no job$/],
    ['a negative size', withSizes(s => void (s.platforms['linux/amd64'].compressed = -1)), /^linux\/amd64 compressed is not a size in bytes$/],
    ['a fractional layer count', withSizes(s => void (s.platforms['linux/arm64'].layers = 2.5)), /^linux\/arm64 layers is not a size in bytes$/],
    ['a size beyond 10 TB', withSizes(s => void (s.platforms['linux/amd64'].compressed = 1e14)), /^linux\/amd64 compressed is not a size in bytes$/],
    ['a change that does not match the sizes', withSizes(s => void (s.platforms['linux/amd64'].delta = { bytes: -999, percent: 1 })), /^the change of linux\/amd64 does not match its sizes$/],
    ['a platform that is not one', withSizes(s => void ((s.platforms as Record<string, unknown>)['<b>x</b>'] = s.platforms['linux/arm64'])), /is not a platform$/],
    ['an image name with markup', withSizes(s => void (s.image = 'ghcr.io/acme/`x`|y')), /^image is not an image name$/],
    ['no platforms', withSizes(s => void (s.platforms = {} as never)), /^sizes.platforms does not hold 1 to 64 platforms$/],
    ['an unknown gate', withSizes(s => void (s.gates = [{ name: 'max-anything', limit: '1', passed: true, failures: [] }] as never)), /^a gate has an unknown name$/],
    ['a gate limit that is not one', withSizes(s => void (s.gates[0].limit = '10% <b>')), /^the max-size-increase gate's limit is not one$/]
  ])('refuses %s', (_, text, message) => {
    let error: unknown;
    try {
      checkSharedReport(text, expected);
    } catch (e) {
      error = e;
    }
    expect(isReportProblem(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a report for a pull request the run is not linked to', () => {
    expect(() => checkSharedReport(report(), { headSha: HEAD, pullRequests: [4] })).toThrow('it is for pull request #5, but the run that triggered this job is for #4');
  });

  it("does not repeat the fork's words for a missing baseline", () => {
    const checked = checkSharedReport(
      withSizes(s => void (s.baseline = { reference: 'ghcr.io/acme/backend:main', found: false, reason: 'click https://evil.example' } as never)),
      expected
    );
    expect(checked.report.baseline).toEqual({ reference: 'ghcr.io/acme/backend:main', found: false, reason: 'none was found' });
  });

  // Issue 28: what the fork pads is not posted as it came, and the comment stays under GitHub's 65,536 characters.
  it('posts a gate limit padded with 200,000 spaces re-rendered from its number', () => {
    const checked = checkSharedReport(
      withSizes(s => void (s.gates[0].limit = `10%${' '.repeat(200_000)}`)),
      expected
    );
    expect(checked.gates[0].limit).toBe('10%');
    const body = sizeMarkdown(checked.report, checked.gates);
    expect(body).toContain('Gates: max-size-increase 10% ✅');
    expect(body.length).toBeLessThan(65_536);
  });

  it.each<[string, string, string]>([
    ['max-size-increase', ' 10 %\n', '10%'],
    ['max-size-increase', '2.5%', '2.5%'],
    ['max-size-increase', '2 MB', '2MB'],
    ['max-size', '20MB', '20MB'],
    ['max-size', '19.5MiB', '19968KiB'],
    ['max-size', '1048576', '1MiB'],
    ['max-size', '1.5 gb', '1500MB']
  ])('re-renders the %s limit %j as %j', (name, limit, shown) => {
    const checked = checkSharedReport(
      withSizes(s => void (s.gates = [{ name, limit, passed: true, failures: [] }])),
      expected
    );
    expect(checked.gates).toEqual([{ name, limit: shown, passed: true, failures: [] }]);
  });

  it.each<[string, (s: ReturnType<typeof sizes>) => void, RegExp]>([
    [
      'a baseline reference with a 200,000-character digest',
      s => void (s.baseline.reference = `ghcr.io/acme/backend@sha256:${'a'.repeat(200_000)}`),
      /^sizes\.baseline\.reference is longer than 512 characters$/
    ],
    [
      'a baseline reference with a digest that is not sha256',
      s => void (s.baseline.reference = `ghcr.io/acme/backend@sha512:${'a'.repeat(128)}`),
      /^sizes\.baseline\.reference carries a digest that is not a sha256 digest$/
    ],
    ['a limit of 400 digits', s => void (s.gates[0].limit = `1${'0'.repeat(400)}%`), /^the max-size-increase gate's limit is not one$/],
    ['a max-size beyond 10 TB', s => void (s.gates = [{ name: 'max-size', limit: '20000GB', passed: true, failures: [] }]), /^the max-size gate's limit is not one$/],
    [
      'a platform name of 200,000 characters',
      s => void ((s.platforms as Record<string, unknown>)[`linux/amd64/${'v'.repeat(200_000)}`] = s.platforms['linux/arm64']),
      /^a platform name is longer than 64 characters$/
    ]
  ])('refuses %s, saying why', (_, change, message) => {
    let error: unknown;
    try {
      checkSharedReport(withSizes(change), expected);
    } catch (e) {
      error = e;
    }
    expect(isReportProblem(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('checkSharedReport: the layers a fork\'s report carries for the "What changed" table', () => {
  const platformLayers = (sizes: number[]) => ({
    config: { digest: D('e'), size: 1_000 },
    layers: sizes.map((size, i) => ({ digest: D(String(i)), size })),
    history: [
      { createdBy: 'ADD rootfs.tar.gz / # buildkit', emptyLayer: false },
      { createdBy: 'CMD ["sh"]', emptyLayer: true },
      ...sizes.slice(1).map((_, i) => ({ createdBy: `COPY f${i} /f${i} # buildkit`, emptyLayer: false }))
    ]
  });
  const layers = () => ({
    target: 'runtime',
    contexts: ['base'],
    platforms: { 'linux/amd64': platformLayers([3_000_000, 2_000_000, 1_299_000]), 'linux/arm64': platformLayers([3_000_000, 2_000_000, 499_000]) }
  });
  const withLayers = (change: (l: ReturnType<typeof layers>, s: Record<string, unknown>) => void = () => undefined) => {
    const l = layers();
    const s: Record<string, unknown> = { ...sizes(), dockerfile: 'docker/Dockerfile.prod' };
    change(l, s);
    return report({ sizes: s, layers: l });
  };

  it('accepts layers that add up to the sizes, with a plain Dockerfile path, a stage and context names', () => {
    const checked = checkSharedReport(withLayers(), expected);
    expect(checked.layers).toMatchObject({ dockerfile: 'docker/Dockerfile.prod', target: 'runtime', contexts: ['base'] });
    expect(checked.layers?.images.map(i => [i.platform, i.digest, i.layers.length, i.history?.length])).toEqual([
      ['linux/amd64', D('b'), 3, 4],
      ['linux/arm64', D('d'), 3, 4]
    ]);
  });

  it('a report without layers (an older hoist) has none, and its Dockerfile path is not looked at', () => {
    expect(checkSharedReport(report({ sizes: { ...sizes(), dockerfile: '../x' } }), expected).layers).toBeUndefined();
  });

  it('no Dockerfile path (the run read none in the repository): the layers without one', () => {
    expect(
      checkSharedReport(
        withLayers((_, s) => void (s.dockerfile = null)),
        expected
      ).layers?.dockerfile
    ).toBeUndefined();
  });

  it('drops a context name of another form: it only tells a FROM of another build from a base image', () => {
    expect(
      checkSharedReport(
        withLayers(l => void (l.contexts = ['base', '@mallory <b>', 'docker.io/library/alpine:3.22'])),
        expected
      ).layers?.contexts
    ).toEqual(['base', 'docker.io/library/alpine:3.22']);
  });

  it.each<[string, (l: ReturnType<typeof layers>, s: Record<string, unknown>) => void, RegExp]>([
    ['a path that climbs out (../)', (_, s) => void (s.dockerfile = '../../etc/passwd'), /^sizes\.dockerfile is not a plain path in the repository/],
    ['a path with a .. part inside', (_, s) => void (s.dockerfile = 'docker/../../Dockerfile'), /^sizes\.dockerfile is not a plain path/],
    ['an absolute path', (_, s) => void (s.dockerfile = '/etc/Dockerfile'), /^sizes\.dockerfile is not a plain path/],
    ['a path with a . part', (_, s) => void (s.dockerfile = './Dockerfile'), /^sizes\.dockerfile is not a plain path/],
    ['a path with markup', (_, s) => void (s.dockerfile = 'Dockerfile<img src=x>'), /^sizes\.dockerfile is not a plain path/],
    ['a path with a mention', (_, s) => void (s.dockerfile = '@mallory/Dockerfile'), /^sizes\.dockerfile is not a plain path/],
    ['a path with a link', (_, s) => void (s.dockerfile = '[x](https://evil.example)'), /^sizes\.dockerfile is not a plain path/],
    ['a path of 300 characters', (_, s) => void (s.dockerfile = 'a'.repeat(300)), /^sizes\.dockerfile is not a plain path/],
    ['a path that is not text', (_, s) => void (s.dockerfile = 7), /^sizes\.dockerfile is not a plain path/],
    ['a target that is not a stage name', l => void (l.target = 'x`<b>'), /^layers\.target is not a stage name$/],
    ['layers that do not add up to the compressed size', l => void (l.platforms['linux/amd64'].layers[2].size += 1), /^the layers of linux\/amd64 do not add up to its size$/],
    ['a layer more than the sizes count', l => void l.platforms['linux/amd64'].layers.push({ digest: D('f'), size: 0 }), /^the layers of linux\/amd64 do not add up to its size$/],
    ['a layer without a digest', l => void (l.platforms['linux/arm64'].layers[0].digest = 'md5:x'), /^layer 1 of linux\/arm64 has no sha256 digest$/],
    ['a negative layer size', l => void (l.platforms['linux/arm64'].layers[0].size = -1), /^layer 1 of linux\/arm64 is not a size in bytes$/],
    [
      'a platform the sizes do not name',
      l => void ((l.platforms as Record<string, unknown>)['linux/s390x'] = l.platforms['linux/arm64']),
      /^layers\.platforms names linux\/s390x, which sizes\.platforms does not$/
    ],
    ['501 layers', l => void (l.platforms['linux/amd64'].layers = Array.from({ length: 501 }, () => ({ digest: D('f'), size: 0 }))), /^the layers of linux\/amd64 are not a list of at most 500$/],
    [
      '1,001 history entries',
      l => void (l.platforms['linux/amd64'].history = Array.from({ length: 1001 }, () => ({ createdBy: 'RUN x', emptyLayer: true }))),
      /^the history of linux\/amd64 is not a list of at most 1000$/
    ],
    ['a history entry that is not one', l => void ((l.platforms['linux/amd64'].history[0] as Record<string, unknown>).emptyLayer = 'no'), /^a history entry of linux\/amd64 is not one$/],
    ['context names that are not a list', l => void ((l as Record<string, unknown>).contexts = 'base'), /^layers\.contexts is not a list of at most 64 names$/]
  ])('refuses %s', (_, change, message) => {
    let error: unknown;
    try {
      checkSharedReport(withLayers(change), expected);
    } catch (e) {
      error = e;
    }
    expect(isReportProblem(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
