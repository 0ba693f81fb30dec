/**
 * build-push-action's default Git context (no `context:` input), on real BuildKit: the
 * repository is served over "dumb" HTTP as GITHUB_SERVER_URL and BuildKit fetches the
 * commit itself. hoist reads the same commit's Dockerfile from the workspace's checkout,
 * else through GitHub's contents API (the stand-in), so cache mounts are carried, the
 * stage that compiles under emulation is advised on its line, and build checks are
 * annotated on the Dockerfile; with neither, the build still succeeds and one notice says
 * what is off and why. Each image is checked over plain HTTP and with skopeo.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { FAKE_TOKEN, explain, runAction, type ActionRun } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getBlob, getManifest, platformsOf, requireToolchain, skopeoDigest, uniqueRepo } from './toolchain.js';

const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const ID = `${process.pid}-${Date.now().toString(36)}`;
const MOUNT = `/root/.cache/gitctx-${ID}`;
/**
 * Line 1: FROM … as (FromAsCasing), and the stage "compiles" with make (busybox has none,
 * so it falls back) under QEMU for linux/arm64, with a cache mount.
 */
const DOCKERFILE = [
  `FROM ${RUNTIME_IMAGE} as build`,
  `RUN --mount=type=cache,target=${MOUNT} make app 2>/dev/null || uname -m | tee ${MOUNT}/arch > /arch`,
  `FROM ${RUNTIME_IMAGE}`,
  'COPY --from=build /arch /arch',
  ''
].join('\n');

/** A static file server over the bare repositories: Git's dumb HTTP protocol. */
async function serveDumbHttp(root: string): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise(resolve => server.close(() => resolve())) };
}

/** The runner protocol's escapes in an annotation's properties and message. */
const unescape = (v: string) => v.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

/** Each warning annotation as [title, file, line]. */
function warnings(stdout: string): Array<[string, string, string]> {
  return stdout
    .split('\n')
    .filter(l => l.startsWith('::warning '))
    .map(l => {
      const props = Object.fromEntries(
        /^::warning ([^:]*)::/
          .exec(l)![1]
          .split(',')
          .map(p => p.split('=').map(unescape) as [string, string])
      );
      return [props.title ?? '', props.file ?? '', props.line ?? ''];
    });
}

