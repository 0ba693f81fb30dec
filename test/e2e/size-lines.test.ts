/**
 * Which Dockerfile line made the image grow, against the real toolchain: two versions of a
 * Dockerfile built and pushed to the loopback registry, the second compared with the first.
 * The "what changed" table, the `sizes` output's changes and the warning annotation must
 * name the line, with the change in bytes the registry itself reports for the layer's blob
 * (read over plain HTTP, not by hoist's code). Also: a base image bump (every changed layer
 * is the base), and a Dockerfile under a subfolder (the link and the annotation carry it).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { explain, runAction, type ActionRun } from './runner.js';
import { pullRequestRunEnv } from '../helpers/env.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getManifest, platformsOf, requireToolchain, uniqueRepo } from './toolchain.js';

const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const HEAD_SHA = 'feedface'.repeat(5);

/** A build context whose files all have one fixed mtime: COPY keeps a file's mtime in the layer, so the same files make the same layer blob in either workspace. */
function context(files: Record<string, string | Buffer>): string {
  const dir = workspace(files, { name: 'lines' });
  const fixed = new Date('2020-01-01T00:00:00Z');
  for (const name of Object.keys(files)) fs.utimesSync(path.join(dir, name), fixed, fixed);
  return dir;
}

function ok(run: ActionRun): void {
  expect({ exit: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ exit: 0, log: '' });
}

/** main's image, then the pull request's, both pushed; the pull request's run. */
async function mainThenPullRequest(repo: string, main: string, pr: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const common = { context: '.', platforms: PLATFORMS.join(','), push: 'true', builder: BUILDER, 'pr-comment': 'false', ...inputs };
  ok(await runAction({ ...common, tags: `${REGISTRY}/${repo}:main` }, { workspace: main }));
  const run = await runAction({ ...common, tags: `${REGISTRY}/${repo}:pr-5` }, { workspace: pr, env: pullRequestRunEnv({ number: 5, head: HEAD_SHA, apiUrl: 'http://127.0.0.1:9' }) });
  ok(run);
  return run;
}

/** Per platform, the compressed size of each layer of the tag, as the registry serves the manifest and the blob (Content-Length). */
async function layerSizes(repo: string, tag: string): Promise<Record<string, Array<{ digest: string; size: number }>>> {
  const platforms = platformsOf(await getManifest(repo, tag));
  const out: Record<string, Array<{ digest: string; size: number }>> = {};
  for (const [platform, digest] of Object.entries(platforms)) {
    const manifest = await getManifest(repo, digest);
    out[platform] = await Promise.all(
      (manifest.json.layers ?? []).map(async l => {
        const res = await fetch(`http://${REGISTRY}/v2/${repo}/blobs/${l.digest}`, { method: 'HEAD' });
        expect(res.status).toBe(200);
        const size = Number(res.headers.get('content-length'));
        expect(size).toBe(l.size);
        return { digest: l.digest, size };
      })
    );
  }
  return out;
}

/** The `::warning file=…,line=…,title=…::…` lines of the main step, their properties and data unescaped. */
function warnings(run: ActionRun): Array<{ file?: string; line?: string; title?: string; text: string }> {
  const unescape = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return run.main.stdout
    .split('\n')
    .filter(l => l.startsWith('::warning'))
    .map(l => {
      const m = /^::warning(?: ([^:]*))?::(.*)$/.exec(l)!;
      const props = Object.fromEntries(
        (m[1] ?? '')
          .split(',')
          .filter(Boolean)
          .map(p => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))])
      );
      return { ...props, text: unescape(m[2]) };
    });
}

interface Change {
  instruction: string;
  origin: string;
  line: number | null;
  status: string;
  base: number | null;
  current: number | null;
  delta: number;
}

function changesOf(run: ActionRun, platform: string): Change[] {
  return JSON.parse(run.outputs.sizes).platforms[platform].changes as Change[];
}

/** formatDelta's words for a change, written here again: `▲ 2.1 MB`. */
const grew = (bytes: number) => `▲ ${(bytes / 1e6).toFixed(1)} MB`;

beforeAll(requireToolchain);

