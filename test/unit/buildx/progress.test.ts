import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheExportFailed, cacheHits, cacheMountStepsRan, MountStepWatcher, transientPushError } from '../../../src/buildx/progress.js';

const fixture = (name: string) => fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/buildx', name), 'utf8');

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

describe('transientPushError: is a failed build only a push that failed on a registry error that may pass?', () => {
  // Real progress of buildx v0.36.1 / BuildKit v0.32.2 pushing a cached two-platform image (with
  // provenance) to 127.0.0.1:5002, through test/servers/fault-proxy.ts in front of the registry.
  it.each<[string, string, string, number | undefined]>([
    ["503s, the step ending on the registry's error code", 'push-503-unavailable.txt', 'failed to push 127.0.0.1:5002/collect/r-mxdjgkim-0:1: unavailable: injected by the fault proxy', 503],
    [
      'a 503 to a HEAD request',
      'push-503-head.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdk8qvp-2:1: unexpected status from HEAD request to http://127.0.0.1:5002/v2/collect/r-mxdk8qvp-2/blobs/sha256:5283e6dc2a1e4299d5a780cd0fbf528effb0d8207ca11a8f5c1e8c3bf712b435: 503 Service Unavailable',
      503
    ],
    [
      'a 429 to a HEAD request (BuildKit does not retry it at all)',
      'push-429.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdjofph-1:1: unexpected status from HEAD request to http://127.0.0.1:5002/v2/collect/r-mxdjofph-1/blobs/sha256:a65212f0d51c13c23bbe9c51f76215e93ab9f6f06d1544d7ee6ff2baddc79140: 429 Too Many Requests',
      429
    ],
    ['toomanyrequests, the status not shown', 'push-429-toomanyrequests.txt', 'failed to push 127.0.0.1:5002/collect/r-mxdjofg6-0:1: toomanyrequests: injected by the fault proxy', undefined],
    [
      "a connection reset during a blob upload (the upload URL's query cut)",
      'push-connection-reset.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdjl0iy-0:1: failed commit on ref "layer-sha256:bf494d155f7da98fb9c911eb90b01e6f364619102d1912454f300d718759dd12": failed to do request: Put "http://127.0.0.1:5002/v2/collect/r-mxdjl0iy-0/blobs/uploads/e42b2cb3-a644-4a0a-b8df-2fc64574c585": read tcp 127.0.0.1:59436->127.0.0.1:5002: read: connection reset by peer',
      undefined
    ],
    [
      'a connection reset on the index manifest',
      'push-manifest-reset.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdjnm27-16:1: failed commit on ref "index-sha256:f064c6929abc0e9ee1b349f51ba49fdcbf642fe312ee22f2e844caea07707f44": failed to do request: Put "http://127.0.0.1:5002/v2/collect/r-mxdjnm27-16/manifests/1": read tcp 127.0.0.1:56120->127.0.0.1:5002: read: connection reset by peer',
      undefined
    ],
    [
      'a broken pipe',
      'push-broken-pipe.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdjl6ih-1:1: failed to copy: failed to do request: Put "http://127.0.0.1:5002/v2/collect/r-mxdjl6ih-1/blobs/uploads/eae6070f-5f52-48e5-8b22-6dd6351abe2f": readfrom tcp 127.0.0.1:56972->127.0.0.1:5002: write tcp 127.0.0.1:56972->127.0.0.1:5002: write: broken pipe',
      undefined
    ],
    [
      'a connection closed under the upload',
      'push-closed-connection.txt',
      'failed to push 127.0.0.1:5002/collect/r-mxdjly6o-7:1: failed commit on ref "config-sha256:0a52d8fe1769c4edd9250df9ca37222ff06bb50d650b6b0d66959476bd2007bf": failed to do request: Put "http://127.0.0.1:5002/v2/collect/r-mxdjly6o-7/blobs/uploads/1fac25e9-6997-4d32-bfe7-1e48c654177f": readfrom tcp 127.0.0.1:41196->127.0.0.1:5002: write tcp 127.0.0.1:41196->127.0.0.1:5002: use of closed network connection',
      undefined
    ]
  ])('retried: %s', (_name, file, message, status) => {
    expect(transientPushError(fixture(file))).toEqual({ message, ...(status ? { status } : {}) });
  });

  it.each([
    ['a 401 (the proxy refusing every request of the repository)', 'push-401.txt'],
    ['a failing RUN', 'failed-two-platforms.txt'],
    ["the base image's metadata cut off (EOF) before the export: a build error, however transient its cause", 'pull-eof-before-export.txt'],
    ['a push that succeeded', 'push-503-head-retried.txt']
  ])('not retried: %s', (_name, file) => {
    expect(transientPushError(fixture(file))).toBeUndefined();
  });

  it('the retried push of the same image shows every step CACHED: nothing is built again', () => {
    expect(cacheHits(fixture('push-503-head-retried.txt'))).toEqual({ cached: 4, total: 4 });
  });

  /** The image export failing as BuildKit prints it: each request it retried, then the step's error. */
  const exportFailed = (message: string, requests: string[] = []): string =>
    [
      '#11 [linux/amd64 2/2] RUN make',
      '#11 CACHED',
      '',
      '#12 exporting to image',
      '#12 exporting layers 0.1s done',
      '#12 pushing layers',
      ...requests.flatMap((r, i) => [`#12 ${i}.010 error: ${r}`, `#12 ${i}.010 retrying in ${2 ** i}s`]),
      `#12 ERROR: ${message}`,
      '------',
      ' > exporting to image:',
      '------',
      `ERROR: failed to build: failed to solve: ${message}`
    ].join('\n');
  const PUSH = 'failed to push ghcr.io/acme/app:1: ';

  // BuildKit's words (Go's net/http, containerd's pusher, distribution's error codes) for what the fault proxy cannot make.
  it.each([
    ['500', 'unexpected status from PUT request to https://ghcr.io/v2/acme/app/manifests/1: 500 Internal Server Error', 500],
    ['502', 'unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 502 Bad Gateway', 502],
    ['504', 'unexpected status from HEAD request to https://ghcr.io/v2/acme/app/blobs/sha256:0123abcd: 504 Gateway Timeout', 504],
    ['an EOF', 'failed to do request: Put "https://ghcr.io/v2/acme/app/manifests/1": EOF', undefined],
    ['an unexpected EOF', 'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://ghcr.io/v2/acme/app/blobs/sha256:01": unexpected EOF', undefined],
    ['an i/o timeout', 'failed to do request: Head "https://ghcr.io/v2/acme/app/blobs/sha256:01": dial tcp 140.82.112.33:443: i/o timeout', undefined],
    ['a response header timeout', 'failed to do request: Put "https://ghcr.io/v2/acme/app/manifests/1": net/http: timeout awaiting response headers', undefined],
    ['a deadline', 'failed to do request: Put "https://ghcr.io/v2/acme/app/manifests/1": context deadline exceeded', undefined],
    [
      "the token service's 503",
      'failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fapp%3Apush: 503 Service Unavailable',
      503
    ]
  ])('retried: %s', (_name, error, status) => {
    expect(transientPushError(exportFailed(PUSH + error))).toEqual({ message: PUSH + error.replace('?scope=repository%3Aacme%2Fapp%3Apush', ''), ...(status ? { status } : {}) });
  });

  it.each([
    ['401', 'unexpected status from HEAD request to https://ghcr.io/v2/acme/app/blobs/sha256:01: 401 Unauthorized'],
    ['403', 'unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 403 Forbidden'],
    ['denied', 'denied: requested access to the resource is denied'],
    ['unauthorized', 'unauthorized: authentication required'],
    ['a bad login at the token service', 'failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://ghcr.io/token: 401 Unauthorized'],
    ['404', 'unexpected status from PUT request to https://ghcr.io/v2/acme/app/manifests/1: 404 Not Found'],
    ['400, an invalid manifest', 'manifest invalid: manifest invalid'],
    ['400', 'unexpected status from PUT request to https://ghcr.io/v2/acme/app/manifests/1: 400 Bad Request'],
    ['413', 'unexpected status from PUT request to https://ghcr.io/v2/acme/app/blobs/uploads/x: 413 Request Entity Too Large'],
    ['501', 'unexpected status from PUT request to https://ghcr.io/v2/acme/app/manifests/1: 501 Not Implemented'],
    ['no such host', 'failed to do request: Head "https://ghcr.example/v2/acme/app/blobs/sha256:01": dial tcp: lookup ghcr.example: no such host'],
    ['a full disk', 'failed to export image: write /var/lib/buildkit/x: no space left on device']
  ])('not retried: %s', (_name, error) => {
    expect(transientPushError(exportFailed(PUSH + error))).toBeUndefined();
  });

  it('never when one request of the push was refused, even if the last failure may pass', () => {
    const refused = 'unexpected status from HEAD request to https://ghcr.io/v2/acme/app/blobs/sha256:01: 403 Forbidden';
    const unavailable = 'unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 503 Service Unavailable';
    expect(transientPushError(exportFailed(`${PUSH}unavailable: try later`, [refused, unavailable]))).toBeUndefined();
  });

  it("the last request that failed decides when the step's error names no cause, and gives the status", () => {
    const unavailable = 'unexpected status from POST request to https://ghcr.io/v2/acme/app/blobs/uploads/: 503 Service Unavailable';
    expect(transientPushError(exportFailed(`${PUSH}failed to copy: something`, [unavailable]))).toEqual({ message: `${PUSH}failed to copy: something`, status: 503 });
    expect(transientPushError(exportFailed(`${PUSH}failed to copy: something`))).toBeUndefined();
  });

  it("numbers inside URLs and digests are no status, nor words in an upload's base64 state", () => {
    const message = `${PUSH}failed to do request: Put "https://ghcr.io/v2/acme/app/blobs/uploads/401?_state=-EOF-denied-403&digest=sha256%3A401": no space left on device`;
    expect(transientPushError(exportFailed(message))).toBeUndefined();
  });

  it('not a cache export that failed, nor a push whose step failed beside a RUN', () => {
    const cacheExport = ['#13 exporting cache to registry', '#13 ERROR: failed to push ghcr.io/acme/app:cache: 503 Service Unavailable'].join('\n');
    expect(transientPushError(cacheExport)).toBeUndefined();
    const both = ['#9 [2/2] RUN make', '#9 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2', exportFailed(`${PUSH}unavailable: later`)].join('\n');
    expect(transientPushError(both)).toBeUndefined();
  });
});
