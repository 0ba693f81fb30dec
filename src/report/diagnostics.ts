/**
 * The build's own words put where users look: each build check warning as an annotation
 * on its Dockerfile line (as docker/build-push-action does, with the rule as the title and
 * its documentation link), and a failed build as an error annotation on the failing
 * instruction plus a job summary of what failed. Pure.
 */
import * as path from 'node:path';
import type { BuildFailure, BuildWarning } from '../buildx/diagnostics.js';

export interface AnnotatedMessage {
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/**
 * The file as the workspace names it: the frontend knows the Dockerfile by its base name
 * only (`Dockerfile` for `file: app/Dockerfile`), so that name is mapped back to the path.
 */
export function workspacePath(frontendName: string | undefined, dockerfile: string | undefined): string | undefined {
  if (!frontendName) return dockerfile;
  if (dockerfile && path.basename(dockerfile) === frontendName) return path.normalize(dockerfile);
  return frontendName;
}

export function warningAnnotations(warnings: BuildWarning[], dockerfile: string | undefined): AnnotatedMessage[] {
  // In the Dockerfile's order (file, then line; no line last): BuildKit's metadata lists them in no fixed order from one build to the next.
  const ordered = [...warnings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.startLine ?? Number.MAX_SAFE_INTEGER) - (b.startLine ?? Number.MAX_SAFE_INTEGER));
  return ordered.map(w => {
    const file = workspacePath(w.file, dockerfile);
    return {
      title: w.rule,
      message: [w.description, ...w.detail, ...(w.url ? [`More info: ${w.url}`] : [])].join('\n'),
      ...(file ? { file } : {}),
      ...(w.startLine !== undefined ? { startLine: w.startLine } : {}),
      ...(w.endLine !== undefined ? { endLine: w.endLine } : {})
    };
  });
}

export function failureAnnotation(failure: BuildFailure, dockerfile: string | undefined): AnnotatedMessage {
  const file = failure.line !== undefined ? workspacePath(failure.file, dockerfile) : undefined;
  return {
    title: `build failed: ${failure.step}`,
    message: `${failure.message}${failure.lastLines.length ? `\nlast lines:\n${failure.lastLines.slice(-5).join('\n')}` : ''}`,
    ...(file ? { file, startLine: failure.line } : {})
  };
}

/** The job summary of a failed build: the step, platform and line, its last lines (already masked), and the cache up to there. */
export function failureMarkdown(failure: BuildFailure | undefined, context: { message: string; dockerfile?: string; cache: { cached: number; total: number } }): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['### hoist · build failed', '', '| | |', '|---|---|'];
  if (failure) {
    lines.push(`| step | \`${cell(failure.step)}\` |`);
    if (failure.stage) lines.push(`| stage | ${cell(failure.stage)} |`);
    if (failure.platform) lines.push(`| platform | ${failure.platform} |`);
    const file = workspacePath(failure.file, context.dockerfile);
    if (file && failure.line !== undefined) lines.push(`| line | \`${cell(file)}:${failure.line}\` |`);
    lines.push(`| error | ${cell(failure.message)} |`);
  } else {
    lines.push(`| error | ${cell(context.message)} |`);
  }
  if (context.cache.total > 0) lines.push(`| cache until then | ${context.cache.cached}/${context.cache.total} steps cached (${Math.round((context.cache.cached / context.cache.total) * 100)} %) |`);
  if (failure?.lastLines.length) lines.push('', 'Last lines of the step:', '', '```', ...failure.lastLines.slice(-20).map(l => l.replace(/```/g, "'''")), '```');
  lines.push('', 'Nothing was pushed.');
  return lines.join('\n') + '\n';
}