/** /arch of a platform's image, read from its last layer over plain HTTP with the system tar. */
async function archOf(repo: string, digest: string): Promise<string> {
  const manifest = await getManifest(repo, digest);
  const layers = manifest.json.layers ?? [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitctx-layer-'));
  try {
    const tarball = path.join(dir, 'layer.tar.gz');
    fs.writeFileSync(tarball, await getBlob(repo, layers[layers.length - 1].digest));
    return execFileSync('tar', ['-xzOf', tarball, 'arch'], { encoding: 'utf8' }).trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the default Git context: no context input, BuildKit fetches the commit itself', () => {
  let source: string;
  let commit: string;
  let git: Awaited<ReturnType<typeof serveDumbHttp>>;
  let github: GitHubServer;
  const scratch: string[] = [];
  const tmp = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hoist-gitctx-${name}-`));
    scratch.push(dir);
    return dir;
  };

  beforeAll(async () => {
    await requireToolchain();
    source = tmp('source');
    run(source, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(source, 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(source, 'README'), `gitctx ${ID}\n`);
    run(source, 'add', '.');
    run(source, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-q', '-m', 'the image');
    commit = run(source, 'rev-parse', 'HEAD');
    const served = tmp('served');
    fs.mkdirSync(path.join(served, 'acme'));
    run(served, 'clone', '-q', '--bare', source, path.join(served, 'acme', 'gitctx.git'));
    run(path.join(served, 'acme', 'gitctx.git'), 'update-server-info');
    git = await serveDumbHttp(served);
    github = await startGitHub(FAKE_TOKEN, 'acme/gitctx');
  });
  afterAll(async () => {
    await git?.close();
    await github?.close();
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A two-platform push with `cache: registry` and no context input, from `workspace`. */
  async function build(workspace: string, repo: string): Promise<ActionRun> {
    const result = await runAction(
      { tags: `${REGISTRY}/${repo}:1`, push: 'true', cache: 'registry', platforms: 'linux/amd64,linux/arm64', builder: BUILDER, provenance: 'false' },
      {
        workspace,
        env: { GITHUB_SERVER_URL: git.url, GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/gitctx', GITHUB_SHA: commit, GITHUB_REF: 'refs/heads/main' }
      }
    );
    expect({ code: result.main.exitCode, log: result.main.exitCode === 0 ? '' : explain(result) }).toEqual({ code: 0, log: '' });
    // The build's context is the Git URL (BuildKit fetched it, not the workspace).
    expect(result.main.stdout).toContain(`${git.url}/acme/gitctx.git#${commit}`);
    return result;
  }

  /** What was pushed, seen without hoist: both platforms, each stage run on its own platform; skopeo agrees on the tag. */
  async function expectPushed(repo: string): Promise<void> {
    const index = await getManifest(repo, '1');
    const platforms = platformsOf(index);
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(await archOf(repo, platforms['linux/arm64'])).toBe('aarch64');
    expect(await archOf(repo, platforms['linux/amd64'])).toBe('x86_64');
    expect(skopeoDigest(`${REGISTRY}/${repo}:1`)).toBe(index.digest);
  }

  /** Read: mounts carried, emulation advised on line 1, the build check annotated on line 1 of Dockerfile. */
  function expectFeaturesOn(result: ActionRun): void {
    expect(result.main.stdout).toContain(`cache mounts: carrying ${MOUNT}`);
    expect(result.summary).toMatch(/\| cache mounts \| [^|]+ \|/);
    expect(result.main.stdout).toContain('QEMU: linux/arm64 already registered on this machine');
    expect(warnings(result.main.stdout)).toEqual(
      expect.arrayContaining([
        ['compiling under emulation', 'Dockerfile', '1'],
        ['FromAsCasing', 'Dockerfile', '1']
      ])
    );
    expect(result.summary).toContain('| build | linux/amd64, linux/arm64 | linux/arm64 |');
    expect(result.main.stdout).not.toContain('Dockerfile: hoist could not read');
  }

  it('the workspace is a checkout of the commit: the Dockerfile is read from it; GitHub is not asked', async () => {
    const workspace = tmp('checkout');
    run(workspace, 'clone', '-q', source, '.');
    const before = github.requests.length;
    const repo = uniqueRepo('gitctx-checkout');
    const result = await build(workspace, repo);
    expect(result.main.stdout).toContain(`Dockerfile: Dockerfile at ${commit}, read from the checkout in the workspace`);
    expectFeaturesOn(result);
    expect(github.requests.slice(before)).toEqual([]);
    // BuildKit fetched the repository over dumb HTTP (none of it when it held the commit already).
    expect(git.requests).toContain('/acme/gitctx.git/info/refs');
    await expectPushed(repo);
  });

  it("an empty workspace: the Dockerfile is read through GitHub's contents API at the commit", async () => {
    github.trees.set(commit, { Dockerfile: DOCKERFILE, README: `gitctx ${ID}\n` });
    const before = github.requests.length;
    const repo = uniqueRepo('gitctx-api');
    const result = await build(tmp('empty'), repo);
    github.trees.delete(commit);
    expect(result.main.stdout).toContain(`Dockerfile: Dockerfile at ${commit}, read through GitHub's contents API`);
    expectFeaturesOn(result);
    expect(github.requests.slice(before)).toContain('GET /repos/acme/gitctx/contents/Dockerfile');
    await expectPushed(repo);
  });

  it('neither: the build succeeds, and exactly one notice says what is off and why', async () => {
    const repo = uniqueRepo('gitctx-none');
    const result = await build(tmp('neither'), repo);
    const notices = result.main.stdout.split('\n').filter(l => l.startsWith('Dockerfile: hoist could not read'));
    expect(notices).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Dockerfile: hoist could not read Dockerfile of the Git context that BuildKit fetches \\(the workspace is not a Git checkout \\(fatal: not a git repository.*\\); GitHub has no Dockerfile in acme/gitctx at ${commit}\\)\\. The build goes on; off for it: cache mounts are not carried \\(cache: registry\\); no QEMU analysis`
        )
      )
    ]);
    expect(result.main.stdout).not.toContain('cache mounts: carrying');
    expect(warnings(result.main.stdout).map(w => w[0])).not.toContain('compiling under emulation');
    // BuildKit still names its own Dockerfile for the build check, at the repository's root.
    expect(warnings(result.main.stdout)).toContainEqual(['FromAsCasing', 'Dockerfile', '1']);
    await expectPushed(repo);
  });
});
