/**
 * The build's cache hit ratio from buildx's plain progress: Dockerfile steps
 * (`#7 [builder 3/6] RUN …`, `#9 [linux/arm64 runtime 2/3] COPY …`) and which of
 * them came from the cache: `CACHED`, or, when a later step needs the cached result,
 * its layers fetched (`sha256:… done`, `extracting …`) with no output of a run.
 * Internal steps (load metadata, context transfer) do not count, nor do FROM steps: a
 * base image is pulled or not, never built, and a fresh builder pulls it even when
 * every step after it comes from the cache.
 */
export function cacheHits(progress: string): { cached: number; total: number } {
  const steps = new Set<string>();
  const cached = new Set<string>();
  const fetched = new Set<string>();
  const ran = new Set<string>();
  for (const line of progress.split('\n')) {
    const step = /^#(\d+) \[(?!internal\])[^\]]*\b\d+\/\d+\] (?!FROM )/.exec(line);
    if (step) steps.add(step[1]);
    const event = /^#(\d+) (.*)$/.exec(line);
    if (!event) continue;
    if (/^CACHED\s*$/.test(event[2])) cached.add(event[1]);
    else if (LAYER_FETCH.test(event[2])) fetched.add(event[1]);
    else if (/^\d+\.\d+ /.test(event[2])) ran.add(event[1]);
  }
  for (const id of fetched) if (!ran.has(id)) cached.add(id);
  return { cached: [...cached].filter(id => steps.has(id)).length, total: steps.size };
}

/** A step's cached layer being fetched, as plain progress prints it. */
const LAYER_FETCH = /^(sha256:[0-9a-f]+ |extracting sha256:)/;

/** buildx's own last words on a failure: the last `ERROR:`/`error:` line, else the last line. */
export function lastError(output: string): string {
  const lines = output.trim().split('\n');
  return (
    [...lines]
      .reverse()
      .find(l => /error:/i.test(l))
      ?.trim() ??
    lines[lines.length - 1]?.trim() ??
    ''
  );
}

/** Did the build fail in a cache export step (`#N exporting cache …` then `#N ERROR: …`)? */
export function cacheExportFailed(progress: string): boolean {
  const exportSteps = new Set<string>();
  for (const line of progress.split('\n')) {
    const step = /^#(\d+) exporting cache/.exec(line);
    if (step) exportSteps.add(step[1]);
    const error = /^#(\d+) ERROR:/.exec(line);
    if (error && exportSteps.has(error[1])) return true;
  }
  return false;
}

/** A Dockerfile RUN step with a cache mount, as plain progress names it. */
const MOUNT_STEP = /^#(\d+) \[[^\]]*\] RUN .*--mount=\S*type=cache/;

/**
 * Did any RUN step with a cache mount run rather than come from the cache? A cached
 * step says `CACHED`, or, when its layer had to be fetched, shows that download.
 */
export function cacheMountStepsRan(progress: string): boolean {
  const steps = new Set<string>();
  const cached = new Set<string>();
  for (const line of progress.split('\n')) {
    const step = MOUNT_STEP.exec(line);
    if (step) steps.add(step[1]);
    const event = /^#(\d+) (.*)$/.exec(line);
    if (event && (/^CACHED\s*$/.test(event[2]) || LAYER_FETCH.test(event[2]))) cached.add(event[1]);
  }
  return [...steps].some(id => !cached.has(id));
}

/**
 * Watches live plain progress for a cache-mount RUN step that starts to run. A
 * cached step is printed as its name and `CACHED` together, or, when its layer is
 * needed, its name then the layer's download (`sha256:… done`, `extracting …`). A
 * step that runs prints its name, then its output (`#8 0.512 …`) or nothing for a
 * while. So: output, or nothing at all for `graceMs`, is a step that runs.
 *
 * It also says, earlier, when a mount's stage comes to life: a step of that stage, or
 * of a stage it is built FROM, that runs or has its layers fetched (its base image's
 * too) means BuildKit needs the chain's snapshots, i.e. a later step of it will run (a
 * fully cached build fetches none). In `FROM golang AS deps` … `FROM deps AS build`,
 * that is while golang's layers are still being pulled, seconds before build's
 * compile step.
 */
