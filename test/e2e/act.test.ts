/**
 * Workflows run for real by nektos/act (self-hosted mode, on the host): the README's
 * example (a push to main, then a pull request whose image is compared with main's), and
 * `cache: local` twice through act's own Actions cache server, which speaks the legacy
 * (v1) protocol as GitHub Enterprise Server does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { workspace } from '../helpers/workspace.js';
import { runtimeToken } from '../servers/actions-cache.js';
import { startGitHub, type GitHubServer } from '../servers/github.js';
import { startArtifactServer, type ArtifactServer } from '../servers/artifacts.js';
import { startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { ROOT } from './runner.js';
import { getManifest, platformsOf, REGISTRY, requireToolchain, RUNTIME_IMAGE, seenIn, startFreshBuilder, uniqueRepo, type FreshBuilder } from './toolchain.js';

function act(
  repo: string,
  event: string,
  payload: object,
  env: Record<string, string>,
  options: { workflow?: string; args?: string[]; actEnv?: Record<string, string> } = {}
): Promise<{ code: number; log: string }> {
  const eventFile = path.join(repo, `${event}.json`);
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  const args = [
    event,
    '-W',
    `.github/workflows/${options.workflow ?? 'image.yml'}`,
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    // act's defaults for these are not loopback; nothing may leave the machine.
    '--cache-server-addr',
    '127.0.0.1',
    '--artifact-server-addr',
    '127.0.0.1',
    '--action-offline-mode',
    ...(options.args ?? []),
    ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`])
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('act', args, { cwd: repo, env: { ...process.env, ACT_DISABLE_VERSION_CHECK: '1', ...options.actEnv } });
    let log = '';
    child.stdout.on('data', d => (log += d));
    child.stderr.on('data', d => (log += d));
    child.on('error', reject);
    child.on('close', code => resolve({ code: code ?? 1, log }));
  });
}

/** A git repository holding `workflow` (a fixture under test/fixtures/act/, or `from` another folder) and `files`, on main. */
function workflowRepo(workflow: string, files: Record<string, string> = {}, from = path.join(ROOT, 'test/fixtures/act')): string {
  const repo = workspace({ [`.github/workflows/${workflow}`]: fs.readFileSync(path.join(from, workflow)), ...files }, { name: 'act-repo' });
  const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'workflow');
  return repo;
}

/**
 * CI's own headline job, from the real .github/workflows/ci.yml: hoist as the quick start
 * uses it, with no setup step before it, then the job's own checks of the pushed index and
 * the sizes output (curl and jq). What act needs here, and only that:
 * - actions/checkout cannot be fetched: the job's pinned checkout is mapped
 *   (--local-repository, --no-skip-checkout) to test/fixtures/act/checkout, which copies
 *   this repository into the workspace;
 * - the registry service container is not started (act's self-hosted mode skips services):
 *   the toolchain's registry answers on the same localhost:5000;
 * - Docker Hub cannot be reached: the repository variable HOIST_CI_BUILD_ARGS (unset on
 *   GitHub) names the local base images;
 * - BUILDX_BUILDER=default: the Docker engine's own builder is current, as on a new hosted
 *   runner (this machine's current builder is the toolchain's `hoist`).
 */
