import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cacheExportFailed, cacheHits, cacheMountStepsRan, MountStepWatcher } from '../../../src/buildx/progress.js';

describe('cacheHits', () => {
  it('counts Dockerfile steps and which were cached, not internal ones nor FROM', () => {
    const progress = [
      '#1 [internal] load build definition from Dockerfile',
      '#2 [linux/amd64 internal] load metadata for r/golang:latest',
      '#7 [linux/amd64 builder 1/6] FROM r/golang@sha256:abc',
      '#7 CACHED',
      '#10 [linux/amd64 builder 4/6] RUN go mod download',
      '#10 CACHED',
      '#15 [linux/amd64 builder 6/6] RUN go build',
      '#15 DONE 12.0s',
      '#17 [linux/amd64->arm64 builder 6/6] RUN go build',
      '#17 DONE 12.3s',
      '#20 exporting to image'
    ].join('\n');
    expect(cacheHits(progress)).toEqual({ cached: 1, total: 3 });
  });

  it('counts a cached step whose layers a later step needed (fetched, no CACHED line), not a step that ran', () => {
    const progress = [
      '#13 [linux/amd64 deps 4/4] RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      '#13 sha256:0916 67.31MB / 67.31MB 0.1s done',
      '#13 extracting sha256:0916 3.0s done',
      '#13 DONE 3.2s',
      '#14 [linux/amd64 build 1/2] COPY *.go ./',
      '#14 DONE 0.0s',
      '#16 [linux/amd64 build 2/2] RUN go build',
      '#16 0.204 compiling',
      '#16 DONE 0.5s'
    ].join('\n');
    expect(cacheHits(progress)).toEqual({ cached: 1, total: 3 });
  });
});

describe('cache export failures', () => {
  // As buildx v0.36 printed it, with nothing listening at the cache registry.
  const failed = [
    '#6 exporting cache to registry',
    '#6 preparing build cache for export 0.0s done',
    '#6 ERROR: error writing layer blob: failed to do request: Head "http://127.0.0.1:5003/v2/x/blobs/sha256:1": dial tcp 127.0.0.1:5003: connect: connection refused',
    'ERROR: failed to build: failed to solve: error writing layer blob'
  ].join('\n');
  it('tells a failed cache export from a failed build', () => {
    expect(cacheExportFailed(failed)).toBe(true);
    expect(cacheExportFailed('#5 [2/2] RUN false\n#5 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n#6 exporting cache to registry')).toBe(false);
  });
});

describe('cache-mount steps in the progress', () => {
  const RUN = '#15 [linux/amd64 builder 6/6] RUN --mount=type=cache,target=/root/.cache/go-build     CGO_ENABLED=0 go build .';
  const RUN2 = '#16 [linux/amd64->arm64 builder 6/6] RUN --mount=type=cache,target=/root/.cache/go-build     GOARCH=arm64 go build .';

  it.each([
    ['all cached', [RUN, '#15 CACHED', RUN2, '#16 CACHED'], false],
    ['one ran', [RUN, '#15 CACHED', RUN2, '#16 DONE 12.1s'], true],
    ['no mount steps', ['#4 [builder 2/6] RUN go mod download', '#4 DONE 1.0s'], false],
    ['cached, its layer fetched', [RUN, '#15 sha256:100f 1.07MB / 1.07MB 0.0s done', '#15 extracting sha256:100f 0.2s done', '#15 DONE 0.3s'], false],
    ['mount written target-first', ['#3 [2/2] RUN --mount=target=/c,type=cache make', '#3 DONE 0.1s'], true]
  ])('%s', (_name, lines, ran) => {
    expect(cacheMountStepsRan(lines.join('\n'))).toBe(ran);
  });

  describe('the live watcher', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    function watch(chunks: string[], advanceMs: number): string[] {
      jest.useFakeTimers();
      const fired: string[] = [];
      const watcher = new MountStepWatcher(line => fired.push(line), { graceMs: 400 });
      for (const chunk of chunks) watcher.feed(chunk);
      jest.advanceTimersByTime(advanceMs);
      watcher.stop();
      return fired;
    }

    it('ignores a cached step (name and CACHED arrive together)', () => {
      expect(watch([`${RUN}\n#15 CACHED\n`, `${RUN2}\n#16 CACHED\n`], 5000)).toEqual([]);
    });
    it('fires when a step shows output', () => {
      expect(watch([`${RUN}\n`, '#15 0.512 compiling\n'], 0)).toEqual(['#15 0.512 compiling']);
    });
    it('fires when a silent step is still running after the grace time', () => {
      expect(watch([`${RUN}\n`], 399)).toEqual([]);
      expect(watch([`${RUN}\n`], 400)).toEqual([RUN]);
    });
    it('lets a cached step whose layer is downloaded be (no CACHED line then)', () => {
      expect(watch([`${RUN}\n`, '#15 sha256:100f 1.07MB / 1.07MB 0.3s done\n', '#15 extracting sha256:100f 0.2s done\n#15 DONE 0.6s\n'], 5000)).toEqual([]);
    });
    it('lets a step that finishes within the grace time be, and ignores its name printed again', () => {
      expect(watch([`${RUN}\n#15 DONE 0.1s\n`, `${RUN}\n#15 DONE 0.1s\n`], 5000)).toEqual([]);
    });
    it('reads lines split across chunks, and fires once', () => {
      expect(watch([RUN.slice(0, 20), `${RUN.slice(20)}\n${RUN2}\n#16 0.1 x\n#15 0.2 y\n`], 5000)).toEqual(['#16 0.1 x']);
    });
  });
});

