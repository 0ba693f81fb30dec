/**
 * What must not happen: bad input reaching buildx, a half-pushed image, a secret
 * in any output. Plus the other exporters (local, load into the engine).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { workspace } from '../helpers/workspace.js';
import { runAction } from './runner.js';
import { BUILDER, GO_IMAGE, REGISTRY, RUNTIME_IMAGE, repositoryExists, requireToolchain, uniqueRepo } from './toolchain.js';

beforeAll(requireToolchain);

describe('bad input', () => {
  it('fails before any build, naming every bad input and its fix; nothing is pushed', async () => {
    const repo = uniqueRepo('never');
    const run = await runAction({
      context: 'example',
      platforms: 'linux/amd64,linux/amd46',
      tags: `${REGISTRY}/${repo}:ok\n${REGISTRY}/E2E/Upper:1`,
      push: 'true',
      target: 'bulider',
      builder: BUILDER
    });
    expect(run.main.exitCode).toBe(1);
    const error = run.main.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '';
    expect(error).toMatch(/3 input problems/);
    expect(error).toMatch(/input 'platforms': 'linux\/amd46'.*did you mean 'linux\/amd64'/);
    expect(error).toMatch(/input 'tags': .*uppercase/);
    expect(error).toMatch(/input 'target': no stage named 'bulider'.*builder, runtime/);
    expect(run.main.stdout).not.toContain('buildx build');
    expect(await repositoryExists(repo)).toBe(false);
  });

  it('names a builder that does not exist', async () => {
    const run = await runAction({ context: 'example', builder: 'no-such-builder' });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/::error::input 'builder': no usable builder named 'no-such-builder'.*docker buildx create/);
  });

  it('refuses a non-boolean push', async () => {
    const run = await runAction({ context: 'example', push: 'yes' });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/::error::input 'push': 'yes' is not a boolean\. Use true or false\./);
  });
});

describe('a platform that fails to build', () => {
  it('pushes nothing at all, not even the platform that built', async () => {
    const repo = uniqueRepo('half');
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nARG TARGETARCH\nRUN echo building for $TARGETARCH && [ "$TARGETARCH" != arm64 ]\n` });
    const run = await runAction({ context: '.', platforms: 'linux/amd64,linux/arm64', tags: `${REGISTRY}/${repo}:1`, push: 'true', builder: BUILDER, 'no-cache': 'true' }, { workspace: ws });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/::error::buildx failed with exit code 1/);
    expect(await repositoryExists(repo)).toBe(false);
    expect(run.outputs.digest).toBeUndefined();
  });
});

describe('secrets', () => {
  it('reach the build as a file and appear nowhere else', async () => {
    const secret = `s3cr3t-${Date.now()}-value`;
    const ws = workspace({
      Dockerfile:
        `FROM ${RUNTIME_IMAGE} AS build\n` + `RUN --mount=type=secret,id=token,required=true sha256sum /run/secrets/token | cut -d' ' -f1 > /hash\n` + `FROM scratch\nCOPY --from=build /hash /hash\n`
    });
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-rt-'));
    const run = await runAction({ context: '.', secrets: `token=${secret}`, outputs: 'type=local,dest=out', builder: BUILDER, 'no-cache': 'true' }, { workspace: ws, runnerTemp });
    expect(run.main.exitCode).toBe(0);
    const hash = fs.readFileSync(path.join(ws, 'out', 'hash'), 'utf8').trim();
    expect(hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(run.visible).not.toContain(secret);
    expect(run.main.stdout).toContain(`::add-mask::${secret}`);
    // The secret file lived only during the build, and post removed hoist's temp dir.
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
  });
});

describe('cache-busting advisor', () => {
  it('warns on the line that copies the whole context when .git is in it', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY . /src\n` });
    fs.mkdirSync(path.join(ws, '.git'));
    const run = await runAction({ context: '.', outputs: 'type=local,dest=out', builder: BUILDER }, { workspace: ws });
    expect(run.main.exitCode).toBe(0);
    expect(run.main.stdout).toMatch(/^::warning file=Dockerfile,line=2,title=cache busting::this copies the whole context.*Add \.git to \.dockerignore\.$/m);

    fs.writeFileSync(path.join(ws, '.dockerignore'), '.git\nout\n');
    const quiet = await runAction({ context: '.', outputs: 'type=local,dest=out', builder: BUILDER }, { workspace: ws });
    expect(quiet.main.exitCode).toBe(0);
    expect(quiet.main.stdout).not.toContain('cache busting');
  });
});

describe('load', () => {
  it('loads a single-platform image into the engine with the imageid output docker reports', async () => {
    const name = `hoist-e2e/loaded:${process.pid}`;
    const run = await runAction({ context: 'example', load: 'true', tags: name, builder: BUILDER, platforms: 'linux/amd64', 'build-args': `GO_IMAGE=${GO_IMAGE}\nRUNTIME_IMAGE=${RUNTIME_IMAGE}` });
    expect(run.main.exitCode).toBe(0);
    const id = execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', name], { encoding: 'utf8' }).trim();
    expect(run.outputs.imageid).toBe(id);
    expect(JSON.parse(run.outputs['platform-digests'])).toEqual({});
    execFileSync('docker', ['image', 'rm', name]);
  });

  it('refuses to load two platforms into a classic image store, before building', async () => {
    const run = await runAction({ context: 'example', load: 'true', push: 'false', platforms: 'linux/amd64,linux/arm64', builder: BUILDER });
    expect(run.main.exitCode).toBe(1);
    expect(run.main.stdout).toMatch(/::error::input 'load': cannot load a 2-platform image/);
    expect(run.main.stdout).not.toContain('buildx build');
  });
});
