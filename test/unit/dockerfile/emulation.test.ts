import { describe, expect, it } from '@jest/globals';
import { emulationReport, normalisePlatform, type EmulationOptions, type EmulationReport, type StageRun } from '../../../src/dockerfile/emulation.js';

/** A Dockerfile from its lines: line N of the file is the N-th argument. */
const lines = (...text: string[]): string => text.join('\n') + '\n';

function stage(index: number, name: string, line: number, runsOn: string, emulated: boolean, compiles?: [number, string]): StageRun {
  const s: StageRun = { index, name, line, runsOn, emulated };
  if (compiles) s.compiles = { line: compiles[0], tool: compiles[1] };
  return s;
}

function report(byPlatform: Array<[string, StageRun[]]>, needsEmulation: string[]): EmulationReport {
  return { byPlatform: byPlatform.map(([platform, stages]) => ({ platform, stages })), needsEmulation };
}

const on = (buildPlatform: string, platforms: string[], more: Partial<EmulationOptions> = {}): EmulationOptions => ({ buildPlatform, platforms, ...more });
const BOTH = ['linux/amd64', 'linux/arm64'];

/** The seeds' Go service (example/Dockerfile): compile on the build platform, copy into a runtime without RUN. */
const exampleGo = (builderFlags: string): string =>
  lines(
    'ARG GO_IMAGE=golang:1.26-alpine',
    'ARG RUNTIME_IMAGE=alpine:3.22',
    '',
    `FROM ${builderFlags}\${GO_IMAGE} AS builder`,
    'WORKDIR /src',
    'COPY go.mod ./',
    'RUN go mod download',
    'COPY *.go ./',
    'ARG TARGETOS',
    'ARG TARGETARCH',
    'RUN --mount=type=cache,target=/root/.cache/go-build \\',
    '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/backend .',
    '',
    'FROM ${RUNTIME_IMAGE} AS runtime',
    'WORKDIR /app',
    'COPY --from=builder /out/backend /app/backend',
    'ENV DATA_FILE=/data/data.json',
    'EXPOSE 8080',
    'ENTRYPOINT ["/app/backend"]'
  );
const CROSS_GO = exampleGo('--platform=$BUILDPLATFORM ');
const NATIVE_GO = exampleGo('');

const RUNTIME_WITH_RUN = lines(
  'FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS builder',
  'RUN go build -o /out/app .',
  'FROM alpine:3.22',
  'RUN apk add --no-cache ca-certificates tzdata',
  'COPY --from=builder /out/app /app'
);

const MULTI_TARGET = lines(
  'FROM node:22 AS deps',
  'RUN npm ci',
  'FROM deps AS test',
  'RUN npm test',
  'FROM deps AS build',
  'RUN npm run build',
  'FROM nginx:alpine AS web',
  'COPY --from=build /app/dist /usr/share/nginx/html',
  'FROM alpine AS lint',
  'RUN echo lint'
);

const rustChain = (depsFlags: string, buildFlags = ''): string =>
  lines(
    `FROM ${depsFlags}rust:1.82 AS deps`,
    'RUN cargo fetch',
    `FROM ${buildFlags}deps AS build`,
    'RUN cargo build --release',
    'FROM debian:bookworm-slim',
    'COPY --from=build /app/target/release/app /app'
  );

const ARG_STAGE = lines(
  'ARG BASE=deps',
  'FROM --platform=$BUILDPLATFORM golang:1.26 AS deps',
  'RUN go mod download',
  'FROM alpine:3.22 AS plain',
  'RUN apk add git',
  'FROM ${BASE} AS build',
  'RUN go build ./...'
);

const PER_ARCH_BASE = lines('FROM alpine AS base-amd64', 'RUN echo amd64', 'FROM alpine AS base-arm64', 'RUN echo arm64', 'FROM base-${TARGETARCH} AS final', 'RUN echo done');

const PINNED = lines(
  'ARG TOOLS_PLATFORM=linux/amd64',
  'FROM --platform=$TOOLS_PLATFORM debian:bookworm AS tools',
  'RUN apt-get update && apt-get install -y make',
  'FROM alpine',
  'COPY --from=tools /usr/bin/make /usr/bin/make'
);

