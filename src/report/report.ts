/** The report phase: the build summary, and for a pushed image its sizes against the baseline and the gates. */
import * as path from 'node:path';
import { parseDockerfile } from '../dockerfile/parse.js';
import type { DockerfileSource } from '../inputs/dockerfile-source.js';
import type { Inputs } from '../inputs/inputs.js';
import type { ImageFacts } from '../readback/image.js';
import { parseReference, repositoryName } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { formatBytes, parseIncrease } from '../util/bytes.js';
import type { Baseline } from './baseline.js';
import { changedRows, growthToAnnotate } from './changes.js';
import { formatDelta } from './format.js';
import { evaluateGates } from './gates.js';
import type { LineSource } from './lines.js';
import { sizeMarkdown, sizesJson, sizeText } from './markdown.js';
import { sizeReport, type SizeReport } from './sizes.js';
import { summaryMarkdown, summaryText, type BuildResult } from './summary.js';
import { whereTheBytesAre } from './where.js';

export interface Report {
  /** The size table, for the pull request comment, and the `sizes` JSON; undefined when no size was read. */
  sizes?: { image: string; markdown: string; json: string };
  /** Each size gate the image failed, in words. */
  gateFailures: string[];
}

/** The image the report is about: the first tag's repository, else the baseline's, else just "image". */
function reportName(inputs: Pick<Inputs, 'tags' | 'compare-to'>): string {
  const ref = inputs.tags[0] ?? (inputs['compare-to'] && inputs['compare-to'] !== 'none' ? inputs['compare-to'] : undefined);
  return ref ? repositoryName(parseReference(ref)) : 'image';
}

/** What names the lines: the Dockerfile hoist read, and the run (for links to the built commit). */
export interface LineFacts {
  dockerfile?: DockerfileSource;
  github?: WorkflowFacts;
}

type ReportInputs = Pick<Inputs, 'tags' | 'compare-to' | 'max-size' | 'max-size-increase'> & Partial<Pick<Inputs, 'target' | 'build-contexts' | 'annotate-growth'>>;

/** The Dockerfile's path from the repository's root, or undefined when it is outside the repository. */
function repositoryPath(file: string): string | undefined {
  const clean = path.posix.normalize(file.replace(/\\/g, '/'));
  return path.posix.isAbsolute(clean) || clean.split('/')[0] === '..' ? undefined : clean;
}

/** `<server>/<repo>/blob/<sha>/<path>`: the file at the commit built (a pull request's head, not its merge commit). */
function blobUrl(github: WorkflowFacts | undefined, file: string): string | undefined {
  const sha = github?.pullRequestHeadSha || github?.sha;
  if (!github?.repository || !sha) return undefined;
  return fileUrl(github.serverUrl, github.repository, sha, file);
}

/** `<server>/<owner/repo>/blob/<sha>/<path>`, each part of the path encoded. */
export function fileUrl(serverUrl: string, repository: string, sha: string, file: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

function lineSource(inputs: ReportInputs, dockerfile: DockerfileSource | undefined): LineSource | undefined {
  if (!dockerfile) return undefined;
  const contexts = (inputs['build-contexts'] ?? []).map(c => c.split('=')[0].trim()).filter(Boolean);
  return { dockerfile: parseDockerfile(dockerfile.text), target: inputs.target ?? '', contexts };
}

/** A warning on the Dockerfile line whose layer grew most, when the image grew more than annotate-growth. */
function annotateGrowth(runner: Runner, sizes: SizeReport, limit: string | undefined): void {
  const threshold = limit && limit !== 'none' ? parseIncrease(limit) : undefined;
  if (!sizes.dockerfile || !threshold || ('bytes' in threshold ? threshold.bytes : threshold.percent) === 0) return;
  const found = growthToAnnotate(changedRows(sizes.layerChanges), sizes.platforms, threshold);
  if (!found || found.row.line === undefined) return;
  const grew = Object.entries(found.row.platforms)
    .filter(([, c]) => c.delta > 0)
    .map(([platform, c]) => `${formatDelta({ bytes: c.delta }, false)} on ${platform} (${c.status}, ${c.delta} bytes)`);
  const image = sizes.platforms.filter(p => found.grewOn.includes(p.platform)).map(p => `${formatDelta(p.delta!)} on ${p.platform}`);
  const largest = Math.max(...Object.values(found.row.platforms).map(c => c.delta));
  runner.warning(`${found.row.instruction}: its layers grew ${grew.join(', ')}. The image grew ${image.join(', ')}, more than annotate-growth ${limit}.`, {
    file: sizes.dockerfile.path,
    startLine: found.row.line,
    title: `hoist: the image grew ${formatBytes(largest)} here`
  });
}

/** Writes the log lines, the `sizes` output and the job summary; the summary is written even when a gate fails. */
export async function reportBuild(
  runner: Runner,
  inputs: ReportInputs,
  result: BuildResult,
  image: ImageFacts | undefined,
  baseline: Promise<Baseline> | undefined,
  /** False when DOCKER_BUILD_SUMMARY=false: the log and the outputs only. */
  summary = true,
  where: LineFacts = {}
): Promise<Report> {
  runner.info(summaryText(result));
  let markdown = summaryMarkdown(result);
  const report: Report = { gateFailures: [] };
  if (image && baseline) {
    const base = await baseline;
    if (!base.image && base.reason.includes('could not be read')) runner.warning(`size baseline: ${base.reason}`);
    const name = reportName(inputs);
    const lines = lineSource(inputs, where.dockerfile);
    const sizes = sizeReport(image, name, base, result.measured ? 'build' : 'registry', lines);
    const file = where.dockerfile ? repositoryPath(where.dockerfile.path) : undefined;
    const url = file ? blobUrl(where.github, file) : undefined;
    if (file) sizes.dockerfile = { path: file, ...(url ? { url } : {}) };
    const files = whereTheBytesAre(image, base.image, lines);
    if (files) sizes.files = files;
    const gates = evaluateGates(sizes, inputs['max-size'], inputs['max-size-increase']);
    runner.info(sizeText(sizes));
    annotateGrowth(runner, sizes, inputs['annotate-growth']);
    const json = sizesJson(sizes, gates);
    runner.setOutput('sizes', json);
    const table = sizeMarkdown(sizes, gates);
    markdown += `\n${table}`;
    report.sizes = { image: name, markdown: table, json };
    report.gateFailures = gates.flatMap(g => g.failures);
  }
  if (summary) runner.appendSummary(markdown);
  return report;
}
