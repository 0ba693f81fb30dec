/** What the build produced, as the job summary and the log show it. */
export interface BuildResult {
  tags: string[];
  pushed: boolean;
  digest?: string;
  imageId?: string;
  platformDigests: Record<string, string>;
  /** The node that built each platform, on a builder with several (`hoist-ab1 (tcp://arm64:1234)`). */
  builtOn?: Record<string, string>;
  durationMs: number;
  /** Not pushed: the sizes were measured from the OCI layout the build wrote. */
  measured?: boolean;
  /** distribute: platform: the artifact the digest was handed on in, for the merge step. */
  handedOn?: string;
  /** merge: each platform job's image in the index (`linux/arm64 from job build (attempt 1)`). */
  mergedFrom?: string[];
  /** The builder hoist set up (or reused) for this step, and why; undefined when it built on the current one. */
  builder?: string;
  /** Where each stage's RUN steps execute, and for which targets under QEMU emulation. */
  stagePlatforms?: Array<{ stage: string; runsOn: string[]; emulatedFor: string[] }>;
  /** Dockerfile steps that came from the cache, of all steps. */
  cache?: { cached: number; total: number };
  /** How many times the push was started again after a registry error that may pass (shown when > 0). */
  pushRetries?: number;
  /** What the layer cache and the cache mounts did (restored, saved, sizes). */
  cacheNotes?: { layers?: string; mounts?: string; stages?: string };
}

/** What the build or the merge produced, before the read-back; the tags and whether anything was pushed come from the run plan. */
export type Produced = Omit<BuildResult, 'platformDigests' | 'tags' | 'pushed'>;

function cacheLine(cache: { cached: number; total: number }): string {
  return `${cache.cached}/${cache.total} steps cached (${cache.total ? Math.round((cache.cached / cache.total) * 100) : 0} %)`;
}

function retriesLine(retries: number): string {
  return `${retries} — the registry failed the push with an error that may pass, and hoist pushed again`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function summaryMarkdown(result: BuildResult): string {
  const lines = [`### hoist · ${result.mergedFrom ? 'merge' : 'build'}`, ''];
  lines.push(`| | |`, `|---|---|`);
  lines.push(`| tags | ${result.tags.length ? result.tags.map(t => `\`${escapeCell(t)}\``).join('<br>') : '_none_'} |`);
  lines.push(`| pushed | ${result.pushed ? 'yes' : result.measured ? 'no — the sizes below were measured from the build' : 'no'} |`);
  if (result.digest) lines.push(`| digest | \`${result.digest}\` |`);
  if (result.imageId) lines.push(`| image id | \`${result.imageId}\` |`);
  if (result.handedOn) lines.push(`| handed on | to the merge step, as artifact \`${result.handedOn}\` (pushed by digest, no tag) |`);
  if (result.mergedFrom) lines.push(`| merged | ${result.mergedFrom.map(escapeCell).join('<br>')} |`);
  if (result.builder) lines.push(`| builder | ${escapeCell(result.builder)} |`);
  lines.push(`| ${result.mergedFrom ? 'merge time' : 'build time'} | ${(result.durationMs / 1000).toFixed(1)} s |`);
  if (result.pushRetries) lines.push(`| push retries | ${retriesLine(result.pushRetries)} |`);
  if (result.cache && result.cache.total > 0) lines.push(`| cache | ${cacheLine(result.cache)} |`);
  if (result.cacheNotes?.stages) lines.push(`| cache stages | ${escapeCell(result.cacheNotes.stages)} |`);
  if (result.cacheNotes?.layers) lines.push(`| layer cache | ${escapeCell(result.cacheNotes.layers)} |`);
  if (result.cacheNotes?.mounts) lines.push(`| cache mounts | ${escapeCell(result.cacheNotes.mounts)} |`);
  if (result.stagePlatforms?.length) {
    lines.push('', '| stage | runs on | emulated for |', '|---|---|---|');
    for (const s of result.stagePlatforms) lines.push(`| ${escapeCell(s.stage)} | ${s.runsOn.join(', ')} | ${s.emulatedFor.join(', ') || '—'} |`);
  }
  const platforms = Object.entries(result.platformDigests);
  const builtOn = result.builtOn;
  if (platforms.length > 0) {
    lines.push('', `| platform | manifest digest |${builtOn ? ' built on |' : ''}`, `|---|---|${builtOn ? '---|' : ''}`);
    for (const [platform, digest] of platforms) lines.push(`| ${platform} | \`${digest}\` |${builtOn ? ` ${escapeCell(builtOn[platform] ?? '—')} |` : ''}`);
  } else if (builtOn) {
    lines.push('', '| platform | built on |', '|---|---|');
    for (const [platform, node] of Object.entries(builtOn)) lines.push(`| ${platform} | ${escapeCell(node)} |`);
  }
  return lines.join('\n') + '\n';
}

export function summaryText(result: BuildResult): string {
  const lines = [`${result.mergedFrom ? 'merged' : result.pushed ? 'pushed' : 'built'} ${result.tags.join(', ') || (result.handedOn ? '(by digest, for the merge step)' : '(untagged)')}`];
  if (result.digest) lines.push(`digest: ${result.digest}`);
  if (result.builder) lines.push(`builder: ${result.builder}`);
  if (result.pushRetries) lines.push(`push retries: ${retriesLine(result.pushRetries)}`);
  if (result.cache && result.cache.total > 0) lines.push(`cache: ${cacheLine(result.cache)}`);
  if (result.cacheNotes?.stages) lines.push(`cache stages: ${result.cacheNotes.stages}`);
  if (result.cacheNotes?.layers) lines.push(`layer cache: ${result.cacheNotes.layers}`);
  if (result.cacheNotes?.mounts) lines.push(`cache mounts: ${result.cacheNotes.mounts}`);
  for (const [platform, digest] of Object.entries(result.platformDigests))
    lines.push(`  ${platform.padEnd(16)} ${digest}${result.builtOn?.[platform] ? `  (built on ${result.builtOn[platform]})` : ''}`);
  return lines.join('\n');
}
