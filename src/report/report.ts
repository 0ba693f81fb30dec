/** The report phase: the build summary, and for a pushed image its sizes against the baseline and the gates. */
import type { Inputs } from '../inputs/inputs.js';
import type { ImageFacts } from '../readback/image.js';
import { parseReference, repositoryName } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { Baseline } from './baseline.js';
import { evaluateGates } from './gates.js';
import { sizeMarkdown, sizesJson, sizeText } from './markdown.js';
import { sizeReport } from './sizes.js';
import { summaryMarkdown, summaryText, type BuildResult } from './summary.js';

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

/** Writes the log lines, the `sizes` output and the job summary; the summary is written even when a gate fails. */
export async function reportBuild(
  runner: Runner,
  inputs: Pick<Inputs, 'tags' | 'compare-to' | 'max-size' | 'max-size-increase'>,
  result: BuildResult,
  image: ImageFacts | undefined,
  baseline: Promise<Baseline> | undefined,
  /** False when DOCKER_BUILD_SUMMARY=false: the log and the outputs only. */
  summary = true
): Promise<Report> {
  runner.info(summaryText(result));
  let markdown = summaryMarkdown(result);
  const report: Report = { gateFailures: [] };
  if (image && baseline) {
    const base = await baseline;
    if (!base.image && base.reason.includes('could not be read')) runner.warning(`size baseline: ${base.reason}`);
    const name = reportName(inputs);
    const sizes = sizeReport(image, name, base, result.measured ? 'build' : 'registry');
    const gates = evaluateGates(sizes, inputs['max-size'], inputs['max-size-increase']);
    runner.info(sizeText(sizes));
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
