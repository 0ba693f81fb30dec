/**
 * The report phase: what the registry holds (or, for an image that was not pushed, what
 * the build wrote) read back, then the job summary, the size report with its baseline and
 * gates, and the pull request comment, or, on a fork's pull request, the report saved for
 * the base repository's comment job (comment-only.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ports } from '../ports.js';
import { artifactServiceMissing, uploadFile } from '../github/artifacts.js';
import { commentOnPullRequest, notAllowedNote } from '../github/comment.js';
import type { Facts } from '../plan/facts.js';
import { state } from '../runner/state.js';
import type { Job } from '../plan/run.js';
import { digestsByPlatform, type ImageFacts } from '../readback/image.js';
import { readBackPushed } from '../readback/pushed.js';
import { readBaseline, type Baseline } from '../report/baseline.js';
import { readTrendMeanwhile, savePendingCheck, sizeTrend, type PendingCheck, type TrendRead } from '../report/history.js';
import { reportBuild } from '../report/report.js';
import type { SharedReport } from '../report/shared.js';
import type { BuildResult, Produced } from '../report/summary.js';
import { withTrend } from '../report/trend.js';

/** What the report compares with, read while the build runs. */
export interface ReadMeanwhile {
  /** The size baseline: on a push, what the tag points at before this step moves it. */
  baseline?: Promise<Baseline>;
  /** The size history the trend is drawn from and this build's point is added to. */
  history?: TrendRead;
}

export function readMeanwhile(ports: Ports, job: Job): ReadMeanwhile {
  const { inputs, run } = job;
  if (run.sizes === 'none') return {};
  const history = readTrendMeanwhile(ports.registry, inputs, job.facts.github);
  return { baseline: readBaseline(ports.registry, inputs['compare-to'], inputs.tags, job.facts.github), ...(history ? { history } : {}) };
}

/**
 * What the registry now holds, read back (`platform-digests`), or the measured image,
 * then the job summary, the size report against the baseline with its gates, and the
 * pull request comment (or the report saved for the base repository on a fork).
 */
export async function report(ports: Ports, job: Job, produced: Produced, sources: ReadMeanwhile & { measured?: ImageFacts }): Promise<void> {
  const { runner } = ports;
  const { inputs, facts, run } = job;
  const reportStarted = ports.now();
  const pushed = sources.measured ? undefined : await runner.group('Publish', () => readBackPushed(runner, ports.registry, run.readBack, produced.digest));
  // size-analysis: files reads a pushed image's layers here (a measured one's, in the measure phase); nothing is downloaded otherwise.
  const analysed =
    pushed && run.sizes === 'registry' && inputs['size-analysis'] === 'files'
      ? await runner.group('Size analysis', async () => (await import('../readback/analyse-files.js')).analyseFilesOrWarn(runner, ports.registry, pushed, ports.now))
      : pushed;
  const image = sources.measured ?? analysed;
  // platform-digests are what the registry holds: none for an image that was only measured.
  const platformDigests = image && !sources.measured ? digestsByPlatform(image) : {};
  runner.setOutput('platform-digests', JSON.stringify(platformDigests));
  // A platform job counts as pushed once its digest is handed on.
  const result: BuildResult = { ...produced, tags: run.tags, pushed: run.pushes && (!run.handsOff || produced.handedOn !== undefined), platformDigests };
  const sized = run.sizes === 'registry' || sources.measured !== undefined;
  // The size history, read during the build: drawn, and on the default branch written, beside the report.
  const pushedHere = result.pushed && !run.handsOff && !sources.measured;
  const trend = sized && image && sources.history ? sizeTrend(runner, ports.registry, image, { inputs, github: facts.github, pushedHere, time: new Date() }, sources.history) : undefined;
  const done = await runner.group('Report', async () => {
    const done = await reportBuild(runner, inputs, result, sized ? image : undefined, sources.baseline, ports.env.buildSummary, { dockerfile: facts.dockerfile, github: facts.github });
    const chart = done.sizes && trend ? await trend.chart : '';
    if (chart && ports.env.buildSummary) runner.appendSummary(`\n${chart}`);
    if (done.sizes) {
      // The fork's path (below) saves the report without the chart: comment-only.ts checks what it posts, and a chart is not one of those things.
      const outcome = await commentOnPullRequest(runner, { enabled: inputs['pr-comment'], token: inputs['github-token'] }, facts.github, {
        ...done.sizes,
        markdown: withTrend(done.sizes.markdown, chart)
      });
      if (outcome === 'not-allowed') {
        const saved = artifactServiceMissing(ports.env.actions) ? undefined : await saveReportForBaseRepository(ports, job, done.sizes, sized ? image : undefined);
        runner.warning(notAllowedNote(facts.github, saved));
      }
    }
    const pending = await trend?.recorded;
    if (pending) saveForPostCheck(ports, facts, pending);
    runner.info(`read back and reported in ${Math.round(ports.now() - reportStarted)} ms`);
    const retries = ports.registry.retryStats();
    if (retries.faults > 0) {
      runner.info(
        `registry: ${retries.faults} failed attempt(s) over ${retries.requestsRetried} request(s) retried, ${(retries.spentMs / 1000).toFixed(1)} s of the ${retries.budgetMs / 1000} s retry budget`
      );
    }
    return done;
  });
  if (done.gateFailures.length > 0) throw new Error(`size gate failed:\n  ${done.gateFailures.join('\n  ')}`);
}