describe("CI's headline job (.github/workflows/ci.yml) under act", () => {
  let repo: string;
  beforeAll(async () => {
    await requireToolchain();
    // A commit of its own (the tag is github.sha): a file no other run has.
    repo = workflowRepo('ci.yml', { 'run-id': uniqueRepo('ci') }, path.join(ROOT, '.github/workflows'));
  });

  it('pushes both platforms to localhost:5000 with no setup step, and its checks of the index and the sizes pass', async () => {
    const ci = fs.readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    const checkout = /uses: (actions\/checkout@[0-9a-f]{40})/.exec(ci)![1];
    const buildArgs = `GO_IMAGE=${REGISTRY}/base/golang:latest\nRUNTIME_IMAGE=${RUNTIME_IMAGE}`;
    const run = await act(
      repo,
      'push',
      { ref: 'refs/heads/main' },
      { HOIST_REPO: ROOT, BUILDX_BUILDER: 'default' },
      {
        workflow: 'ci.yml',
        args: ['-j', 'headline', '--no-skip-checkout', '--local-repository', `${checkout}=${path.join(ROOT, 'test/fixtures/act/checkout')}`, '--var', `HOIST_CI_BUILD_ARGS=${buildArgs}`]
      }
    );
    expect({ code: run.code, tail: run.code === 0 ? '' : run.log.slice(-4000) }).toEqual({ code: 0, tail: '' });
    expect(run.log).toContain('Success - Main The registry holds one index of both platforms, and the sizes output describes it');
    expect(run.log).toContain('Success - Post ./');
    // hoist set the builder up itself, and its post step removed it.
    const builder = /builder: setting up (hoist-[0-9a-f]+) \(docker-container driver\)/.exec(run.log)?.[1];
    expect(builder).toBeDefined();
    expect(run.log).toContain(`removed builder ${builder}`);
    // Read here too, apart from the job's own checks.
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const index = await getManifest('ci/example', sha);
    expect(Object.keys(platformsOf(index))).toEqual(['linux/amd64', 'linux/arm64']);
    expect(run.log).toContain(`pushed index ${index.digest}; digest output ${index.digest}`);
  });
});

/**
 * A new user's repository with the README's quick start as its only workflow, read from
 * README.md itself: a tiny busybox service, no checkout, no context (BuildKit fetches the
 * commit's Git URL), tags from meta-images, a push on main and a measured, commented pull
 * request. What act needs here, and only that:
 * - the one change to the YAML: `ghcr.io` (not reachable from here) becomes the toolchain's
 *   loopback registry. It needs no login, so the quick start's login (github.actor and
 *   secrets.GITHUB_TOKEN, given to act as --actor and -s GITHUB_TOKEN) passes its check
 *   without credentials being asked for: the Bearer-token login is the release test's below,
 *   and its ports (5001-5003) are other tests' while the suite runs;
 * - `uses: OWNER/hoist@v0` is mapped by --local-repository to this checkout (its dist/);
 * - github.repository comes from the repository's `origin` remote (newuser/tiny);
 * - GITHUB_SERVER_URL (--env) is a dumb-HTTP Git server holding the repository, which
 *   BuildKit fetches the context from, and GITHUB_API_URL (--env) the GitHub stand-in, which
 *   hoist reads the Dockerfile from (act's workspace holds no checkout) and comments through;
 * - BUILDX_BUILDER=hoist (--env): the toolchain's remote builder. The Docker engine's own
 *   would make hoist set up a docker-container builder, as on a new runner, but the BuildKit
 *   image made here for those has no `git`, which a Git context needs (moby/buildkit has it:
 *   "unknown scheme git: not found" otherwise).
 */
