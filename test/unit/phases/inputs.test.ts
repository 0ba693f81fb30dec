import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputErrors } from '../../../src/inputs/errors.js';
import { checkAllInputs, metadataProblems, readInputs, redacted, resolveDockerfile } from '../../../src/phases/inputs.js';
import { exec, type Exec } from '../../../src/util/exec.js';
import { gitBlobSha, startGitHub, type GitHubServer } from '../../servers/github.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

const scratch = scratchDirs('phase-inputs');

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

describe('redacted: the inputs as the debug log shows them', () => {
  it('replaces every secret-bearing input that is set, and keeps the rest', () => {
    const shown = redacted(rawInputs({ tags: 'r/app:1', secrets: 'TOKEN=s3cr3t', password: 'pw', 'registry-auths': '- registry: r\n  password: x', 'github-token': 'ghs_x' }));
    expect(shown).toMatchObject({ tags: ['r/app:1'], secrets: '***', password: '***', 'registry-auths': '***', 'github-token': '***' });
    expect(JSON.stringify(shown)).not.toMatch(/s3cr3t|ghs_x|"pw"/);
    // Only what is set: unset strings and empty lists are left out, booleans stay.
    expect(redacted(rawInputs({ push: 'true' }))).toEqual({
      push: true,
      load: false,
      'no-cache': false,
      pull: false,
      'pr-comment': true,
      'cache-mounts': true,
      use: false,
      'keep-state': false,
      cleanup: true,
      'cache-binary': true,
      logout: true,
      merge: false,
      'comment-only': false
    });
  });
});

describe('readInputs: every secret masked before anything is said', () => {
  it('masks each secret, a multi-line one line by line too, first of all; the debug log shows the inputs redacted', async () => {
    const runner = new FakeRunner({ secrets: 'TOKEN=s3cr3t', password: 'first line\n  second line\n', username: 'bob', 'github-token': 'ghs_x' }, true);
    const { given, secrets } = await readInputs(testPorts({ dir: scratch(), runner }));
    expect(secrets).toEqual(['s3cr3t', 'ghs_x', 'first line\n  second line', 'first line', 'second line']);
    expect(runner.events.slice(0, 5)).toEqual(secrets.map(text => ({ kind: 'secret', text })));
    expect(runner.events[5]).toEqual({ kind: 'debug', text: expect.stringMatching(/^inputs: \{/) });
    expect(JSON.parse(runner.events[5].text.slice('inputs: '.length))).toMatchObject({ secrets: '***', password: '***', 'github-token': '***', username: 'bob' });
    expect(JSON.stringify(runner.events.slice(5))).not.toMatch(/s3cr3t|ghs_x|second line/);
    expect(given.username).toBe('bob');
  });

  it('registry-auths written as a mapping, with a custom tag on the password: masked first, and never said by the parser or the problem', async () => {
    const password = 'p4ss-0012345678901234567890';
    const runner = new FakeRunner({ 'registry-auths': `registry: ghcr.io\nusername: octocat\npassword: !token ${password}` }, true);
    const warned = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const { given, secrets } = await readInputs(testPorts({ dir: scratch(), runner }));
      expect(secrets).toEqual([password]);
      expect(runner.events[0]).toEqual({ kind: 'secret', text: password });
      const error = await checkAllInputs(testPorts({ dir: scratch(), runner }), given).catch((e: unknown) => e);
      expect((error as InputErrors).errors.map(e => e.message)).toContainEqual(expect.stringMatching(/^input 'registry-auths': is not a YAML list\./));
      expect((error as Error).message).not.toContain(password);
      expect(warned).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
    }
  });

  it('no debug line unless the runner shows them', async () => {
    const runner = new FakeRunner({ tags: 'r/app:1' });
    await readInputs(testPorts({ dir: scratch(), runner }));
    expect(runner.events).toEqual([]);
  });
});

