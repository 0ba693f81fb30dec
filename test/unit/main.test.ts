/**
 * run(), the list of phases, driven end to end without docker: a fake Runner records
 * what the step says and sets, a scripted Exec plays buildx (it writes the metadata
 * file buildx would write), and an in-memory registry answers the read-back (the three
 * fakes are in test/helpers/).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/main.js';
import type { ExecResult } from '../../src/util/exec.js';
import { eventFile } from '../helpers/env.js';
import { argAfter, INSPECT, isBuild, isPlannedBuild, ok, PROGRESS, scriptedExec, type Call, type Script } from '../helpers/exec.js';
import { testPorts } from '../helpers/ports.js';
import { MemoryRegistry } from '../helpers/registry.js';
import { FakeRunner } from '../helpers/runner.js';

// ---- one run -----------------------------------------------------------------

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-main-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const REPO = '127.0.0.1:5000/acme/app';
const PUSHED = 'sha256:' + 'a'.repeat(64);
const GO_DOCKERFILE = ['FROM 127.0.0.1:5000/base/golang:latest AS build', 'COPY . .', 'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .', ''].join('\n');

interface Scenario {
  inputs: Record<string, string>;
  dockerfile?: string;
  /** Extra files in the context, relative to it (a directory when the content is null). */
  contextFiles?: Record<string, string | null>;
  env?: NodeJS.ProcessEnv;
  scripts?: Script[];
  registry?: (r: MemoryRegistry) => string | void;
}

interface Outcome {
  runner: FakeRunner;
  calls: Call[];
  builds: Call[];
  context: string;
}

let runs = 0;
async function runScenario(s: Scenario): Promise<Outcome> {
  const dir = path.join(scratch, `run-${++runs}`);
  const context = path.join(dir, 'context');
  fs.mkdirSync(context, { recursive: true });
  fs.writeFileSync(path.join(context, 'Dockerfile'), s.dockerfile ?? 'FROM 127.0.0.1:5000/base/busybox:latest\nCOPY app /app\n');
  for (const [name, content] of Object.entries(s.contextFiles ?? {})) {
    if (content === null) fs.mkdirSync(path.join(context, name), { recursive: true });
    else fs.writeFileSync(path.join(context, name), content);
  }
  const registry = new MemoryRegistry();
  const digest = s.registry?.(registry) ?? PUSHED;
  const { exec, calls } = scriptedExec(s.scripts ?? [], digest);
  const runner = new FakeRunner({ context, ...s.inputs });
  await run(testPorts({ dir, runner, exec, registry, env: s.env }));
  return { runner, calls, builds: calls.filter(isPlannedBuild), context };
}

// ---- the table ---------------------------------------------------------------

