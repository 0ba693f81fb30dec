/**
 * The build's cache hit ratio from buildx's plain progress: Dockerfile steps
 * (`#7 [builder 3/6] RUN …`, `#9 [linux/arm64 runtime 2/3] COPY …`) and which of
 * them were `CACHED`. Internal steps (load metadata, context transfer) do not count,
 * nor do FROM steps: a base image is pulled or not, never built, and a fresh builder
 * pulls it even when every step after it comes from the cache.
 */
export function cacheHits(progress: string): { cached: number; total: number } {
  const steps = new Set<string>();
  const cached = new Set<string>();
  for (const line of progress.split('\n')) {
    const step = /^#(\d+) \[(?!internal\])[^\]]*\b\d+\/\d+\] (?!FROM )/.exec(line);
    if (step) steps.add(step[1]);
    const hit = /^#(\d+) CACHED\s*$/.exec(line);
    if (hit) cached.add(hit[1]);
  }
  return { cached: [...cached].filter(id => steps.has(id)).length, total: steps.size };
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
    const hit = /^#(\d+) (?:CACHED\s*$|sha256:[0-9a-f]+ |extracting sha256:)/.exec(line);
    if (hit) cached.add(hit[1]);
  }
  return [...steps].some(id => !cached.has(id));
}

/**
 * Watches live plain progress for a cache-mount RUN step that starts to run. A
 * cached step is printed as its name and `CACHED` together, or, when its layer is
 * needed, its name then the layer's download (`sha256:… done`, `extracting …`). A
 * step that runs prints its name, then its output (`#8 0.512 …`) or nothing for a
 * while. So: output, or nothing at all for `graceMs`, is a step that runs.
 */
export class MountStepWatcher {
  private buffer = '';
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Steps already seen to finish: plain progress prints a step's name again with later events. */
  private readonly settled = new Set<string>();
  private fired = false;

  constructor(
    private readonly onRun: (line: string) => void,
    private readonly graceMs = 700
  ) {}

  feed(chunk: string): void {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    const step = MOUNT_STEP.exec(line);
    if (step) {
      const id = step[1];
      if (!this.pending.has(id) && !this.settled.has(id)) this.pending.set(id, setTimeout(() => this.fire(line), this.graceMs));
      return;
    }
    const event = /^#(\d+) (.*)$/.exec(line);
    if (!event || !this.pending.has(event[1])) return;
    const id = event[1];
    clearTimeout(this.pending.get(id));
    this.pending.delete(id);
    this.settled.add(id);
    // Output: the step runs. Anything else (CACHED, a cached layer's download, DONE
    // within the grace: a step too short to matter, CANCELED, ERROR) settles it.
    if (/^\d+\.\d+ /.test(event[2])) this.fire(line);
  }

  private fire(line: string): void {
    if (this.fired) return;
    this.fired = true;
    this.stop();
    this.onRun(line);
  }

  stop(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
