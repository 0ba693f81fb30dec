/**
 * What users see when a build warns or fails, on real BuildKit: each build check warning
 * as an annotation on its Dockerfile line (also for a Dockerfile in a subfolder given
 * through `file:`), none with DOCKER_BUILD_CHECKS_ANNOTATIONS=false; a failed build as an
 * error annotation on the failing instruction and a job summary of the step.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { workspace } from '../helpers/workspace.js';
import { explain, runAction } from './runner.js';
import { RUNTIME_IMAGE, repositoryExists, requireToolchain, uniqueRepo } from './toolchain.js';

/** The annotation commands a step printed: `::warning file=…,line=…,title=…::message`. */
function annotations(stdout: string, level: 'warning' | 'error'): Array<Record<string, string>> {
  return stdout
    .split('\n')
    .filter(l => l.startsWith(`::${level} `))
    .map(l => {
      const m = /^::\w+ ([^:]*)::(.*)$/.exec(l)!;
      // The runner protocol's escapes: properties also escape ':' and ','.
      const unescape = (v: string) => v.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      const props = Object.fromEntries(m[1].split(',').map(p => p.split('=').map(unescape) as [string, string]));
      return { ...props, message: unescape(m[2]) };
    });
}

describe('build check warnings become annotations on their Dockerfile lines', () => {
  let ws: string;
  beforeAll(async () => {
    await requireToolchain();
    ws = workspace(
      {
        // Line 1: FromAsCasing; line 3: ConsistentInstructionCasing.
        Dockerfile: `FROM ${RUNTIME_IMAGE} as base\nRUN echo root\nfrom base\n`,
        // In a subfolder, given through file:; line 1: FromAsCasing.
        'services/api/Dockerfile': `FROM ${RUNTIME_IMAGE} as api\nRUN echo api\n`
      },
      { name: 'diagnostics' }
    );
  });

  it('annotates each warning with its rule, its link, the file and the line', async () => {
    const run = await runAction({ context: '.' }, { workspace: ws });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const found = annotations(run.main.stdout, 'warning').filter(a => a.title);
    expect(found.map(a => [a.title, a.file, a.line])).toEqual([
      ['FromAsCasing', 'Dockerfile', '1'],
      ['ConsistentInstructionCasing', 'Dockerfile', '3']
    ]);
    expect(found[0].message).toContain('https://docs.docker.com/go/dockerfile/rule/from-as-casing/');
  });

  it('names the subfolder Dockerfile given through file:', async () => {
    const run = await runAction({ context: '.', file: 'services/api/Dockerfile' }, { workspace: ws });
    expect(run.main.exitCode).toBe(0);
    expect(
      annotations(run.main.stdout, 'warning')
        .filter(a => a.title)
        .map(a => [a.title, a.file, a.line])
    ).toEqual([['FromAsCasing', 'services/api/Dockerfile', '1']]);
  });

  it('makes none with DOCKER_BUILD_CHECKS_ANNOTATIONS=false', async () => {
    const run = await runAction({ context: '.' }, { workspace: ws, env: { DOCKER_BUILD_CHECKS_ANNOTATIONS: 'false' } });
    expect(run.main.exitCode).toBe(0);
    expect(annotations(run.main.stdout, 'warning').filter(a => a.title)).toEqual([]);
  });
});

describe('a failed build: an error annotation on the failing line, and a summary of the step', () => {
  beforeAll(requireToolchain);

  it('line 3 fails for two platforms (arm64 under QEMU): the annotation, the step, its last lines; nothing pushed', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN echo ok\nRUN echo "machine $(uname -m)"; echo about to fail; exit 3\n` }, { name: 'diagnostics' });
    const repo = uniqueRepo('failed');
    const run = await runAction({ context: '.', platforms: 'linux/amd64,linux/arm64', tags: `127.0.0.1:5000/${repo}:1`, push: 'true' }, { workspace: ws });
    expect(run.main.exitCode).not.toBe(0);
    const errors = annotations(run.main.stdout, 'error').filter(a => a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'Dockerfile', line: '3' });
    expect(errors[0].title).toMatch(/^build failed: \[linux\/(amd64|arm64) 3\/3\] RUN echo "machine \$\(uname -m\)"; echo about to fail; exit 3$/);
    expect(errors[0].message).toContain('exit code: 3');
    expect(errors[0].message).toContain('about to fail');
    expect(run.summary).toContain('### hoist · build failed');
    expect(run.summary).toMatch(/\| platform \| linux\/(amd64|arm64) \|/);
    expect(run.summary).toContain('| line | `Dockerfile:3` |');
    expect(run.summary).toMatch(/```\nmachine (x86_64|aarch64)\nabout to fail\n```/);
    expect(run.summary).toMatch(/\| cache until then \| \d+\/\d+ steps cached/);
    expect(run.summary).toContain('Nothing was pushed.');
    expect(run.summary).not.toContain('image size');
    expect(await repositoryExists(repo)).toBe(false);
  });

  it('a failure in a stage reached through COPY --from names that stage and its line', async () => {
    const ws = workspace(
      { Dockerfile: `FROM ${RUNTIME_IMAGE} AS tools\nRUN echo preparing\nRUN echo tool build broke >&2; exit 4\nFROM ${RUNTIME_IMAGE}\nCOPY --from=tools /bin/sh /tool\n` },
      { name: 'diagnostics' }
    );
    const run = await runAction({ context: '.' }, { workspace: ws });
    expect(run.main.exitCode).not.toBe(0);
    expect(annotations(run.main.stdout, 'error').filter(a => a.file)).toEqual([
      expect.objectContaining({ file: 'Dockerfile', line: '3', title: 'build failed: [tools 3/3] RUN echo tool build broke >&2; exit 4' })
    ]);
    expect(run.summary).toContain('| stage | tools |');
    expect(run.summary).toContain('tool build broke');
  });

  it('DOCKER_BUILD_SUMMARY=false leaves the summary out; the annotation stays', async () => {
    const ws = workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nRUN true\nRUN exit 5\n` }, { name: 'diagnostics' });
    const run = await runAction({ context: '.' }, { workspace: ws, env: { DOCKER_BUILD_SUMMARY: 'false' } });
    expect(run.main.exitCode).not.toBe(0);
    expect(run.summary).toBe('');
    expect(annotations(run.main.stdout, 'error').filter(a => a.file)).toEqual([expect.objectContaining({ file: 'Dockerfile', line: '3' })]);
  });
});