const table: Array<[string, Scenario, (o: Outcome) => void]> = [
  [
    'a bad input fails the step before any program runs',
    { inputs: { platforms: 'linux/amd65', tags: `${REPO}:1` } },
    ({ runner, calls }) => {
      expect(runner.failed).toMatch(/^input 'platforms': 'linux\/amd65' has an unknown architecture 'amd65'; did you mean 'linux\/amd64'\?/);
      expect(calls).toEqual([]);
    }
  ],
  [
    'an output type buildx has not fails the step before buildx runs; an empty secret is a warning first, its value never said',
    { inputs: { tags: `${REPO}:1`, outputs: 'type=imag', secrets: 'INVALID_SECRET=\nTOKEN=s3cr3t-value' } },
    ({ runner, calls }) => {
      expect(runner.failed).toBe("input 'outputs': 'type=imag' has the unknown type 'imag'; did you mean image? Use one of: image, registry, local, tar, oci, docker, cacheonly.");
      expect(runner.texts('warning')).toEqual([
        "input 'secrets': 'INVALID_SECRET' has an empty value; skipped, the build goes on without it (a secret the workflow cannot see, as on a fork's pull request, is empty)."
      ]);
      expect(calls).toEqual([]);
      expect(JSON.stringify(runner.events.filter(e => e.kind !== 'secret'))).not.toContain('s3cr3t-value');
    }
  ],
  [
    'a bad boolean fails the step before any program runs',
    { inputs: { push: 'yes' } },
    ({ runner, calls }) => {
      expect(runner.failed).toBe("input 'push': 'yes' is not a boolean. Use true or false.");
      expect(calls).toEqual([]);
    }
  ],
  [
    'distribute: platform without the artifact service fails before any program runs, saying how the digest would travel',
    { inputs: { platforms: 'linux/arm64', tags: `${REPO}:1`, push: 'true', distribute: 'platform' } },
    ({ runner, calls }) => {
      expect(runner.failed).toBe(
        "distribute: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). A GitHub runner sets both for every JavaScript action; under nektos/act, set them to an artifact service v4 (act's own cannot take these uploads; see docs/beyond-one-runner.md)."
      );
      expect(calls).toEqual([]);
    }
  ],
  [
    'merge with push: false creates nothing and builds nothing (the platform jobs handed nothing on)',
    { inputs: { platforms: 'linux/amd64,linux/arm64', tags: `${REPO}:1`, merge: 'true' } },
    ({ runner, calls }) => {
      expect(runner.failed).toBeUndefined();
      expect(runner.texts('info')).toContain('merge: push is false, so no image is created (the distribute: platform jobs hand nothing on without a push)');
      expect(calls.filter(c => c.args[1] !== 'inspect')).toEqual([]);
      expect(runner.outputs).toEqual({});
    }
  ],
  [
    'comment-only outside a workflow_run event fails before any program runs',
    { inputs: { 'comment-only': 'true', 'github-token': 'ghs_x' }, env: { GITHUB_EVENT_NAME: 'pull_request' } },
    ({ runner, calls }) => {
      expect(runner.failed).toBe(
        "input 'comment-only': needs a workflow_run event, not pull_request. Run it in a workflow triggered by on: workflow_run (types: [completed]) of the workflow that builds the pull request."
      );
      expect(calls).toEqual([]);
    }
  ],
  [
    "a fork's pull request is measured, not commented on (its token cannot write); without the artifact service the report stays in the summary",
    {
      inputs: { tags: `${REPO}:pr-5`, 'github-token': 'ghs_x' },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile({ pull_request: { number: 5, head: { sha: 'c0ffee00'.repeat(5), repo: { full_name: 'someone/app' } } }, repository: { full_name: 'acme/app' } }),
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_BASE_REF: 'main'
      }
    },
    ({ runner }) => {
      expect(runner.failed).toBeUndefined();
      expect(JSON.parse(runner.outputs.sizes).source).toBe('build');
      expect(runner.texts('warning')).toEqual(['this pull request comes from a fork, whose token cannot comment. The size report is in the job summary.']);
    }
  ],
  [
    'a builder that does not exist is an input error, and nothing is built',
    { inputs: { builder: 'nope' }, scripts: [c => (c.args[1] === 'inspect' ? { exitCode: 1, stdout: '', stderr: 'ERROR: no builder "nope" found' } : undefined)] },
    ({ runner, calls }) => {
      expect(runner.failed).toMatch(/^input 'builder': no usable builder named 'nope' \(ERROR: no builder "nope" found\)\. Create one first/);
      expect(calls.map(c => c.args.slice(0, 2).join(' '))).toEqual(['buildx inspect']);
    }
  ],
  [
    'loading two platforms into the classic image store is refused before the build',
    { inputs: { load: 'true', platforms: 'linux/amd64,linux/arm64' }, scripts: [c => (c.command === 'docker' && c.args[0] === 'info' ? ok('', '[["Backing Filesystem","extfs"]]') : undefined)] },
    ({ runner, builds }) => {
      expect(runner.failed).toMatch(/^input 'load': cannot load a 2-platform image/);
      expect(builds).toEqual([]);
    }
  ],
  [
    'a build that is not pushed is measured from the OCI layout it also wrote, compared with the registry, and gated',
    { inputs: { tags: `${REPO}:1`, 'max-size': '20B' }, registry: r => void r.putImage('acme/app', '1', 3_000) },
    ({ runner, builds }) => {
      expect(builds).toHaveLength(1);
      expect(builds[0].args).not.toContain('--push');
      expect(builds[0].args.filter((_, i) => builds[0].args[i - 1] === '--output')).toEqual([expect.stringMatching(/^type=oci,dest=.*\/measure,tar=false$/)]);
      expect(runner.outputs['platform-digests']).toBe('{}');
      const sizes = JSON.parse(runner.outputs.sizes);
      expect(sizes).toMatchObject({ image: REPO, source: 'build', platforms: { 'linux/amd64': { uncompressed: 6_000, layers: 1, base: { uncompressed: 3_000 } } } });
      expect(sizes.baseline).toEqual({ reference: `${REPO}:1`, found: true });
      expect(runner.texts('info')).toContain('measured the built image (not pushed) from the OCI layout the build wrote: 1 platform(s) in 100 ms');
      const summary = runner.texts('summary').join('');
      expect(summary).toContain('| pushed | no — the sizes below were measured from the build |');
      expect(summary).toContain(`### hoist · image size · \`${REPO}\` · measured from the build, not pushed`);
      // The gate applies as for a push: 41 gzipped bytes of layer alone are over 20 B.
      expect(sizes.gates[0]).toMatchObject({ name: 'max-size', limit: '20B', passed: false });
      expect(runner.failed).toMatch(/^size gate failed:/);
    }
  ],
  [
    'a build that is not pushed, on a BuildKit that writes one output only, says why it has no sizes',
    { inputs: { tags: `${REPO}:1` }, scripts: [c => (c.args[1] === 'inspect' ? ok('', INSPECT.replace('v0.32.2', 'v0.12.5')) : undefined)] },
    ({ runner, builds }) => {
      expect(runner.failed).toBeUndefined();
      expect(builds[0].args).not.toContain('--output');
      expect(runner.outputs).toEqual({
        imageid: 'sha256:1d',
        digest: PUSHED,
        metadata: expect.stringContaining(PUSHED),
        'platform-digests': '{}',
        // setup-buildx-action's outputs, for the current builder.
        name: 'hoist',
        driver: 'remote',
        platforms: 'linux/amd64,linux/arm64',
        nodes: expect.stringContaining('"name": "hoist0"')
      });
      expect(runner.texts('info')).toContain(
        "sizes not measured: the builder's BuildKit (v0.12.5) cannot write a second output to measure the image (v0.13 or newer can); sizes are read only after a push"
      );
      expect(runner.texts('summary').join('')).toContain('| pushed | no |');
    }
  ],
  [
    'a push sets every output, read back from the registry',
    { inputs: { tags: `${REPO}:1`, push: 'true' }, registry: r => r.putImage('acme/app', 'pushed', 5_000) },
    ({ runner, builds }) => {
      expect(runner.failed).toBeUndefined();
      expect(builds[0].args).toContain('--push');
      const digest = runner.outputs.digest;
      expect(Object.keys(runner.outputs).sort()).toEqual(['digest', 'driver', 'imageid', 'metadata', 'name', 'nodes', 'platform-digests', 'platforms', 'sizes']);
      expect(JSON.parse(runner.outputs.metadata)).toEqual({ 'containerimage.digest': digest, 'image.name': `${REPO}:1` });
      expect(Object.keys(JSON.parse(runner.outputs['platform-digests']))).toEqual(['linux/amd64']);
      const sizes = JSON.parse(runner.outputs.sizes);
      expect(sizes).toMatchObject({ image: REPO, digest, unit: 'bytes', platforms: { 'linux/amd64': { uncompressed: 5_000, layers: 1 } } });
      // The baseline (the tag before this push) does not exist yet: said, not failed.
      expect(sizes.baseline).toEqual({ reference: `${REPO}:1`, found: false, reason: `${REPO}:1 does not exist yet (the previous ${REPO}:1)` });
      expect(runner.texts('summary').join('')).toContain(`### hoist · image size · \`${REPO}\``);
    }
  ],
  [
    'a build that fails fails the step with buildx’s last words',
    {
      inputs: { tags: `${REPO}:1` },
      scripts: [
        c => (isPlannedBuild(c) ? { exitCode: 1, stdout: '', stderr: '#6 [2/2] RUN go build\n#6 ERROR: process "/bin/sh -c go build" did not complete successfully: exit code: 1\n' } : undefined)
      ]
    },
    ({ runner, calls }) => {
      expect(runner.failed).toBe('buildx failed with exit code 1: #6 ERROR: process "/bin/sh -c go build" did not complete successfully: exit code: 1');
      // Only a failed build asks for buildx's version (was it too old for a flag?).
      expect(calls.map(c => c.args[1])).toContain('version');
      expect(runner.events.filter(e => e.kind === 'error')).toEqual([
        { kind: 'error', text: 'process "/bin/sh -c go build" did not complete successfully: exit code: 1', annotation: { title: 'build failed: [2/2] RUN go build' } }
      ]);
      expect(runner.texts('summary').join('')).toContain('| step | `[2/2] RUN go build` |');
    }
  ],
  [
    "a failed build's summary (and any other) is left out with DOCKER_BUILD_SUMMARY=false; the secret in its output is masked in the annotation",
    {
      inputs: { tags: `${REPO}:1`, secrets: 'TOKEN=s3cr3t-value' },
      env: { DOCKER_BUILD_SUMMARY: 'false' },
      scripts: [
        c =>
          isPlannedBuild(c)
            ? { exitCode: 1, stdout: '', stderr: '#6 [2/2] RUN ./deploy\n#6 0.1 using s3cr3t-value\n#6 ERROR: process "/bin/sh -c ./deploy" did not complete successfully: exit code: 2\n' }
            : undefined
      ]
    },
    ({ runner }) => {
      expect(runner.failed).toMatch(/^buildx failed with exit code 1/);
      expect(runner.texts('summary')).toEqual([]);
      expect(runner.texts('error')[0]).toContain('last lines:\nusing ***');
    }
  ],
  [
    'a cache export that fails is retried without cache-to, with a warning',
    {
      inputs: { tags: `${REPO}:1`, cache: 'registry' },
      scripts: [
        (c, _o, calls) =>
          isPlannedBuild(c) && calls.filter(isPlannedBuild).length === 1
            ? { exitCode: 1, stdout: '', stderr: '#9 exporting cache to registry\n#9 ERROR: error writing layer blob: 429 Too Many Requests\nERROR: failed to build' }
            : undefined
      ]
    },
    ({ runner, builds }) => {
      expect(runner.failed).toBeUndefined();
      expect(builds).toHaveLength(2);
      expect(builds[0].args).toContain('--cache-to');
      expect(builds[1].args).toEqual(builds[0].args.filter((a, i) => a !== '--cache-to' && builds[0].args[i - 1] !== '--cache-to'));
      expect(runner.texts('warning')).toEqual(['the build succeeded but exporting its cache failed (ERROR: failed to build); building again without cache-to']);
      // The command is echoed once per start.
      expect(runner.texts('info').filter(t => t.startsWith('docker buildx build'))).toHaveLength(2);
    }
  ],
  [
    'a gate failure fails the step, and the summary is written first',
    { inputs: { tags: `${REPO}:1`, push: 'true', 'max-size': '100B' }, registry: r => r.putImage('acme/app', 'pushed', 50_000) },
    ({ runner }) => {
      const kinds = runner.events.map(e => e.kind);
      expect(kinds.lastIndexOf('summary')).toBeLessThan(kinds.indexOf('failed'));
      expect(runner.failed).toMatch(/^size gate failed:\n {2}linux\/amd64 is \d+ B compressed, over max-size 100B$/);
      expect(runner.texts('summary').join('')).toContain('max-size 100B ❌');
    }
  ],
  [
    'a read-back that fails is a warning: the image was pushed',
    { inputs: { tags: `${REPO}:1`, push: 'true' } },
    ({ runner }) => {
      expect(runner.failed).toBeUndefined();
      expect(runner.texts('warning')).toEqual([`the image was pushed, but reading it back from the registry failed: ${REPO}:1@${PUSHED} is not in the registry`]);
      expect(runner.outputs['platform-digests']).toBe('{}');
      expect(runner.outputs.sizes).toBeUndefined();
    }
  ],
  [
    'secret values are masked before anything is logged, on disk only during the build',
    {
      inputs: { tags: `${REPO}:1`, secrets: 'TOKEN=s3cr3t-value' },
      scripts: [
        c => {
          if (!isPlannedBuild(c)) return undefined;
          const src = /src=([^,]+)$/.exec(c.args[c.args.indexOf('--secret') + 1])?.[1] ?? '';
          expect(fs.readFileSync(src, 'utf8')).toBe('s3cr3t-value');
          return undefined;
        }
      ]
    },
    ({ runner, builds }) => {
      expect(runner.events[0]).toEqual({ kind: 'secret', text: 's3cr3t-value' });
      const src = /src=([^,]+)$/.exec(builds[0].args[builds[0].args.indexOf('--secret') + 1])![1];
      expect(fs.existsSync(src)).toBe(false);
      expect(JSON.stringify(runner.events.slice(1))).not.toContain('s3cr3t-value');
    }
  ],
  [
    'cache: gha without the Actions cache service warns and builds without it',
    { inputs: { tags: `${REPO}:1`, cache: 'gha' } },
    ({ runner, builds }) => {
      expect(runner.failed).toBeUndefined();
      expect(runner.texts('warning')).toEqual([expect.stringMatching(/^cache: gha: the GitHub Actions cache service is not available to this job .*; this build runs without it$/)]);
      expect(builds[0].args.join(' ')).not.toMatch(/type=gha/);
      expect(runner.texts('group')).not.toContain('Cache');
    }
  ],
  [
    'cache-stages: each stage is built alone into its own ref before the image, which reads them all',
    { inputs: { tags: `${REPO}:1`, 'cache-stages': 'deps' }, dockerfile: 'FROM 127.0.0.1:5000/base/golang:latest AS deps\nRUN true\nFROM deps\nCOPY . .\n' },
    ({ runner, builds }) => {
      expect(builds).toHaveLength(2);
      expect(argAfter(builds[0].args, '--target')).toBe('deps');
      expect(argAfter(builds[0].args, '--output')).toBe('type=cacheonly');
      expect(builds[0].args).not.toContain('--tag');
      expect(argAfter(builds[0].args, '--cache-to')).toBe(`type=registry,ref=${REPO}:cache-deps,mode=max,image-manifest=true,oci-mediatypes=true,compression=zstd`);
      expect(argAfter(builds[1].args, '--cache-from')).toBe(`type=registry,ref=${REPO}:cache-deps`);
      expect(runner.texts('group')).toEqual(['Builder', 'Build stage deps (cache 127.0.0.1:5000/acme/app:cache-deps)', 'Build', 'Measure', 'Report']);
      expect(runner.texts('summary').join('')).toContain('| cache stages | deps: 1/2 steps cached, 0.1 s |');
    }
  ],
  [
    'COPY . . with a .git directory in the context is advised on its Dockerfile line',
    { inputs: { tags: `${REPO}:1` }, dockerfile: 'FROM 127.0.0.1:5000/base/busybox:latest\nWORKDIR /src\nCOPY . .\n', contextFiles: { '.git': null } },
    ({ runner, context }) => {
      const warning = runner.events.find(e => e.kind === 'warning');
      expect(warning).toEqual({
        kind: 'warning',
        text: expect.stringMatching(/^this copies the whole context, and the context's \.git directory changes on every checkout/),
        annotation: { file: path.join(context, 'Dockerfile'), startLine: 3, title: 'cache busting' }
      });
    }
  ],
  [
    'the restore race: a cache-mount step that starts before the saved mounts are in stops the build once, and it is started again with them',
    {
      inputs: { tags: `${REPO}:1`, cache: 'registry' },
      dockerfile: GO_DOCKERFILE,
      registry: r => void r.putImage('acme/app', 'buildcache-mounts', 1_000, { labels: { 'dev.hoist.cache-mounts.key': 'sha256:older' }, index: false }),
      scripts: [
        (c, options, calls) => {
          if (!isPlannedBuild(c) || calls.filter(isPlannedBuild).length > 1) return undefined;
          // The first start: the compile step runs at once, so hoist stops the build (SIGINT: exit 130).
          options.onOutput?.('#7 [build 3/3] RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n#7 0.105 compiling\n');
          return new Promise<ExecResult>(resolve => {
            const stopped = () => resolve({ exitCode: 130, stdout: '', stderr: '#7 CANCELED\n' });
            // Like spawn with a signal: one aborted already stops the process at once.
            if (options.signal?.aborted) return stopped();
            const timer = setTimeout(() => resolve(ok(PROGRESS)), 5_000);
            options.signal?.addEventListener('abort', () => {
              clearTimeout(timer);
              stopped();
            });
          });
        }
      ]
    },
    ({ runner, calls, builds }) => {
      expect(runner.failed).toBeUndefined();
      expect(builds).toHaveLength(2);
      const helpers = calls.filter(c => isBuild(c) && !isPlannedBuild(c));
      // One restore, on the saved programs, between the two starts; then the save.
      expect(helpers[0].input).toMatch(/^# hoist: restore cache mounts\nFROM --platform=linux\/amd64 127\.0\.0\.1:5000\/acme\/app:buildcache-mounts AS saved\n/);
      expect(calls.indexOf(helpers[0])).toBeGreaterThan(calls.indexOf(builds[0]));
      expect(calls.indexOf(helpers[0])).toBeLessThan(calls.indexOf(builds[1]));
      expect(helpers.filter(h => h.input?.startsWith('# hoist: restore'))).toHaveLength(1);
      // The builder is asked which mounts it holds before the build: BuildKit answers only between unpacks.
      expect(calls.findIndex(c => c.args[1] === 'du')).toBeLessThan(calls.indexOf(builds[0]));
      expect(runner.texts('info')).toContain('hoist: a cache-mount step started before its saved cache was in place (#7 0.105 compiling); stopped the build and started it again with the cache');
    }
  ]
];

describe('run(): the main step, phase by phase', () => {
  it.each(table)('%s', async (_name, scenario, check) => {
    check(await runScenario(scenario));
  });
});
