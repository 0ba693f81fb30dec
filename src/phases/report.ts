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
import type { Job } from '../plan/run.js';
import { analyseFilesOrWarn } from '../readback/analyse-files.js';
import { digestsByPlatform, type ImageFacts } from '../readback/image.js';
import { readBackPushed } from '../readback/pushed.js';
import { readBaseline, type Baseline } from '../report/baseline.js';
import { reportBuild } from '../report/report.js';
import type { SharedReport } from '../report/shared.js';
import type { BuildResult, Produced } from '../report/summary.js';

/** The size baseline, read while the build runs: on a push it is what the tag points at before this step moves it. */
export function readBaselineMeanwhile(ports: Ports, job: Job): Promise<Baseline> | undefined {
  const { inputs, run } = job;
  return run.sizes === 'none' ? undefined : readBaseline(ports.registry, inputs['compare-to'], inputs.tags, job.facts.github);
}

/**
 * What the registry now holds, read back (`platform-digests`), or the measured image,
 * then the job summary, the size report against the baseline with its gates, and the
 * pull request comment (or the report saved for the base repository on a fork).
 */
export async function report(ports: Ports, job: Job, produced: Produced, sources: { baseline: Promise<Baseline> | undefined; measured?: ImageFacts }): Promise<void> {
  const { runner } = ports;
  const { inputs, facts, run } = job;
  const reportStarted = ports.now();
  const pushed = sources.measured ? undefined : await runner.group('Publish', () => readBackPushed(runner, ports.registry, run.readBack, produced.digest));
  // size-analysis: files reads a pushed image's layers here (a measured one's, in the measure phase); nothing is downloaded otherwise.
  const analysed =
    pushed && run.sizes === 'registry' && inputs['size-analysis'] === 'files' ? await runner.group('Size analysis', () => analyseFilesOrWarn(runner, ports.registry, pushed, ports.now)) : pushed;
  const image = sources.measured ?? analysed;
  // platform-digests are what the registry holds: none for an image that was only measured.
  const platformDigests = image && !sources.measured ? digestsByPlatform(image) : {};
  runner.setOutput('platform-digests', JSON.stringify(platformDigests));
  // A platform job counts as pushed once its digest is handed on.
  const result: BuildResult = { ...produced, tags: run.tags, pushed: run.pushes && (!run.handsOff || produced.handedOn !== undefined), platformDigests };
  const sized = run.sizes === 'registry' || sources.measured !== undefined;
  const done = await runner.group('Report', async () => {
    const done = await reportBuild(runner, inputs, result, sized ? image : undefined, sources.baseline, ports.env.buildSummary, { dockerfile: facts.dockerfile, github: facts.github });
    if (done.sizes) {
      const outcome = await commentOnPullRequest(runner, { enabled: inputs['pr-comment'], token: inputs['github-token'] }, facts.github, done.sizes);
      if (outcome === 'not-allowed') {
        const saved = artifactServiceMissing(ports.env.actions) ? undefined : await saveReportForBaseRepository(ports, facts, done.sizes);
        runner.warning(notAllowedNote(facts.github, saved));
      }
    }
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
async function saveReportForBaseRepository(ports: Ports, facts: Facts, sizes: { image: string; markdown: string; json: string }): Promise<string | undefined> {
  const github = facts.github;
  if (!github.pullRequestNumber || !github.pullRequestHeadSha) return undefined;
  const { REPORT_FILE, REPORT_SCHEMA, reportArtifactName } = await import('../report/shared.js');
  const report: SharedReport = {
    schema: REPORT_SCHEMA,
    pullRequest: github.pullRequestNumber,
    headSha: github.pullRequestHeadSha,
    job: github.job,
    markdown: sizes.markdown,
    sizes: JSON.parse(sizes.json) as unknown
  };
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