const SOURCES = lines(
  'FROM golang:1.26',
  'RUN go build -o /app .',
  'FROM alpine AS assets',
  'RUN wget -O /logo.png https://example.com/logo.png',
  'FROM --platform=$BUILDPLATFORM node:22 AS web',
  'RUN --mount=type=bind,from=assets,source=/logo.png,target=/src/logo.png npm run build',
  'FROM scratch',
  'COPY --from=0 /app /app',
  'COPY --from=web /dist /dist'
);

const NOT_STAGES = lines(
  'FROM alpine AS unused',
  'RUN echo unused',
  'FROM alpine',
  'COPY --from=nginx:alpine /etc/nginx /etc/nginx',
  'COPY --from=7 /x /x',
  'RUN --mount=type=bind,from=golang:1.26,target=/go true',
  'COPY --from=$STAGE /y /y'
);

const SCRATCH_TOOLS = lines('FROM --platform=$BUILDPLATFORM scratch AS tools', 'COPY --from=busybox:musl /bin/busybox /bin/busybox', 'FROM tools AS step', 'RUN ["/bin/busybox", "true"]');

const WRITTEN_LOOSELY = lines(
  '# syntax=docker/dockerfile:1.7',
  'arg GO=golang:1.26',
  'from ${GO} as Build',
  'run apk add \\',
  '    --no-cache git',
  'RUN <<EOF',
  'set -e',
  'go build -o /out/app ./cmd/app',
  'EOF'
);

const ONBUILD = lines('FROM node:22 AS base', 'ONBUILD RUN --mount=type=cache,target=/root/.npm npm ci', 'FROM base AS app', 'COPY . .');

const FIRST_COMPILE = lines('FROM alpine', 'RUN apk add git', 'RUN go mod download', 'RUN go build .', 'RUN make');

const PLAIN = lines('FROM alpine', 'RUN true');

