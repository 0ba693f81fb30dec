import { formatBytes } from '../util/bytes.js';
import { formatDelta } from './format.js';
import type { GateResult } from './gates.js';
import type { SizeReport } from './sizes.js';

function baseLabel(report: SizeReport): string {
  const ref = report.baseline.reference ?? '';
  const tag = /:([^/:@]+)$/.exec(ref.split('@')[0])?.[1];
  return tag ?? (ref ? ref : 'base');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

function gateLine(gates: GateResult[], report: SizeReport): string {
  const parts = gates.map(g => `${g.name} ${g.limit} ${g.passed === undefined ? '— (no baseline)' : g.passed ? '✅' : '❌'}`);
  if (report.attestations.count > 0) {
    parts.push(`${report.attestations.count} attestation manifest${report.attestations.count === 1 ? '' : 's'} not counted`);
  }
  return parts.length > 0 ? `${gates.length > 0 ? 'Gates: ' : ''}${parts.join(' · ')}` : '';
}

/** The job summary and PR comment body: one table per image, details per changed platform. */
export function sizeMarkdown(report: SizeReport, gates: GateResult[]): string {
  const base = baseLabel(report);
  const measured = report.source === 'build' ? ' · measured from the build, not pushed' : '';
  const lines = [`### hoist · image size · ${code(report.image)}${measured}`, '', `| platform | compressed | Δ vs ${code(base)} | unpacked | layers |`, '|---|---:|---:|---:|---:|'];
  for (const p of report.platforms) {
    const d = p.delta ? formatDelta(p.delta) : report.baseline.found ? 'new platform' : '—';
    lines.push(`| ${p.platform} | ${formatBytes(p.compressed)} | ${d} | ${p.uncompressed !== undefined ? formatBytes(p.uncompressed) : 'n/a'} | ${p.layers} |`);
  }
  for (const r of report.removed) lines.push(`| ~~${r.platform}~~ | removed | ▼ ${formatBytes(r.compressed)} | | |`);
  lines.push(`| **registry bytes** (shared layers once) | ${formatBytes(report.registryBytes)} | ${report.registryDelta ? formatDelta(report.registryDelta, false) : ''} | | |`);
  if (!report.baseline.found) lines.push(`| _no baseline: ${report.baseline.reason}_ | | | | |`);
  lines.push('');
  for (const [platform, changes] of Object.entries(report.layerChanges)) {
    lines.push(`<details><summary>What changed on ${platform}</summary>`, '', `| layer (Dockerfile instruction) | ${code(base)} | this build | Δ |`, '|---|---:|---:|---:|');
    for (const c of changes.slice(0, 20)) {
      const d = formatDelta({ bytes: (c.current ?? 0) - (c.base ?? 0) }, false);
      const instruction = c.instruction.length > 80 ? `${c.instruction.slice(0, 77)}…` : c.instruction;
      lines.push(`| ${code(instruction)} | ${c.base !== undefined ? formatBytes(c.base) : '—'} | ${c.current !== undefined ? formatBytes(c.current) : '—'} | ${d} |`);
    }
    lines.push('</details>', '');
  }
  const gateText = gateLine(gates, report);
  if (gateText) lines.push(gateText, '');
  return lines.join('\n');
}

/** The same numbers for the log, as plain columns. */
export function sizeText(report: SizeReport): string {
  const lines = [`image size · ${report.image}${report.source === 'build' ? ', measured from the build (not pushed)' : ''} (compressed = pull size; MB = 10^6 bytes)`];
  for (const p of report.platforms) {
    const d = p.delta ? `  ${formatDelta(p.delta)} vs ${baseLabel(report)}` : '';
    lines.push(
      `  ${p.platform.padEnd(16)} ${formatBytes(p.compressed).padStart(9)} compressed  ${(p.uncompressed !== undefined ? formatBytes(p.uncompressed) : 'n/a').padStart(9)} unpacked  ${p.layers} layers${d}`
    );
  }
  lines.push(`  registry bytes   ${formatBytes(report.registryBytes).padStart(9)} (shared layers once)${report.registryDelta ? `  ${formatDelta(report.registryDelta, false)}` : ''}`);
  if (!report.baseline.found) lines.push(`  no baseline: ${report.baseline.reason}`);
  if (report.attestations.count > 0) lines.push(`  ${report.attestations.count} attestation manifests (${formatBytes(report.attestations.bytes)}) not counted`);
  return lines.join('\n');
}

/** The `sizes` output: exact bytes. */
export function sizesJson(report: SizeReport, gates: GateResult[]): string {
  return JSON.stringify({
    image: report.image,
    digest: report.digest,
    // `build`: measured from what the build wrote, not read from a registry (nothing was pushed).
    source: report.source,
    unit: 'bytes',
    platforms: Object.fromEntries(
      report.platforms.map(p => [
        p.platform,
        {
          digest: p.digest,
          compressed: p.compressed,
          uncompressed: p.uncompressed ?? null,
          layers: p.layers,
          base: p.base ? { digest: p.base.digest, compressed: p.base.compressed, uncompressed: p.base.uncompressed ?? null, layers: p.base.layers } : null,
          delta: p.delta ? { bytes: p.delta.bytes, percent: p.delta.percent ?? null } : null
        }
      ])
    ),
    registryBytes: report.registryBytes,
    registryDelta: report.registryDelta?.bytes ?? null,
    attestations: report.attestations,
    baseline: report.baseline,
    gates: gates.map(g => ({ name: g.name, limit: g.limit, passed: g.passed ?? null, failures: g.failures }))
  });
}
