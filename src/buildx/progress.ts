/**
 * The build's cache hit ratio from buildx's plain progress: Dockerfile steps
 * (`#7 [builder 3/6] RUN …`, `#9 [linux/arm64 runtime 2/3] COPY …`) and which of
 * them were `CACHED`. Internal steps (load metadata, context transfer) do not count.
 */
export function cacheHits(progress: string): { cached: number; total: number } {
  const steps = new Set<string>();
  const cached = new Set<string>();
  for (const line of progress.split('\n')) {
    const step = /^#(\d+) \[(?!internal\])[^\]]*\b\d+\/\d+\] /.exec(line);
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
