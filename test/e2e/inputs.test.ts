/**
 * Inputs as docker/build-push-action reads them: what it tolerates (secret entries it
 * cannot resolve, as in its own CI and on a fork's pull request) is a warning and the
 * image is built and pushed; what would reach buildx wrong fails before any build.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { workspace } from '../helpers/workspace.js';
import { runAction } from './runner.js';
import { BUILDER, REGISTRY, RUNTIME_IMAGE, getManifest, repositoryExists, requireToolchain, uniqueRepo } from './toolchain.js';

beforeAll(requireToolchain);

describe('secret entries build-push-action skips', () => {
  it('an empty secret and a secret file that is not there are warnings; the image is built and pushed without them', async () => {
    const repo = uniqueRepo('skipped-secrets');
    const secret = `s3cr3t-${Date.now()}-value`;
    // The used secret is required; the skipped ones are optional mounts, as a Dockerfile that tolerates a fork's empty secrets has them.
    const ws = workspace({
      Dockerfile:
        `FROM ${RUNTIME_IMAGE}\n` +
        'RUN --mount=type=secret,id=token,required=true test -s /run/secrets/token\n' +
        'RUN --mount=type=secret,id=INVALID_SECRET --mount=type=secret,id=MISSING_FILE ls /run/secrets > /mounted 2>&1 || true\n'
    });
    const run = await runAction(
      {
        context: '.',
        tags: `${REGISTRY}/${repo}:1`,
        push: 'true',
        secrets: `INVALID_SECRET=\ntoken=${secret}`,
        'secret-files': 'MISSING_FILE=./no-such-file',
        builder: BUILDER,
        'no-cache': 'true'
      },
      { workspace: ws }
    );
    expect(run.main.exitCode).toBe(0);
    const warnings = run.main.stdout.split('\n').filter(l => l.startsWith('::warning::'));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::warning::input 'secrets': 'INVALID_SECRET' has an empty value; skipped, the build goes on without it/),
        expect.stringMatching(/^::warning::input 'secret-files': 'MISSING_FILE' points at '\.\/no-such-file', which is nothing \(no such file\); skipped/)
      ])
    );
    // Neither skipped entry is on buildx's argv; the one that resolves is, by reference only.
    const command = run.main.stdout.split('\n').find(l => l.startsWith('docker buildx build')) ?? '';
    expect(command).toMatch(/--secret id=token,src=/);
    expect(command).not.toMatch(/INVALID_SECRET|MISSING_FILE/);
    expect(run.visible).not.toContain(secret);
    expect(await repositoryExists(repo)).toBe(true);
    expect((await getManifest(repo, '1')).digest).toBe(run.outputs.digest);
  });
});

describe('inputs that would reach buildx wrong', () => {
  it('fail before any build, each naming the input and the fix; nothing is pushed', async () => {
    const repo = uniqueRepo('never-inputs');
    const run = await runAction({
      context: 'example',
      tags: `${REGISTRY}/${repo}:1`,
      push: 'true',
      outputs: 'type=imag',
      provenance: 'mode=maximum',
      network: 'bridge',
      builder: BUILDER
    });
    expect(run.main.exitCode).toBe(1);
    const error = run.main.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '';
    expect(error).toMatch(/3 input problems/);
    expect(error).toMatch(/input 'outputs': 'type=imag' has the unknown type 'imag'; did you mean image\? Use one of: image, registry/);
    expect(error).toMatch(/input 'provenance': 'mode=maximum' has mode=maximum\. mode takes min, max or full\./);
    expect(error).toMatch(/input 'network': 'bridge' is not a network mode\. Use default, none or host/);
    expect(run.main.stdout).not.toContain('buildx build');
    expect(await repositoryExists(repo)).toBe(false);
  });
});