/**
 * A fork's pull request cannot be commented on with its own token: the report goes to an
 * artifact of the run, for the base repository's workflow_run job (comment-only.ts).
 */
async function saveReportForBaseRepository(ports: Ports, job: Job, sizes: { image: string; markdown: string; json: string }, image: ImageFacts | undefined): Promise<string | undefined> {
  const { facts, inputs } = job;
  const github = facts.github;
  if (!github.pullRequestNumber || !github.pullRequestHeadSha) return undefined;
  const { REPORT_FILE, REPORT_MAX_BYTES, REPORT_SCHEMA, reportArtifactName, sharedLayers } = await import('../report/shared.js');
  const report: SharedReport = {
    schema: REPORT_SCHEMA,
    pullRequest: github.pullRequestNumber,
    headSha: github.pullRequestHeadSha,
    job: github.job,
    markdown: sizes.markdown,
    sizes: JSON.parse(sizes.json) as unknown
  };
  // The layers let the comment job work out the "What changed" table; the numbers go alone when the report would be too large with them.
  if (image) {
    const contexts = inputs['build-contexts'].map(c => c.split('=')[0].trim()).filter(Boolean);
    const withLayers: SharedReport = { ...report, layers: sharedLayers(image, inputs.target, contexts) };
    if (Buffer.byteLength(JSON.stringify(withLayers, null, 2)) <= REPORT_MAX_BYTES) Object.assign(report, withLayers);
    else ports.runner.info(`the image's layers are left out of the saved size report: with them it would pass ${REPORT_MAX_BYTES} bytes, so the comment will have no "What changed" table`);
  }
  const name = reportArtifactName(sizes.image, github.job);
  const dir = fs.mkdtempSync(path.join(facts.tmpDir, 'report-'));
  fs.writeFileSync(path.join(dir, REPORT_FILE), JSON.stringify(report, null, 2));
  try {
    await uploadFile(name, path.join(dir, REPORT_FILE));
    return name;
  } catch (e) {
    ports.runner.warning(`saving the size report for the base repository failed: ${(e as Error).message}`);
    return undefined;
  }
}

/** The point written, for the post step to check that no concurrent writer dropped it (src/post.ts). */
function saveForPostCheck(ports: Ports, facts: Facts, pending: PendingCheck): void {
  const file = path.join(facts.tmpDir, 'size-history-check.json');
  savePendingCheck(file, { ...pending, dockerConfig: ports.env.dockerConfig, buildxConfig: ports.env.buildxConfig });
  state.saveSizeHistoryCheck(ports.runner, file);
}
