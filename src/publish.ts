/**
 * The publish and report phases: what the registry holds (or, for an image that was not
 * pushed, what the build wrote) read back, then the job summary, the size report with its
 * baseline and gates, and the pull request comment, or, on a fork's pull request, the
 * report saved for the base repository's comment job.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RunContext } from './context.js';
import { artifactServiceMissing, uploadFile } from './github/artifacts.js';
import { commentOnPullRequest, notAllowedNote } from './github/comment.js';
import type { Inputs } from './inputs/inputs.js';
import type { Facts } from './plan/facts.js';
import type { ImageFacts } from './publish/image.js';
import { digestsByPlatform } from './publish/image.js';
import { OciLayout } from './publish/layout.js';
import { readBackPushed } from './publish/readback.js';
import type { Baseline } from './report/baseline.js';
import { reportBuild } from './report/report.js';
import type { SharedReport } from './report/shared.js';
import type { BuildResult } from './report/summary.js';
import { parseBool } from './util/boolean.js';
import { shortHash } from './util/hash.js';

/**
 * What the registry now holds, read back (`platform-digests`), then the job summary, the
 * size report against the baseline with its gates, and the pull request comment.
 */
export async function publishAndReport(
  ctx: RunContext,
  inputs: Inputs,
  facts: Facts,
  result: Omit<BuildResult, 'platformDigests'>,
  readBack: { reference: string | undefined; sizes: boolean; baseline: Promise<Baseline> | undefined; measured?: ImageFacts }
): Promise<void> {
  const { runner } = ctx;
  const reportStarted = ctx.now();
  const image = readBack.measured ?? (await runner.group('Publish', () => readBackPushed(runner, ctx.registry, readBack.reference, result.digest)));
  // platform-digests are what the registry holds: none for an image that was only measured.
  const platformDigests = image && !readBack.measured ? digestsByPlatform(image) : {};
  runner.setOutput('platform-digests', JSON.stringify(platformDigests));
  const report = await runner.group('Report', async () => {
    const done = await reportBuild(runner, inputs, { ...result, platformDigests }, readBack.sizes ? image : undefined, readBack.baseline, summaryWanted(ctx.env));
    if (done.sizes) {
      const outcome = await commentOnPullRequest(runner, { enabled: inputs['pr-comment'], token: inputs['github-token'] }, facts.github, done.sizes);
      if (outcome === 'not-allowed') {
        const saved = artifactServiceMissing(ctx.env) ? undefined : await saveReportForBaseRepository(ctx, facts, done.sizes);
        runner.warning(notAllowedNote(facts.github, saved));
      }
    }
    runner.info(`read back and reported in ${Math.round(ctx.now() - reportStarted)} ms`);
    const retries = ctx.registry.retryStats();
    if (retries.faults > 0) {
      runner.info(
        `registry: ${retries.faults} failed attempt(s) over ${retries.requestsRetried} request(s) retried, ${(retries.spentMs / 1000).toFixed(1)} s of the ${retries.budgetMs / 1000} s retry budget`
      );
    }
    return done;
  });
  if (report.gateFailures.length > 0) throw new Error(`size gate failed:\n  ${report.gateFailures.join('\n  ')}`);
}

/** The image the build wrote as an OCI layout, read as the registry would be read after a push. */
export async function measureBuilt(ctx: RunContext, inputs: Inputs, dir: string): Promise<ImageFacts | undefined> {
  const started = ctx.now();
  try {
    const image = await new OciLayout(dir).image(inputs.tags[0] ?? 'image');
    ctx.runner.info(`measured the built image (not pushed) from the OCI layout the build wrote: ${image?.platforms.length ?? 0} platform(s) in ${Math.round(ctx.now() - started)} ms`);
    return image;
  } catch (e) {
    ctx.runner.warning(`the image was built, but measuring it failed: ${(e as Error).message}`);
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A fork's pull request cannot be commented on with its own token: the report goes to an
 * artifact of the run, for the base repository's workflow_run job (comment-only.ts).
 */
async function saveReportForBaseRepository(ctx: RunContext, facts: Facts, sizes: { image: string; markdown: string; json: string }): Promise<string | undefined> {
  const github = facts.github;
  if (!github.pullRequestNumber || !github.pullRequestHeadSha) return undefined;
  const { REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_SCHEMA } = await import('./report/shared.js');
  const report: SharedReport = {
    schema: REPORT_SCHEMA,
    pullRequest: github.pullRequestNumber,
    headSha: github.pullRequestHeadSha,
    job: github.job,
    markdown: sizes.markdown,
    sizes: JSON.parse(sizes.json) as unknown
  };
  const name = `${REPORT_ARTIFACT_PREFIX}${shortHash(sizes.image, github.job).slice(0, 12)}`;
  const dir = fs.mkdtempSync(path.join(facts.tmpDir, 'report-'));
  fs.writeFileSync(path.join(dir, REPORT_FILE), JSON.stringify(report, null, 2));
  try {
    await uploadFile(name, path.join(dir, REPORT_FILE));
    return name;
  } catch (e) {
    ctx.runner.warning(`saving the size report for the base repository failed: ${(e as Error).message}`);
    return undefined;
  }
}

/** build-push-action's switches: DOCKER_BUILD_SUMMARY=false (no job summary), DOCKER_BUILD_CHECKS_ANNOTATIONS=false. */
export function summaryWanted(env: NodeJS.ProcessEnv): boolean {
  return parseBool(env.DOCKER_BUILD_SUMMARY ?? '', 'go') !== false;
}