describe("the watcher's early word: the mounts' stage comes to life", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  function active(lines: string[], advanceMs = 0, chains = [['builder']]): { stage: number; runs: number } {
    jest.useFakeTimers();
    const seen = { stage: 0, runs: 0 };
    const watcher = new MountStepWatcher(() => seen.runs++, { graceMs: 400, chains, onStageActive: () => seen.stage++ });
    watcher.feed(lines.map(l => `${l}\n`).join(''));
    jest.advanceTimersByTime(advanceMs);
    watcher.stop();
    return seen;
  }

  it.each([
    ['a cached stage', ['#11 [linux/amd64 builder 3/6] COPY go.mod ./', '#11 CACHED', '#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 CACHED'], 5000, { stage: 0, runs: 0 }],
    [
      'layers of a cached step fetched (a later step will run)',
      ['#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 CACHED', '#13 [linux/amd64 builder 4/6] RUN go mod download', '#13 sha256:ded8 67.31MB / 67.31MB 0.1s done'],
      0,
      { stage: 1, runs: 0 }
    ],
    ['a step that ran', ['#14 [linux/amd64 builder 5/6] COPY *.go ./', '#14 DONE 0.4s'], 0, { stage: 1, runs: 0 }],
    ['another stage running', ['#17 [linux/amd64 runtime 2/3] WORKDIR /app', '#17 DONE 0.0s'], 5000, { stage: 0, runs: 0 }],
    ['FROM is not a step', ['#7 [linux/amd64 builder 1/6] FROM r/golang@sha256:d4', '#7 resolve r/golang done', '#7 DONE 0.0s'], 5000, { stage: 0, runs: 0 }],
    ['a silent stage step', ['#14 [linux/amd64 builder 5/6] COPY *.go ./'], 400, { stage: 1, runs: 0 }],
    [
      "the stage's base image being pulled (a step of it will run)",
      ['#7 [linux/amd64 builder 1/6] FROM r/golang@sha256:d4', '#7 resolve r/golang done', '#7 sha256:ded8 67.31MB / 67.31MB 8.9s done'],
      0,
      { stage: 1, runs: 0 }
    ],
    [
      "another stage's base image being pulled",
      ['#6 [linux/amd64 runtime 1/3] FROM r/busybox@sha256:e1', '#6 sha256:aa01 2.1MB / 2.1MB 0.2s done', '#6 extracting sha256:aa01 0.1s done'],
      5000,
      { stage: 0, runs: 0 }
    ]
  ])('%s', (_name, lines, advance, expected) => {
    expect(active(lines, advance)).toEqual(expected);
  });

  // `FROM golang AS deps` (RUN --mount … go mod download), `FROM deps AS build` (RUN --mount … go build): the watched chain is build, deps.
  it.each([
    [
      'a fully cached chain',
      [
        '#5 [deps 1/3] FROM r/golang@sha256:d4',
        '#5 resolve r/golang done',
        '#8 [deps 3/3] RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        '#8 CACHED',
        '#9 [linux/amd64 build 2/3] COPY . .',
        '#9 CACHED'
      ],
      5000,
      { stage: 0, runs: 0 }
    ],
    ["golang's layers pulled for deps, before build's first step", ['#5 [deps 1/3] FROM r/golang@sha256:d4', '#5 sha256:ded8 67.31MB / 67.31MB 8.9s done'], 0, { stage: 1, runs: 0 }],
    [
      'a cached mount step of deps whose layer is fetched: the chain is alive, the step did not run',
      [
        '#8 [deps 3/3] RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        '#8 CACHED',
        '#8 [deps 3/3] RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        '#8 sha256:4f4f 1.2MB / 1.2MB 0.1s done'
      ],
      5000,
      { stage: 1, runs: 0 }
    ],
    [
      'its layer fetched before CACHED is printed',
      ['#8 [deps 3/3] RUN --mount=type=cache,target=/go/pkg/mod go mod download', '#8 sha256:4f4f 1.2MB / 1.2MB 0.1s done', '#8 extracting sha256:4f4f 0.1s done', '#8 DONE 0.3s'],
      5000,
      { stage: 1, runs: 0 }
    ],
    ["build's compile step running", ['#10 [linux/amd64 build 3/3] RUN --mount=type=cache,target=/root/.cache/go-build go build', '#10 0.412 compiling'], 0, { stage: 1, runs: 1 }],
    [
      "build's last step fetched for the image export (every step cached): nothing of the chain runs",
      [
        '#9 [linux/amd64 build 2/3] COPY . .',
        '#9 CACHED',
        '#10 [linux/amd64 build 3/3] RUN --mount=type=cache,target=/root/.cache/go-build go build',
        '#10 sha256:6b9d 1.07MB / 1.07MB 0.0s done',
        '#10 extracting sha256:6b9d 0.1s done',
        '#10 CACHED'
      ],
      5000,
      { stage: 0, runs: 0 }
    ]
  ])('a stage chain: %s', (_name, lines, advance, expected) => {
    expect(active(lines, advance, [['deps'], ['build', 'deps']])).toEqual(expected);
  });
});