describe('which Dockerfile line made the image grow', () => {
  const small = 'a small file\n';

  it('names the added line, with the Δ the registry holds for its layer, in the table, the sizes output and a warning on that line', async () => {
    const repo = uniqueRepo('lines');
    const payload = randomBytes(2_000_000);
    const v1 = `FROM ${RUNTIME_IMAGE}\nWORKDIR /app\nCOPY small.txt /app/small.txt\n`;
    const v2 = `${v1}# the payload, added by the pull request\nCOPY payload.bin /app/payload.bin\n`;
    const run = await mainThenPullRequest(repo, context({ Dockerfile: v1, 'small.txt': small }), context({ Dockerfile: v2, 'small.txt': small, 'payload.bin': payload }));

    const before = await layerSizes(repo, 'main');
    const after = await layerSizes(repo, 'pr-5');
    const url = `https://github.com/acme/backend/blob/${HEAD_SHA}/Dockerfile#L5`;
    const cells: string[] = [];
    for (const platform of PLATFORMS) {
      // The new layer is the last; the others are main's, blob for blob.
      expect(after[platform].slice(0, -1)).toEqual(before[platform]);
      const added = after[platform].at(-1)!.size;
      expect(added).toBeGreaterThan(2_000_000);
      const changes = changesOf(run, platform);
      expect(changes.filter(c => c.status !== 'unchanged')).toEqual([
        { instruction: 'COPY payload.bin /app/payload.bin', origin: 'line', line: 5, status: 'added', base: null, current: added, delta: added }
      ]);
      expect(changes.map(c => [c.origin, c.line, c.instruction])).toEqual([
        ['base', 1, `base image (FROM ${RUNTIME_IMAGE})`],
        ['line', 2, 'WORKDIR /app'],
        ['line', 3, 'COPY small.txt /app/small.txt'],
        ['line', 5, 'COPY payload.bin /app/payload.bin']
      ]);
      cells.push(`${grew(added)} added`);
    }
    expect(run.summary).toContain('#### What changed');
    expect(run.summary).toContain(`| instruction | line | ${PLATFORMS.join(' | ')} |`);
    expect(run.summary).toContain(`| \`COPY payload.bin /app/payload.bin\` | [Dockerfile:5](${url}) | ${cells.join(' | ')} |`);

    const annotations = warnings(run).filter(w => w.title?.startsWith('hoist: the image grew'));
    expect(annotations).toEqual([
      {
        file: 'Dockerfile',
        line: '5',
        title: `hoist: the image grew ${(Math.max(...PLATFORMS.map(p => after[p].at(-1)!.size)) / 1e6).toFixed(1)} MB here`,
        text: expect.stringContaining(
          `COPY payload.bin /app/payload.bin: its layers grew ${PLATFORMS.map(p => `${grew(after[p].at(-1)!.size)} on ${p} (added, ${after[p].at(-1)!.size} bytes)`).join(', ')}. The image grew`
        )
      }
    ]);
    expect(annotations[0].text).toContain('more than annotate-growth 1MB.');
  });

  it('a base image bump: every layer that changed is the base, on the FROM line', async () => {
    const repo = uniqueRepo('lines-base');
    // A second base: the toolchain's busybox and one more layer of a known size.
    const bumped = `${REGISTRY}/${uniqueRepo('lines-newbase')}:1`;
    const baseDir = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY extra.bin /extra.bin\n`, 'extra.bin': randomBytes(1_500_000) });
    execFileSync('docker', ['buildx', 'build', '--builder', BUILDER, '--platform', PLATFORMS.join(','), '--provenance=false', '--push', '-t', bumped, baseDir], { stdio: 'ignore' });
    const rest = 'COPY small.txt /small.txt\n';
    const run = await mainThenPullRequest(repo, context({ Dockerfile: `FROM ${RUNTIME_IMAGE}\n${rest}`, 'small.txt': small }), context({ Dockerfile: `FROM ${bumped}\n${rest}`, 'small.txt': small }));

    const before = await layerSizes(repo, 'main');
    const after = await layerSizes(repo, 'pr-5');
    const extra = await layerSizes(bumped.slice(REGISTRY.length + 1).split(':')[0], '1');
    for (const platform of PLATFORMS) {
      const changes = changesOf(run, platform);
      const changed = changes.filter(c => c.status !== 'unchanged');
      expect(changed.map(c => c.origin)).toEqual(['base']);
      const added = extra[platform].at(-1)!.size;
      expect(changed[0]).toEqual({
        instruction: `base image (FROM ${bumped})`,
        origin: 'base',
        line: 1,
        status: 'grown',
        base: before[platform][0].size,
        current: before[platform][0].size + added,
        delta: added
      });
      // The build's own layer is the same blob on both bases.
      expect(changes[1]).toMatchObject({ origin: 'line', line: 2, status: 'unchanged' });
      expect(after[platform].at(-1)).toEqual(before[platform].at(-1));
    }
    // The instruction is cut short in the table (the loopback registry's name is long); the link is whole.
    expect(run.summary).toMatch(new RegExp(`\\| \`base image \\(FROM [^\`]+\` \\| \\[Dockerfile:1\\]\\(https://github\\.com/acme/backend/blob/${HEAD_SHA}/Dockerfile#L1\\) \\|`));
    expect(warnings(run).filter(w => w.title?.startsWith('hoist: the image grew'))).toEqual([expect.objectContaining({ file: 'Dockerfile', line: '1' })]);
  });

  it('a Dockerfile under a subfolder: the link and the annotation carry its path, a grown layer on its line', async () => {
    const repo = uniqueRepo('lines-sub');
    const file = `FROM ${RUNTIME_IMAGE}\nCOPY small.txt /small.txt\nCOPY services/api/data.bin /data.bin\n`;
    const run = await mainThenPullRequest(
      repo,
      context({ 'services/api/Dockerfile': file, 'small.txt': small, 'services/api/data.bin': randomBytes(100_000) }),
      context({ 'services/api/Dockerfile': file, 'small.txt': small, 'services/api/data.bin': randomBytes(1_300_000) }),
      { file: 'services/api/Dockerfile' }
    );
    const before = await layerSizes(repo, 'main');
    const after = await layerSizes(repo, 'pr-5');
    for (const platform of PLATFORMS) {
      const delta = after[platform].at(-1)!.size - before[platform].at(-1)!.size;
      expect(changesOf(run, platform).filter(c => c.status !== 'unchanged')).toEqual([
        { instruction: 'COPY services/api/data.bin /data.bin', origin: 'line', line: 3, status: 'grown', base: before[platform].at(-1)!.size, current: after[platform].at(-1)!.size, delta }
      ]);
    }
    expect(JSON.parse(run.outputs.sizes).dockerfile).toBe('services/api/Dockerfile');
    expect(run.summary).toContain(`| \`COPY services/api/data.bin /data.bin\` | [services/api/Dockerfile:3](https://github.com/acme/backend/blob/${HEAD_SHA}/services/api/Dockerfile#L3) |`);
    expect(warnings(run).filter(w => w.title?.startsWith('hoist: the image grew'))).toEqual([expect.objectContaining({ file: 'services/api/Dockerfile', line: '3' })]);
  });
});