export class MountStepWatcher {
  private buffer = '';
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; kind: 'mount' | 'stage'; startedAt: number }>();
  /** Steps already seen to finish: plain progress prints a step's name again with later events. */
  private readonly settled = new Set<string>();
  private fired = false;
  private stageFired = false;
  /**
   * The steps of the watched stages seen so far, FROM included, by id: whether a fetch of
   * the step's layers tells that a step of a chain will run. It does, but for the last
   * step of a mount's own stage: a stage FROM another needs its parent's last step, yet a
   * mount's own stage's last step is fetched for a consumer outside the chain (the
   * image export, a `COPY --from`), and nothing of the chain runs then.
   */
  private readonly stageSteps = new Map<string, { fetchMeansRun: boolean }>();
  private readonly stagePattern?: RegExp;
  /** Stages some watched stage is built FROM (lower-cased). */
  private readonly parents: Set<string>;

  /**
   * `chains`: each carried mount's stage and the stages it is built FROM, nearest first
   * (`[['build', 'deps']]` for `FROM deps AS build`).
   */
  constructor(
    private readonly onRun: (line: string, startedAt: number) => void,
    private readonly options: { graceMs?: number; chains?: string[][]; onStageActive?: () => void } = {}
  ) {
    const chains = options.chains ?? [];
    const stages = [...new Set(chains.flat())];
    this.parents = new Set(chains.flatMap(chain => chain.slice(1)).map(s => s.toLowerCase()));
    if (stages.length > 0) {
      const names = stages.map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      this.stagePattern = new RegExp(`^#(\\d+) \\[(?:[^\\]]* )?(${names}) (\\d+)\\/(\\d+)\\] (FROM )?`, 'i');
    }
  }

  private get graceMs(): number {
    return this.options.graceMs ?? 700;
  }

  feed(chunk: string): void {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    const mount = MOUNT_STEP.exec(line);
    const stage = this.stagePattern?.exec(line);
    if (stage) this.stageSteps.set(stage[1], { fetchMeansRun: stage[3] !== stage[4] || this.parents.has(stage[2].toLowerCase()) });
    // A FROM comes to life only by its layers being fetched (below); it prints other events when cached too.
    if (stage?.[5]) return;
    const header = mount ?? stage;
    if (header) {
      const id = header[1];
      if (this.pending.has(id) || this.settled.has(id)) return;
      const kind = mount ? 'mount' : 'stage';
      const startedAt = Date.now();
      this.pending.set(id, { kind, startedAt, timer: setTimeout(() => this.ran(id, line), this.graceMs) });
      return;
    }
    const event = /^#(\d+) (.*)$/.exec(line);
    // A stage step's layers fetched, even after it said CACHED: a later step needs them.
    if (event && this.stageSteps.get(event[1])?.fetchMeansRun && LAYER_FETCH.test(event[2])) this.stageActive();
    const step = event && this.pending.get(event[1]);
    if (!event || !step) return;
    const what = event[2];
    if (/^\d+\.\d+ /.test(what)) return this.ran(event[1], line);
    // A stage step that did anything but come from the cache (ran, or had its layers
    // fetched) makes the stage active.
    if (step.kind === 'stage' && !/^(CACHED|CANCELED|ERROR)/.test(what)) return this.ran(event[1], line);
    // A mount step: CACHED, its cached layer being fetched, DONE within the grace (a
    // step too short to matter), CANCELED, ERROR: settled.
    this.settle(event[1]);
  }

  private settle(id: string): { kind: 'mount' | 'stage'; startedAt: number } | undefined {
    const step = this.pending.get(id);
    if (step) clearTimeout(step.timer);
    this.pending.delete(id);
    this.settled.add(id);
    return step;
  }

  private ran(id: string, line: string): void {
    const step = this.settle(id);
    if (!step) return;
    // A mount step that runs means its stage is active too.
    this.stageActive();
    if (step.kind === 'mount' && !this.fired) {
      this.fired = true;
      this.onRun(line, step.startedAt);
    }
  }

  private stageActive(): void {
    if (this.stageFired) return;
    this.stageFired = true;
    this.options.onStageActive?.();
  }

  stop(): void {
    for (const step of this.pending.values()) clearTimeout(step.timer);
    this.pending.clear();
  }
}

/** A push that failed on a registry error that may pass: buildx's words for it and the HTTP status behind it. */
export interface TransientPushError {
  /** The push step's error, URL queries cut: `failed to push r/app:1: unavailable: injected by the fault proxy`. */
  message: string;
  /** The registry's answer when progress shows one: the step's error often carries only the registry's error code. */
  status?: number;
}