describe('emulationReport', () => {
  it.each<[string, string, EmulationOptions, EmulationReport]>([
    [
      'cross-compiling Go service: the builder runs on the build platform for every target, the runtime has no RUN',
      CROSS_GO,
      on('linux/amd64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'builder', 4, 'linux/amd64', false, [11, 'go'])]],
          ['linux/arm64', [stage(0, 'builder', 4, 'linux/amd64', false, [11, 'go'])]]
        ],
        []
      )
    ],
    [
      'the same service on an arm64 builder',
      CROSS_GO,
      on('linux/arm64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'builder', 4, 'linux/arm64', false, [11, 'go'])]],
          ['linux/arm64', [stage(0, 'builder', 4, 'linux/arm64', false, [11, 'go'])]]
        ],
        []
      )
    ],
    [
      'without --platform=$BUILDPLATFORM the Go build runs emulated for arm64',
      NATIVE_GO,
      on('linux/amd64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'builder', 4, 'linux/amd64', false, [11, 'go'])]],
          ['linux/arm64', [stage(0, 'builder', 4, 'linux/arm64', true, [11, 'go'])]]
        ],
        ['linux/arm64']
      )
    ],
    [
      'a runtime stage with RUN apk add is emulated, without compiling',
      RUNTIME_WITH_RUN,
      on('linux/amd64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'builder', 1, 'linux/amd64', false, [2, 'go']), stage(1, 'stage-1', 3, 'linux/amd64', false)]],
          ['linux/arm64', [stage(0, 'builder', 1, 'linux/amd64', false, [2, 'go']), stage(1, 'stage-1', 3, 'linux/arm64', true)]]
        ],
        ['linux/arm64']
      )
    ],
    [
      'target web: the stages it copies from and their bases, not test or lint',
      MULTI_TARGET,
      on('linux/amd64', ['linux/arm64'], { target: 'web' }),
      report([['linux/arm64', [stage(0, 'deps', 1, 'linux/arm64', true, [2, 'npm']), stage(2, 'build', 5, 'linux/arm64', true, [6, 'npm'])]]], ['linux/arm64'])
    ],
    [
      'target names are case-insensitive; npm test is not a build',
      MULTI_TARGET,
      on('linux/amd64', ['linux/arm64'], { target: 'TEST' }),
      report([['linux/arm64', [stage(0, 'deps', 1, 'linux/arm64', true, [2, 'npm']), stage(1, 'test', 3, 'linux/arm64', true)]]], ['linux/arm64'])
    ],
    ['no target: the last stage only', MULTI_TARGET, on('linux/amd64', ['linux/arm64']), report([['linux/arm64', [stage(4, 'lint', 9, 'linux/arm64', true)]]], ['linux/arm64'])],
    ['an unknown target builds nothing (BuildKit fails)', MULTI_TARGET, on('linux/amd64', ['linux/arm64'], { target: 'nope' }), report([['linux/arm64', []]], [])],
    [
      'FROM deps inherits the build platform of deps',
      rustChain('--platform=$BUILDPLATFORM '),
      on('linux/amd64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'deps', 1, 'linux/amd64', false), stage(1, 'build', 3, 'linux/amd64', false, [4, 'cargo'])]],
          ['linux/arm64', [stage(0, 'deps', 1, 'linux/amd64', false), stage(1, 'build', 3, 'linux/amd64', false, [4, 'cargo'])]]
        ],
        []
      )
    ],
    [
      'FROM deps where deps has no --platform: both run on the target',
      rustChain(''),
      on('linux/amd64', ['linux/arm64']),
      report([['linux/arm64', [stage(0, 'deps', 1, 'linux/arm64', true), stage(1, 'build', 3, 'linux/arm64', true, [4, 'cargo'])]]], ['linux/arm64'])
    ],
    [
      "--platform on FROM <stage> is ignored: the parent's platform wins (moby/buildkit#2946)",
      rustChain('', '--platform=$BUILDPLATFORM '),
      on('linux/amd64', ['linux/arm64']),
      report([['linux/arm64', [stage(0, 'deps', 1, 'linux/arm64', true), stage(1, 'build', 3, 'linux/arm64', true, [4, 'cargo'])]]], ['linux/arm64'])
    ],
    [
      'a global ARG names the parent stage',
      ARG_STAGE,
      on('linux/amd64', ['linux/arm64']),
      report([['linux/arm64', [stage(0, 'deps', 2, 'linux/amd64', false), stage(2, 'build', 6, 'linux/amd64', false, [7, 'go'])]]], [])
    ],
    [
      'a build arg overrides it with another stage',
      ARG_STAGE,
      on('linux/amd64', ['linux/arm64'], { buildArgs: { BASE: 'plain' } }),
      report([['linux/arm64', [stage(1, 'plain', 4, 'linux/arm64', true), stage(2, 'build', 6, 'linux/arm64', true, [7, 'go'])]]], ['linux/arm64'])
    ],
    [
      'a build arg overrides it with an image: no parent stage',
      ARG_STAGE,
      on('linux/amd64', ['linux/arm64'], { buildArgs: { BASE: 'golang:1.26' } }),
      report([['linux/arm64', [stage(2, 'build', 6, 'linux/arm64', true, [7, 'go'])]]], ['linux/arm64'])
    ],
    [
      'FROM base-${TARGETARCH}: each target builds its own base stage',
      PER_ARCH_BASE,
      on('linux/amd64', BOTH),
      report(
        [
          ['linux/amd64', [stage(0, 'base-amd64', 1, 'linux/amd64', false), stage(2, 'final', 5, 'linux/amd64', false)]],
          ['linux/arm64', [stage(1, 'base-arm64', 3, 'linux/arm64', true), stage(2, 'final', 5, 'linux/arm64', true)]]
        ],
        ['linux/arm64']
      )
    ],
    ['--platform pinned to linux/amd64, arm64 target on an amd64 host', PINNED, on('linux/amd64', ['linux/arm64']), report([['linux/arm64', [stage(0, 'tools', 2, 'linux/amd64', false)]]], [])],
    ['the same pinned stage on an arm64 host', PINNED, on('linux/arm64', ['linux/arm64']), report([['linux/arm64', [stage(0, 'tools', 2, 'linux/amd64', true)]]], ['linux/amd64'])],
    [
      'the pinning global ARG overridden by a build arg',
      PINNED,
      on('linux/amd64', ['linux/amd64'], { buildArgs: { TOOLS_PLATFORM: 'linux/riscv64' } }),
      report([['linux/amd64', [stage(0, 'tools', 2, 'linux/riscv64', true)]]], ['linux/riscv64'])
    ],
    [
      'COPY --from=0 by index and RUN --mount=type=bind,from=assets pull stages in; the scratch final has no RUN',
      SOURCES,
      on('linux/amd64', ['linux/arm64']),
      report(
        [['linux/arm64', [stage(0, 'stage-0', 1, 'linux/arm64', true, [2, 'go']), stage(1, 'assets', 3, 'linux/arm64', true), stage(2, 'web', 5, 'linux/amd64', false, [6, 'npm'])]]],
        ['linux/arm64']
      )
    ],
    [
      'images in --from and from=, an index out of range and a variable in --from add no stage',
      NOT_STAGES,
      on('linux/amd64', ['linux/amd64']),
      report([['linux/amd64', [stage(1, 'stage-1', 3, 'linux/amd64', false)]]], [])
    ],
    [
      'FROM --platform on scratch is ignored: a stage built on it runs on the target (moby/buildkit#5670)',
      SCRATCH_TOOLS,
      on('linux/amd64', ['linux/arm64'], { target: 'step' }),
      report([['linux/arm64', [stage(1, 'step', 3, 'linux/arm64', true)]]], ['linux/arm64'])
    ],
    [
      '# syntax=, lower-case instructions, continuations and a heredoc RUN with go build',
      WRITTEN_LOOSELY,
      on('linux/amd64', ['linux/arm64']),
      report([['linux/arm64', [stage(0, 'build', 3, 'linux/arm64', true, [6, 'go'])]]], ['linux/arm64'])
    ],
    [
      'an ONBUILD RUN runs in the stage built FROM it, not in its own',
      ONBUILD,
      on('linux/amd64', ['linux/arm64']),
      report([['linux/arm64', [stage(1, 'app', 3, 'linux/arm64', true, [2, 'npm'])]]], ['linux/arm64'])
    ],
    ['compiles names the first compiling RUN', FIRST_COMPILE, on('linux/amd64', []), report([['linux/amd64', [stage(0, 'stage-0', 1, 'linux/amd64', false, [4, 'go'])]]], [])],
    ['no platforms: the build platform only', NATIVE_GO, on('linux/arm64', []), report([['linux/arm64', [stage(0, 'builder', 4, 'linux/arm64', false, [11, 'go'])]]], [])],
    ['linux/386 runs natively on amd64', PLAIN, on('linux/amd64', ['linux/386']), report([['linux/386', [stage(0, 'stage-0', 1, 'linux/386', false)]]], [])],
    [
      '32-bit arm on an arm64 host is emulated; arm64/v8 is arm64',
      PLAIN,
      on('linux/arm64', ['linux/arm/v7', 'linux/arm/v6', 'linux/arm64/v8']),
      report(
        [
          ['linux/arm/v7', [stage(0, 'stage-0', 1, 'linux/arm/v7', true)]],
          ['linux/arm/v6', [stage(0, 'stage-0', 1, 'linux/arm/v6', true)]],
          ['linux/arm64/v8', [stage(0, 'stage-0', 1, 'linux/arm64', false)]]
        ],
        ['linux/arm/v7', 'linux/arm/v6']
      )
    ],
    [
      'aliases and variants: linux/arm is arm/v7, a bare arm64 is linux/arm64, amd64 variants are amd64',
      PLAIN,
      on('linux/amd64/v3', ['linux/arm', 'arm64', 'linux/amd64/v2', 'linux/aarch64']),
      report(
        [
          ['linux/arm', [stage(0, 'stage-0', 1, 'linux/arm/v7', true)]],
          ['arm64', [stage(0, 'stage-0', 1, 'linux/arm64', true)]],
          ['linux/amd64/v2', [stage(0, 'stage-0', 1, 'linux/amd64/v2', false)]],
          ['linux/aarch64', [stage(0, 'stage-0', 1, 'linux/arm64', true)]]
        ],
        ['linux/arm/v7', 'linux/arm64']
      )
    ],
    [
      'an arm/v7 host runs arm/v6 natively, not arm64',
      PLAIN,
      on('linux/arm', ['linux/arm/v6', 'linux/arm/v7', 'linux/arm64']),
      report(
        [
          ['linux/arm/v6', [stage(0, 'stage-0', 1, 'linux/arm/v6', false)]],
          ['linux/arm/v7', [stage(0, 'stage-0', 1, 'linux/arm/v7', false)]],
          ['linux/arm64', [stage(0, 'stage-0', 1, 'linux/arm64', true)]]
        ],
        ['linux/arm64']
      )
    ],
    [
      'other architectures are emulated on amd64',
      PLAIN,
      on('linux/amd64', ['linux/riscv64', 'linux/s390x', 'linux/ppc64le']),
      report(
        [
          ['linux/riscv64', [stage(0, 'stage-0', 1, 'linux/riscv64', true)]],
          ['linux/s390x', [stage(0, 'stage-0', 1, 'linux/s390x', true)]],
          ['linux/ppc64le', [stage(0, 'stage-0', 1, 'linux/ppc64le', true)]]
        ],
        ['linux/riscv64', 'linux/s390x', 'linux/ppc64le']
      )
    ],
    ['an empty file', '', on('linux/amd64', ['linux/arm64']), report([['linux/arm64', []]], [])],
    [
      'malformed lines do not throw',
      lines('FROM', 'RUN', 'COPY --from= /x /y', 'RUN --mount=from=$X,target=/x true', 'FROM --platform=linux/ x AS y', 'RUN --mount="type=bind,from=y true'),
      on('linux/amd64', ['not-a-platform']),
      report([['not-a-platform', [stage(1, 'y', 5, 'linux/not-a-platform', true)]]], ['linux/not-a-platform'])
    ]
  ])('%s', (_, dockerfile, options, expected) => {
    expect(emulationReport(dockerfile, options)).toEqual(expected);
  });
});