describe('checkAllInputs: every problem at once, before docker is asked anything', () => {
  it('throws all the problems together, after saying the warnings', async () => {
    const runner = new FakeRunner({});
    const context = scratch();
    fs.writeFileSync(path.join(context, 'Dockerfile'), 'FROM busybox\n');
    const given = rawInputs({ context, push: 'true', 'max-size': 'big', secrets: 'EMPTY=', 'meta-tags': 'type=sha' });
    const error = await checkAllInputs(testPorts({ dir: scratch(), runner }), given).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors.map(e => e.input)).toEqual(['tags', 'max-size', 'meta-tags']);
    expect((error as Error).message).toMatch(/^3 input problems:\n {2}- input 'tags': push is enabled but no tag is given\./);
    expect(runner.texts('warning')).toEqual([expect.stringMatching(/^input 'secrets': 'EMPTY' has an empty value; skipped/)]);
  });

  it('returns the inputs the build goes on with, the logins and the added nodes', async () => {
    const context = scratch();
    fs.writeFileSync(path.join(context, 'Dockerfile'), 'FROM busybox\n');
    const checked = await checkAllInputs(
      testPorts({ dir: scratch() }),
      rawInputs({ context, tags: 'r.example/app:1', secrets: 'EMPTY=\nTOKEN=x', registry: 'r.example', username: 'bob', password: 'pw' })
    );
    expect(checked.inputs.secrets).toEqual(['TOKEN=x']);
    expect(checked.logins).toEqual([{ registry: 'r.example', username: 'bob', password: 'pw' }]);
    expect(checked.nodes).toEqual([]);
  });

  it('a distributed build with a push needs the artifact service: without it, stop before any program runs', async () => {
    const given = rawInputs({ tags: 'r.example/app:1', push: 'true', merge: 'true', platforms: 'linux/amd64,linux/arm64' });
    await expect(checkAllInputs(testPorts({ dir: scratch() }), given)).rejects.toThrow(
      /^merge: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set\)\./
    );
    const withService = testPorts({ dir: scratch(), env: { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' } });
    await expect(checkAllInputs(withService, given)).resolves.toMatchObject({ inputs: { merge: true } });
    // Without a push nothing travels: no service needed.
    await expect(checkAllInputs(testPorts({ dir: scratch() }), { ...given, push: false })).resolves.toBeDefined();
  });
});

describe("resolveDockerfile: the default Git context's Dockerfile, from the checkout, else GitHub's API, else one notice", () => {
  const TOKEN = 'ghs_resolve';
  const DOCKERFILE = 'FROM busybox AS build\nRUN --mount=type=cache,target=/root/.cache true\nFROM busybox\n';
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  let github: GitHubServer;
  /** A repository (the workspace, as after actions/checkout) with one commit: a Dockerfile in api/, a go.sum at the root. */
  let repo: string;
  let commit: string;
  let first: string;

  beforeAll(async () => {
    repo = scratch();
    git(repo, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(repo, 'README'), 'x\n');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'first');
    first = git(repo, 'rev-parse', 'HEAD');
    fs.mkdirSync(path.join(repo, 'api'));
    fs.writeFileSync(path.join(repo, 'api', 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(repo, 'go.sum'), 'x v1 h1:abc\n');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'second');
    commit = git(repo, 'rev-parse', 'HEAD');
    // An edit not committed: BuildKit fetches the commit, so hoist reads the commit's text.
    fs.appendFileSync(path.join(repo, 'api', 'Dockerfile'), 'RUN echo not committed\n');
    github = await startGitHub(TOKEN, 'acme/app');
    github.trees.set(commit, { README: 'x\n', 'api/Dockerfile': DOCKERFILE, 'go.sum': 'x v1 h1:abc\n' });
  });
  afterAll(() => github.close());

  /** The step, its programs run in `cwd` (the workspace), for the commit `sha` of acme/app. */
  function stepIn(cwd: string, sha: string, env: NodeJS.ProcessEnv = {}) {
    const runner = new FakeRunner({});
    const calls: string[] = [];
    const inWorkspace: Exec = (command, args, options) => {
      calls.push([command, ...args].join(' '));
      return exec(command, args, { cwd, ...options });
    };
    const ports = testPorts({ dir: scratch(), runner, exec: inWorkspace, env: { GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: github.url, ...env } });
    return { runner, calls, ports };
  }

  it('the workspace is a checkout of the built commit: the committed Dockerfile, the checkout as the context; GitHub is not asked', async () => {
    const { runner, ports } = stepIn(repo, commit);
    const before = github.requests.length;
    const source = await resolveDockerfile(ports, rawInputs({ context: '{{defaultContext}}:api', 'github-token': TOKEN, cache: 'registry' }));
    const root = fs.realpathSync(repo);
    expect(source).toEqual({ path: 'api/Dockerfile', text: DOCKERFILE, origin: 'checkout', contextDir: path.join(root, 'api'), localPath: path.join(root, 'api', 'Dockerfile') });
    expect(runner.texts('info')).toEqual([`Dockerfile: api/Dockerfile at ${commit}, read from the checkout in the workspace (BuildKit fetches the Git context itself)`]);
    expect(github.requests.length).toBe(before);
  });

  it("a checkout of another commit: GitHub's contents API at the built commit, with the lockfiles' blob hashes for the mounts' key", async () => {
    const other = scratch();
    git(repo, 'worktree', 'add', '-q', '--detach', other, first);
    const { runner, ports } = stepIn(other, commit);
    const source = await resolveDockerfile(ports, rawInputs({ file: 'api/Dockerfile', 'github-token': TOKEN, cache: 'registry' }));
    expect(source).toEqual({ path: 'api/Dockerfile', text: DOCKERFILE, origin: 'contents-api', lockfiles: [{ path: 'go.sum', content: `git blob ${gitBlobSha('x v1 h1:abc\n')}` }] });
    expect(runner.texts('info')).toEqual([`Dockerfile: api/Dockerfile at ${commit}, read through GitHub's contents API (BuildKit fetches the Git context itself)`]);
    // Octokit sends the path's slashes as %2F, which GitHub reads as slashes.
    expect(github.requests.filter(r => r.includes('/contents')).map(decodeURIComponent)).toEqual(
      expect.arrayContaining(['GET /repos/acme/app/contents/api/Dockerfile', 'GET /repos/acme/app/contents', 'GET /repos/acme/app/contents/api'])
    );
  });

  it.each<[string, Record<string, string>, string]>([
    ['GitHub has no such file at the commit', { 'github-token': TOKEN }, `GitHub has no Dockerfile in acme/app at COMMIT`],
    ['GitHub refuses the token', { 'github-token': 'wrong' }, "GitHub's contents API could not be read: GET /repos/acme/app/contents/Dockerfile?ref=COMMIT: Bad credentials"],
    ['no token', { 'github-token': '' }, 'github-token is empty, so GitHub cannot be asked']
  ])('an empty workspace and %s: exactly one notice naming what is off and why; the build goes on', async (_name, raw, why) => {
    const { runner, ports } = stepIn(scratch(), commit);
    const source = await resolveDockerfile(ports, rawInputs({ ...raw, cache: 'registry', target: 'runtime' }));
    expect(source).toBeUndefined();
    const notices = runner.texts('info');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Dockerfile: hoist could not read Dockerfile of the Git context that BuildKit fetches \(the workspace is not a Git checkout \(fatal: not a git repository/);
    expect(notices[0]).toContain(`; ${why.replace('COMMIT', commit)}). The build goes on; off for it: cache mounts are not carried (cache: registry); no QEMU analysis`);
    expect(notices[0]).toContain("target is not checked against the Dockerfile's stages");
    expect(runner.texts('warning')).toEqual([]);
  });

  it('a local context is read from its directory; no program is run', async () => {
    const { calls, ports } = stepIn(repo, commit);
    expect(await resolveDockerfile(ports, rawInputs({ context: path.join(repo, 'api') }))).toMatchObject({ origin: 'local', path: path.join(repo, 'api', 'Dockerfile') });
    expect(calls).toEqual([]);
  });

  it('checkAllInputs checks target against the Git context’s Dockerfile, and hands the Dockerfile on', async () => {
    const { ports } = stepIn(repo, commit);
    const error = await checkAllInputs(ports, rawInputs({ context: '{{defaultContext}}:api', target: 'tests' })).catch((e: unknown) => e);
    expect((error as InputErrors).errors.map(e => e.message)).toEqual(["input 'target': no stage named 'tests' in api/Dockerfile. Use one of: build."]);
    expect((await checkAllInputs(ports, rawInputs({ context: '{{defaultContext}}:api', target: 'build' }))).dockerfile).toMatchObject({ path: 'api/Dockerfile', origin: 'checkout' });
  });
});