describe("the README's quick start, as a new user's workflow, under act", () => {
  const repoName = `newuser/${uniqueRepo('tiny').replace(/\//g, '-')}`;
  const files: Record<string, string> = {
    Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello.sh /hello.sh\nCMD ["/bin/sh", "/hello.sh"]\n`,
    'hello.sh': `echo hello from ${repoName}\n`,
    '.dockerignore': '.git\n'
  };
  const token = 'quickstart-token-5521';
  let github: GitHubServer;
  let gitServer: http.Server;
  let gitUrl: string;
  let repo: string;
  let commit: string;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'act-quickstart-'));
  beforeAll(async () => {
    await requireToolchain();
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const quickStart = /^## Quick start$[\s\S]*?^```yaml\n([\s\S]*?)^```$/m.exec(readme)![1];
    expect(quickStart).toContain('uses: OWNER/hoist@v0');
    const workflow = quickStart.replace(/ghcr\.io/g, REGISTRY);
    repo = workspace({ '.github/workflows/image.yml': workflow, ...files }, { name: 'act-quickstart' });
    const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'a tiny service');
    git('remote', 'add', 'origin', `https://github.com/${repoName}.git`);
    commit = git('rev-parse', 'HEAD');
    // The repository as GITHUB_SERVER_URL serves it: a bare clone over dumb HTTP.
    const bare = path.join(scratch, `${repoName}.git`);
    execFileSync('git', ['clone', '-q', '--bare', repo, bare]);
    execFileSync('git', ['update-server-info'], { cwd: bare });
    gitServer = http.createServer((req, res) => {
      const file = path.join(scratch, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!file.startsWith(scratch) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
      res.writeHead(200).end(fs.readFileSync(file));
    });
    await new Promise<void>(resolve => gitServer.listen(0, '127.0.0.1', resolve));
    gitUrl = `http://127.0.0.1:${(gitServer.address() as AddressInfo).port}`;
    github = await startGitHub(token, repoName);
    github.trees.set(commit, files);
  });
  afterAll(async () => {
    await github?.close();
    await new Promise(resolve => gitServer?.close(resolve));
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const run = (event: string, payload: object) =>
    act(
      repo,
      event,
      payload,
      { GITHUB_SERVER_URL: gitUrl, GITHUB_API_URL: github.url, BUILDX_BUILDER: 'hoist' },
      { args: ['--local-repository', `OWNER/hoist@v0=${ROOT}`, '--actor', 'newuser', '-s', `GITHUB_TOKEN=${token}`] }
    );

  it('pushes both platforms on main, then measures a pull request against it and comments', async () => {
    const image = `${REGISTRY}/${repoName}`;
    const main = await run('push', { ref: 'refs/heads/main' });
    expect({ code: main.code, tail: main.code === 0 ? '' : main.log.slice(-4000) }).toEqual({ code: 0, tail: '' });
    expect(main.log).not.toContain(token);
    expect(main.log).toContain(`${gitUrl}/${repoName}.git#${commit}`);
    expect(main.log).toContain('Success - Post OWNER/hoist@v0');
    // The pushed index, read with plain HTTP: both platforms under metadata-action's default tag.
    expect(Object.keys(platformsOf(await getManifest(repoName, 'main'))).sort()).toEqual(['linux/amd64', 'linux/arm64']);

    const pr = await run('pull_request', {
      number: 3,
      pull_request: { number: 3, head: { ref: 'feature', sha: commit, repo: { fork: false } }, base: { ref: 'main' } },
      repository: { private: false }
    });
    expect({ code: pr.code, tail: pr.code === 0 ? '' : pr.log.slice(-4000) }).toEqual({ code: 0, tail: '' });
    // Not pushed: measured from the build, compared with main's image, and one comment on the pull request.
    expect(pr.log).toContain('measured from the build');
    const comments = github.comments.get(3) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`<!-- hoist:size-report image=${image} job=image -->`);
    expect(comments[0].body).toContain('measured from the build, not pushed');
    expect(comments[0].body).toMatch(/\| linux\/amd64 \| [\d.]+ [kM]B \| = \|/);
    expect(comments[0].body).toContain('Δ vs `main`');
    expect(pr.log).not.toContain(token);
    await expect(getManifest(repoName, 'pr-3')).rejects.toThrow();
  });
});

describe('the README example workflow under act', () => {
  const image = `${REGISTRY}/${uniqueRepo('act')}`;
  let repo: string;
  beforeAll(async () => {
    await requireToolchain();
    repo = workflowRepo('image.yml');
  });

  it('pushes main, then compares a pull request with it', async () => {
    const mainResult = path.join(repo, 'main-sizes.json');
    const main = await act(repo, 'push', { ref: 'refs/heads/main' }, { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: mainResult });
    expect({ code: main.code, tail: main.code === 0 ? '' : main.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(main.log).toContain('Success - Post ./');
    // No builder was set up before hoist: it set one up, and its post step removed it.
    const builder = /builder: setting up (hoist-[0-9a-f]+) \(docker-container driver\): the Docker engine's own builder \(default\) cannot do 2 platforms, cache: registry/.exec(main.log)?.[1];
    expect(builder).toBeDefined();
    expect(main.log).toContain(`removed builder ${builder}`);
    expect(main.log).toContain('QEMU: not needed');
    const mainSizes = JSON.parse(fs.readFileSync(mainResult, 'utf8'));
    const index = await getManifest(image.slice(REGISTRY.length + 1), 'main');
    expect(mainSizes.digest).toBe(index.digest);
    expect(Object.keys(mainSizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);

    const prResult = path.join(repo, 'pr-sizes.json');
    const pr = await act(
      repo,
      'pull_request',
      { number: 3, pull_request: { number: 3, head: { ref: 'feature', sha: 'feedface'.repeat(5) }, base: { ref: 'main' } }, repository: { private: false } },
      { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: prResult }
    );
    expect({ code: pr.code, tail: pr.code === 0 ? '' : pr.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    const prSizes = JSON.parse(fs.readFileSync(prResult, 'utf8'));
    expect(prSizes.baseline).toEqual({ reference: `${image}:main`, found: true });
    expect((await getManifest(image.slice(REGISTRY.length + 1), 'pr-3')).digest).toBe(prSizes.digest);
    // Same source: the same layers. Each run sets up a builder of its own, so the image
    // config's timestamps may differ by a byte or two; the delta is exactly that.
    const repoPath = image.slice(REGISTRY.length + 1);
    const [mainImage, prImage] = await Promise.all([mainSizes, prSizes].map(s => getManifest(repoPath, s.platforms['linux/amd64'].digest)));
    expect(prImage.json.layers).toEqual(mainImage.json.layers);
    const configSize = (m: typeof mainImage) => m.json.config!.size;
    expect(prSizes.platforms['linux/amd64'].delta.bytes).toBe(configSize(prImage) - configSize(mainImage));
    expect(Math.abs(prSizes.platforms['linux/amd64'].delta.bytes)).toBeLessThan(64);
    expect(prSizes.gates[0]).toMatchObject({ name: 'max-size-increase', passed: true });
  });
});

/**
 * act runs the matrix, `needs` and the job outputs itself. Its own artifact server
 * cannot take the upload: it signs upload URLs with padded base64 (`sig=…=`), and
 * @azure/storage-blob 12.x, which @actions/artifact uploads with, drops that `=` when it
 * adds `comp=block` to the URL, so act answers 401 "Error unauthorized" (act v0.2.89,
 * pkg/artifacts/artifacts_v4.go verifySignature). act gives every JavaScript action the
 * the ACTIONS_* variables of its own environment on the host (self-hosted mode), so the run's
 * artifact service here is the test suite's stand-in, reached as a runner reaches GitHub's.
 */
describe('the README matrix workflow under act: a platform job per runner, then the merge', () => {
  const image = `${REGISTRY}/${uniqueRepo('act-matrix')}`;
  let repo: string;
  let artifacts: ArtifactServer;
  beforeAll(async () => {
    await requireToolchain();
    repo = workflowRepo('matrix.yml');
    artifacts = await startArtifactServer();
  });
  afterAll(async () => {
    await artifacts?.close();
  });

  it("hands each platform's digest on as an artifact of the run and merges one index, reported", async () => {
    const result = path.join(repo, 'merge-sizes.json');
    const run = await act(
      repo,
      'push',
      { ref: 'refs/heads/main' },
      { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: result },
      {
        workflow: 'matrix.yml',
        args: ['-P', 'ubuntu-24.04=-self-hosted', '-P', 'ubuntu-24.04-arm=-self-hosted'],
        actEnv: { ACTIONS_RUNTIME_URL: artifacts.url, ACTIONS_RESULTS_URL: artifacts.url, ACTIONS_RUNTIME_TOKEN: artifacts.token('act', 1) }
      }
    );
    expect({ code: run.code, tail: run.code === 0 ? '' : run.log.slice(-4000) }).toEqual({ code: 0, tail: '' });
    // Both matrix jobs ran (act's own job names) and each handed its platform on.
    expect(run.log).toMatch(/\[matrix\/build-1\][^\n]*handed on linux\/(amd64|arm64) sha256:/);
    expect(run.log).toMatch(/\[matrix\/build-2\][^\n]*handed on linux\/(amd64|arm64) sha256:/);
    const stored = artifacts.artifacts().filter(a => a.finalized);
    expect(stored.map(a => a.name.replace(/^hoist-digest-[0-9a-f]{12}-/, '')).sort()).toEqual(['linux-amd64', 'linux-arm64']);
    const repoPath = image.slice(REGISTRY.length + 1);
    const index = await getManifest(repoPath, 'main');
    expect(fs.readFileSync(`${result}.digest`, 'utf8').trim()).toBe(index.digest);
    expect(Object.keys(platformsOf(index))).toEqual(['linux/amd64', 'linux/arm64']);
    const sizes = JSON.parse(fs.readFileSync(result, 'utf8'));
    expect(sizes.digest).toBe(index.digest);
    expect(Object.keys(sizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    expect(run.log).toMatch(/\[matrix\/merge\s*\][^\n]*merged 2 platform job\(s\) into sha256:[0-9a-f]{64} in \d+ ms/);
  });
});

describe('the README release workflow under act: login, tags from the git context', () => {
  const image = `127.0.0.1:5001/${uniqueRepo('act-release')}`;
  let registry: TestRegistry;
  let repo: string;
  beforeAll(async () => {
    await requireToolchain();
    registry = await startTokenRegistry();
    repo = workflowRepo('release.yml');
  });
  afterAll(async () => {
    await registry?.stop();
  });

  /** One run of the workflow; its sizes and metadata outputs. */
  const run = async (event: string, payload: object) => {
    const result = path.join(repo, `${event}-${Date.now()}.json`);
    const env = { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: result, HOIST_REGISTRY: registry.host, HOIST_USERNAME: registry.username, HOIST_PASSWORD: registry.password };
    const out = await act(repo, event, payload, env, { workflow: 'release.yml' });
    expect({ code: out.code, tail: out.code === 0 ? '' : out.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(out.log).not.toContain(registry.password);
    return { sizes: JSON.parse(fs.readFileSync(result, 'utf8')), meta: JSON.parse(fs.readFileSync(`${result}.meta`, 'utf8')) as { tags: string[] }, log: out.log };
  };

  // As GitHub sends them, the payloads name the default branch: main's run then writes the
  // cache a tag's and a pull request's runs read (without it, main is a branch like any other).
  const repository = { private: false, default_branch: 'main' };

  it('main, then tag v1.2.3 (1.2.3, 1.2, 1, latest on one index), then a pull request compared with main', async () => {
    const main = await run('push', { ref: 'refs/heads/main', repository });
    expect(main.meta.tags).toEqual(expect.arrayContaining([`${image}:main`]));
    expect(main.log).toContain(`logged in to ${registry.host} as ${registry.username}`);

    const tag = await run('push', { ref: 'refs/tags/v1.2.3', repository });
    // Built on a new builder with the cache main's run wrote: some steps from it, not always
    // all (one run here ran one platform's cache-mount step again, on the restored mount).
    expect(tag.log).toMatch(/cache: [1-9]\d*\/\d+ steps cached/);
    const names = tag.meta.tags.map(t => t.slice(image.length + 1));
    expect(names.filter(n => !n.startsWith('sha-')).sort()).toEqual(['1', '1.2', '1.2.3', 'latest']);
    expect(names.filter(n => n.startsWith('sha-'))).toEqual([expect.stringMatching(/^sha-[0-9a-f]{7}$/)]);
    // Each tag, as skopeo sees it with the registry's login (asynchronously: the token server lives in this process).
    for (const name of ['1.2.3', '1.2', '1', 'latest']) {
      const { stdout } = await promisify(execFile)('skopeo', ['inspect', '--raw', '--tls-verify=false', '--creds', `${registry.username}:${registry.password}`, `docker://${image}:${name}`], {
        encoding: 'utf8'
      });
      expect(`sha256:${createHash('sha256').update(stdout).digest('hex')}`).toBe(tag.sizes.digest);
    }

    const pr = await run('pull_request', { number: 3, pull_request: { number: 3, head: { ref: 'feature', sha: 'feedface'.repeat(5) }, base: { ref: 'main' } }, repository });
    expect(pr.meta.tags).toEqual(expect.arrayContaining([`${image}:pr-3`]));
    expect(pr.sizes.baseline).toEqual({ reference: `${image}:main`, found: true });
    expect(pr.sizes.gates[0]).toMatchObject({ name: 'max-size-increase', passed: true });
  });
});

describe.each(['local', 'gha'])("cache: %s under act, through act's own Actions cache server (v1)", cache => {
  const image = `${REGISTRY}/${uniqueRepo(`act-${cache}`)}`;
  // A step that needs nothing of the input (its layer must come back from the layer
  // cache), then one that reruns on every change and lists what its cache mount held.
  const dockerfile = [
    `FROM ${RUNTIME_IMAGE}`,
    'RUN --mount=type=cache,target=/cache echo deps > /deps && sleep 1',
    'COPY input /input',
    'RUN --mount=type=cache,target=/cache ls /cache > /seen && sleep 3 && head -c 200000 /dev/urandom > /cache/$(cat /input)',
    ''
  ].join('\n');
  let repo: string;
  const cacheServer = fs.mkdtempSync(path.join(os.tmpdir(), 'act-cache-server-'));
  const builders: FreshBuilder[] = [];
  beforeAll(async () => {
    await requireToolchain();
    repo = workflowRepo('cache.yml', { 'app/Dockerfile': dockerfile, 'app/input': 'one' });
    // The action itself, as `uses: ./` finds it in the copied checkout.
    fs.copyFileSync(path.join(ROOT, 'action.yml'), path.join(repo, 'action.yml'));
    fs.cpSync(path.join(ROOT, 'dist'), path.join(repo, 'dist'), { recursive: true });
  });
  afterAll(async () => {
    for (const b of builders) await b.stop();
  });

  /** One run of the workflow on a new BuildKit (nothing of the last run's state), writing `input`. */
  const run = async (input: string) => {
    const builder = await startFreshBuilder();
    builders.push(builder);
    const result = await act(
      repo,
      'push',
      { ref: 'refs/heads/main' },
      { HOIST_REPO: repo, HOIST_IMAGE: image, HOIST_INPUT: input, HOIST_BUILDER: builder.name, HOIST_CACHE: cache, ACTIONS_RUNTIME_TOKEN: runtimeToken('') },
      { workflow: 'cache.yml', args: ['--cache-server-path', cacheServer] }
    );
    await builder.stop();
    expect({ code: result.code, tail: result.code === 0 ? '' : result.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    return result.log;
  };

  it('brings back the layer cache and the cache mounts on the second run, though its temp directory differs', async () => {
    const first = await run('one');
    if (cache === 'local') expect(first).toMatch(/layer cache: nothing saved yet/);
    expect(first).toMatch(/cache mounts: saved [\d.]+ \wB/);
    const temps = [...first.matchAll(/RUNNER_TEMP=(\S+)/g)].map(m => m[1]);

    const second = await run('two');
    if (cache === 'local') expect(second).toMatch(/layer cache: restored hoist-layers-/);
    expect(second).toMatch(/cache mounts: restored [\d.]+ \wB in/);
    // The step that needs nothing of the input came from the restored layer cache.
    const deps = [...second.matchAll(/#(\d+) \[stage-0 2\/4\] RUN .*echo deps/g)].map(m => m[1]);
    expect(deps.length).toBeGreaterThan(0);
    expect(second).toMatch(new RegExp(`#${deps.at(-1)} CACHED`));
    // What the mount held when the step ran, read from the pushed image: the first run's file.
    const repoName = image.slice(REGISTRY.length + 1);
    expect(await seenIn(repoName, (await getManifest(repoName, 'two')).digest)).toBe('one\n');
    // Each act run has a temp directory of its own: what made the entries unreachable before.
    const secondTemps = [...second.matchAll(/RUNNER_TEMP=(\S+)/g)].map(m => m[1]);
    if (temps.length && secondTemps.length) expect(secondTemps[0]).not.toBe(temps[0]);
  });
});