describe('compiles: the tool a RUN starts', () => {
  it.each<[string, string | undefined]>([
    ['go build ./...', 'go'],
    ['CGO_ENABLED=0 GOOS=linux go build -o /x .', 'go'],
    ['go test ./...', 'go'],
    ['/usr/local/go/bin/go install ./cmd/x', 'go'],
    ['go mod download', undefined],
    ['golangci-lint run', undefined],
    ['cargo build --release', 'cargo'],
    ['cargo +nightly install cargo-chef', 'cargo'],
    ['cargo fetch', undefined],
    ['apk add --no-cache gcc make musl-dev', undefined],
    ['apk add gcc && make -j4', 'gcc/make'],
    ['cd build && cmake .. && make', 'gcc/make'],
    ['x86_64-linux-musl-gcc -static -o app app.c', 'gcc/make'],
    ['cc -o a a.c', 'gcc/make'],
    ['ccache g++ -c x.cc', 'gcc/make'],
    ['sudo -E make install', 'gcc/make'],
    ['if [ -f Makefile ]; then make; fi', 'gcc/make'],
    ['automake --add-missing', undefined],
    ['echo "make sure" # go build', undefined],
    ['npm ci --omit=dev', 'npm'],
    ['npm run build', 'npm'],
    ['npm run lint', undefined],
    ['yarn --frozen-lockfile', 'npm'],
    ['yarn build', 'npm'],
    ['pnpm install --frozen-lockfile', 'npm'],
    ['pip install -r requirements.txt', 'pip'],
    ['python3 -m pip install .', 'pip'],
    ['pip3 wheel --wheel-dir /w .', 'pip'],
    ['uv pip install --system .', 'pip'],
    ['poetry install --no-root', 'pip'],
    ['pip list', undefined],
    ['mvn -B package', 'maven/gradle'],
    ['./mvnw -q package', 'maven/gradle'],
    ['./gradlew build', 'maven/gradle'],
    ['dotnet publish -c Release', 'dotnet'],
    ['dotnet restore', undefined],
    ['sh -c "go build ./..."', 'go'],
    ['["go", "build", "."]', 'go'],
    ['["/bin/sh", "-ec", "npm ci"]', 'npm']
  ])('RUN %s → %s', (script, tool) => {
    const stages = emulationReport(lines('FROM alpine', `RUN ${script}`), on('linux/amd64', [])).byPlatform[0].stages;
    expect(stages).toEqual([stage(0, 'stage-0', 1, 'linux/amd64', false, tool === undefined ? undefined : [2, tool])]);
  });
});

describe('normalisePlatform', () => {
  it.each<[string, string | undefined]>([
    ['linux/amd64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['Linux/x86_64', 'linux/amd64'],
    ['arm64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/arm/6', 'linux/arm/v6'],
    ['linux/riscv64/rva23', 'linux/riscv64/rva23'],
    ['', undefined],
    ['linux/', undefined]
  ])('%s → %s', (value, expected) => {
    const p = normalisePlatform(value);
    expect(p === undefined ? undefined : [p.os, p.architecture, p.variant].filter(Boolean).join('/')).toEqual(expected);
  });
});
