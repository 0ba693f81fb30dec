import { describe, expect, it } from '@jest/globals';
import { builderOnThisMachine, hostPlatform, planEmulation } from '../../../src/plan/emulation.js';
import { rawInputs } from '../../helpers/inputs.js';
import { readRunEnv } from '../../../src/runner/env.js';

/** The seeds' Go service, cross-compiling (example/Dockerfile's shape), and the same without --platform=$BUILDPLATFORM. */
const CROSS = [
  'ARG GO_IMAGE=golang:1.26-alpine',
  'FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder',
  'WORKDIR /src',
  'RUN go mod download',
  'ARG TARGETOS TARGETARCH',
  'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .',
  'FROM alpine AS runtime',
  'COPY --from=builder /out/app /app',
  ''
].join('\n');
const EMULATED = CROSS.replace('FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS builder', 'FROM ${GO_IMAGE} AS builder');
const TWO = { platforms: 'linux/amd64,linux/arm64' };

describe('planEmulation', () => {
  it('a cross-compiling Dockerfile needs nothing, and says where each stage runs', () => {
    expect(planEmulation(CROSS, rawInputs(TWO), 'linux/amd64')).toEqual({ needs: [], advice: [], rows: [{ stage: 'builder', runsOn: ['linux/amd64'], emulatedFor: [] }] });
  });

  it('an emulated compile: arm64 needs QEMU for the builder stage, with a warning on its FROM line naming the fix and the figure', () => {
    const plan = planEmulation(EMULATED, rawInputs(TWO), 'linux/amd64');
    expect(plan.needs).toEqual([{ platform: 'linux/arm64', stages: [expect.objectContaining({ name: 'builder', line: 2, runsOn: 'linux/arm64', emulated: true })] }]);
    expect(plan.rows).toEqual([{ stage: 'builder', runsOn: ['linux/amd64', 'linux/arm64'], emulatedFor: ['linux/arm64'] }]);
    expect(plan.advice).toEqual([
      { line: 2, title: 'compiling under emulation', message: expect.stringMatching(/^stage 'builder' compiles with go \(line 6\) under QEMU emulation for linux\/arm64; /) }
    ]);
    expect(plan.advice[0].message).toContain('bench:emulation');
    expect(plan.advice[0].message).toMatch(/Cross-compile instead: FROM --platform=\$BUILDPLATFORM on this stage, and build with GOOS=\$TARGETOS GOARCH=\$TARGETARCH/);
  });

  it('a runtime stage that installs packages is emulated without advice (nothing compiles)', () => {
    const plan = planEmulation('FROM alpine\nRUN apk add --no-cache ca-certificates\n', rawInputs(TWO), 'linux/amd64');
    expect(plan.needs.map(n => n.platform)).toEqual(['linux/arm64']);
    expect(plan.advice).toEqual([]);
    expect(plan.rows).toEqual([{ stage: 'stage-0', runsOn: ['linux/amd64', 'linux/arm64'], emulatedFor: ['linux/arm64'] }]);
  });

  it('follows target, build args and local', () => {
    const file = 'ARG BASE=alpine\nFROM ${BASE} AS app\nRUN make\nFROM --platform=$BUILDPLATFORM alpine AS test\nRUN make test\n';
    expect(planEmulation(file, rawInputs({ ...TWO, target: 'test' }), 'linux/amd64').needs).toEqual([]);
    expect(planEmulation(file, rawInputs({ ...TWO, target: 'app', 'build-args': 'BASE=debian' }), 'linux/amd64').advice.map(a => a.message)).toEqual([
      expect.stringMatching(/^stage 'app' compiles with gcc\/make \(line 3\) under QEMU emulation for linux\/arm64; .*tonistiigi\/xx/)
    ]);
    expect(planEmulation(file, rawInputs({ platforms: 'local', target: 'app' }), 'linux/arm64').needs).toEqual([]);
  });

  it('an arm64 runner emulates amd64, not arm64', () => {
    expect(planEmulation(EMULATED, rawInputs(TWO), 'linux/arm64').needs.map(n => n.platform)).toEqual(['linux/amd64']);
  });
});

describe('builderOnThisMachine: where hoist can see and register QEMU handlers', () => {
  it.each<[string, { driver: string; endpoints?: string[] }, NodeJS.ProcessEnv, boolean]>([
    ["the engine's builder", { driver: 'docker', endpoints: ['default'] }, {}, true],
    ['a docker-container builder', { driver: 'docker-container', endpoints: ['unix:///var/run/docker.sock'] }, {}, true],
    ['an engine on another machine', { driver: 'docker' }, { DOCKER_HOST: 'tcp://10.0.0.5:2376' }, false],
    ['an engine on a local socket', { driver: 'docker-container' }, { DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, true],
    ['remote on a local socket', { driver: 'remote', endpoints: ['unix:///run/buildkit/buildkitd.sock'] }, {}, true],
    ['remote on loopback', { driver: 'remote', endpoints: ['tcp://127.0.0.1:1234'] }, {}, true],
    ['remote elsewhere', { driver: 'remote', endpoints: ['tcp://buildkitd:1234'] }, {}, false],
    ['remote with one node elsewhere', { driver: 'remote', endpoints: ['unix:///run/buildkit/buildkitd.sock', 'tcp://arm-box:1234'] }, {}, false],
    ['kubernetes', { driver: 'kubernetes', endpoints: ['kubernetes:///buildkit'] }, {}, false]
  ])('%s', (_name, builder, env, expected) => {
    expect(builderOnThisMachine(builder, readRunEnv(env).dockerHost)).toBe(expected);
  });

  it("names this machine's platform as buildx does", () => {
    expect([hostPlatform('x64'), hostPlatform('arm64'), hostPlatform('arm'), hostPlatform('riscv64')]).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64']);
  });
});