/** The steps that push: BuildKit's image export, and buildx's own merge of several nodes' manifests. */
const PUSH_STEP = /^(exporting to |merging manifest list |pushing )/;
/** An answer a later push may not get: 5xx but 501/505 (not implemented, version not supported), 408 and 429. */
const transientStatus = (status: number): boolean => (status >= 500 && status !== 501 && status !== 505) || status === 408 || status === 429;
/** A connection dropped or cut off, a timeout, or a registry error code that says "later" (`unavailable:`, `toomanyrequests:`). */
const TRANSIENT_WORDS = /connection reset|broken pipe|use of closed network connection|server closed idle connection|\bEOF\b|timeout|timed out|deadline exceeded|\b(unavailable|toomanyrequests):/i;
/**
 * A registry refusing the credentials, whatever the status says. (Not `failed to authorize`
 * alone: BuildKit says that too when the token service answered a 503.)
 */
const AUTH_WORDS = /\b(unauthorized|denied|forbidden|authentication required|insufficient_scope)\b/i;

/** The statuses an error names (`…: 503 Service Unavailable`, `status code 429`), URLs and digests left out. */
function statuses(text: string): number[] {
  return [...withoutUrls(text).matchAll(/(?::|status(?: code)?) ([1-5]\d\d)\b/g)].map(m => Number(m[1]));
}

/** URLs (an upload's URL carries base64 state) and digests make any word or number; they say nothing of the error. */
function withoutUrls(text: string): string {
  // A URL never ends in the colon before the status that follows it (`…/blobs/sha256:…: 503 …`).
  return text.replace(/https?:\/\/[^\s"]*[^\s":]/g, 'URL').replace(/sha256:[0-9a-f]+/g, 'sha256:…');
}

type Verdict = 'transient' | 'refused' | 'unknown';

function verdict(text: string): Verdict {
  const found = statuses(text);
  if (AUTH_WORDS.test(withoutUrls(text)) || found.some(s => s >= 400 && s < 500 && !transientStatus(s))) return 'refused';
  if (found.some(transientStatus) || TRANSIENT_WORDS.test(withoutUrls(text))) return 'transient';
  return 'unknown';
}

/**
 * Did the build fail only in pushing (every Dockerfile step done, the error on the image
 * export's step), on a registry error that may pass: a 5xx, 429, the registry's
 * `unavailable`/`toomanyrequests`, a connection reset, closed or broken, EOF, or a
 * timeout? BuildKit retries a request a few times (1, 2, 4 s) before it gives up on the
 * push; its `error:` lines show each failed request. Never when a failure came before the
 * export (a RUN, the base image's metadata: a Dockerfile step's `ERROR`), nor when the
 * step's error or any request it logged was refused: 401, 403, `unauthorized`, `denied`,
 * or another 4xx. Undefined when not.
 */
export function transientPushError(progress: string): TransientPushError | undefined {
  const names = new Map<string, string>();
  const logged = new Map<string, string[]>();
  const errors: Array<{ id: string; message: string }> = [];
  for (const line of progress.split('\n')) {
    const event = /^#(\d+) (.*)$/.exec(line);
    if (!event) continue;
    const [, id, what] = event;
    if (!names.has(id)) names.set(id, what);
    const error = /^ERROR: (.*)$/.exec(what);
    if (error) errors.push({ id, message: error[1].trim() });
    const request = /^\d+\.\d+ error: (.*)$/.exec(what);
    if (request) logged.set(id, [...(logged.get(id) ?? []), request[1]]);
  }
  // Any step but a push that failed (a RUN, a FROM's metadata, the cache export) is not this.
  if (errors.length === 0 || errors.some(e => !PUSH_STEP.test(names.get(e.id) ?? ''))) return undefined;
  const requests = errors.flatMap(e => logged.get(e.id) ?? []);
  if ([...errors.map(e => e.message), ...requests].some(text => verdict(text) === 'refused')) return undefined;
  const last = errors[errors.length - 1].message;
  const lastRequest = requests[requests.length - 1];
  // The step's error decides; when it says nothing either way, the last request that failed does.
  const transient = verdict(last) === 'transient' || (verdict(last) === 'unknown' && lastRequest !== undefined && verdict(lastRequest) === 'transient');
  if (!transient) return undefined;
  const status = [last, ...[...requests].reverse()].flatMap(statuses).find(transientStatus);
  return { message: last.replace(/(https?:\/\/[^\s"?]+)\?[^\s"]*[^\s":]/g, '$1'), ...(status ? { status } : {}) };
}
