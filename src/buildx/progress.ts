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
