/**
 * A build's warnings and failure put where users look (report/diagnostics.ts says how):
 * check warnings as annotations on their lines, a failure as an error annotation and a
 * job summary, with what the runner masks in the log masked here too.
 */
import type { BuildFailedError } from '../buildx/build.js';
import type { BuildWarning } from '../buildx/diagnostics.js';
import { cacheHits } from '../buildx/progress.js';
import type { Ports } from '../ports.js';
import { failureAnnotation, failureMarkdown, warningAnnotations } from '../report/diagnostics.js';

/**
 * Each build check warning as an annotation on its Dockerfile line, unless DOCKER_BUILD_CHECKS_ANNOTATIONS=false.
 * `dockerfile`: its path as GitHub places annotations (phases/inputs.ts found it).
 */
export function annotateWarnings(ports: Ports, dockerfile: string | undefined, warnings: BuildWarning[]): void {
  if (!ports.env.checksAnnotations) return;
  for (const w of warningAnnotations(warnings, dockerfile)) ports.runner.warning(w.message, { title: w.title, file: w.file, startLine: w.startLine, endLine: w.endLine });
}

/** What the runner's masking does to the log, for text hoist writes elsewhere (the job summary is not masked). */
function masked(text: string, secrets: string[]): string {
  return [...secrets].sort((a, b) => b.length - a.length).reduce((t, s) => (s ? t.split(s).join('***') : t), text);
}

/**
 * A failed build, where users look: an error annotation on the failing instruction's line
 * and a job summary of the step, its platform, its last lines (masked) and the cache until
 * then (DOCKER_BUILD_SUMMARY=false turns the summary off, as for build-push-action).
 */
export function reportFailure(ports: Ports, dockerfile: string | undefined, error: BuildFailedError, secrets: string[]): void {
  if (error.failure) {
    const note = failureAnnotation(error.failure, dockerfile);
    // The runner masks the message, not the title: both are masked here.
    ports.runner.error(masked(note.message, secrets), { title: masked(note.title, secrets), ...(note.file ? { file: note.file, startLine: note.startLine } : {}) });
  }
  if (!ports.env.buildSummary) return;
  // The whole summary is masked, not only the build's own words: a step's name quotes its instruction, which may hold a secret.
  ports.runner.appendSummary(masked(failureMarkdown(error.failure, { message: error.message, ...(dockerfile ? { dockerfile } : {}), cache: cacheHits(error.progress) }), secrets));
}
