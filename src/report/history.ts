/**
 * The size trend of a run (issue 31): a push on the default branch records this build's
 * point in the repository's history (src/readback/size-history.ts); every run with sizes
 * draws the last `size-trend` builds with its own image last. Both only warn when the
 * history cannot be read or written, and both run beside the report, after the push.
 */
import type { Inputs } from '../inputs/inputs.js';
import type { ImageFacts } from '../readback/image.js';
import { validPoint } from '../plan/size-history.js';
import { readHistory, recordPoint } from '../readback/size-history.js';
import type { RegistryClient } from '../registry/client.js';
import { parseReference, repositoryName, type ImageReference } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { chooseBaseline } from './baseline.js';
import { pointOf, trendLength, trendMarkdown } from './trend.js';

export interface SizeTrend {
  /** The chart's Markdown, or '' (nothing to draw, or the history could not be read). */
  chart: Promise<string>;
  /** The point recorded, or a warning given; never rejects. */
  recorded: Promise<void>;
}

/** A push to the repository's default branch: the builds whose sizes make the history. */
export function onDefaultBranch(github: WorkflowFacts): boolean {
  return github.eventName === 'push' && github.defaultBranch !== undefined && github.ref === `refs/heads/${github.defaultBranch}`;
}

/**
 * Where the history is: on a push, the first tag's repository (the one pushed to); on a
 * pull request, the baseline's (the base image's), so the chart continues the base branch's line.
 */
function historyRepository(inputs: Pick<Inputs, 'tags' | 'compare-to'>, github: WorkflowFacts): ImageReference | undefined {
  const choice = github.baseRef ? chooseBaseline(inputs['compare-to'], inputs.tags, github) : undefined;
  const reference = choice && 'why' in choice ? choice.reference : inputs.tags[0];
  if (!reference) return undefined;
  try {
    return parseReference(reference);
  } catch {
    return undefined;
  }
}

export interface TrendRun {
  inputs: Pick<Inputs, 'tags' | 'compare-to' | 'size-trend'>;
  github: WorkflowFacts;
  /** Whether this run pushed the image it reports on (and is not a platform job handing it on). */
  pushedHere: boolean;
  time: Date;
}

export function sizeTrend(runner: Runner, registry: RegistryClient, image: ImageFacts, run: TrendRun): SizeTrend | undefined {
  const count = trendLength(run.inputs['size-trend']);
  const repository = historyRepository(run.inputs, run.github);
  const commit = run.github.pullRequestHeadSha || run.github.sha;
  // 'none' or 0 turns the trend off altogether: no chart, and no tag written to the repository.
  if (count === 0 || !repository || !/^[0-9a-f]{4,64}$/i.test(commit)) return undefined;
  const where = `${repositoryName(repository)}:hoist-size-history`;
  const point = pointOf(image, commit, run.time);
  // A point the history would drop on reading (no sha256 digest) would never show as written.
  const record = run.pushedHere && onDefaultBranch(run.github) && validPoint(point) !== undefined;
  const recorded = record
    ? recordPoint(registry, repository, point).then(
        history => runner.info(`size history: this build's point recorded in ${where} (${history.points.length} point(s))`),
        (e: Error) => runner.warning(`size history: this build's point could not be recorded in ${where}: ${e.message}`)
      )
    : Promise.resolve();
  const label = run.github.pullRequestNumber !== undefined ? `PR #${run.github.pullRequestNumber}` : 'this build';
  const chart = readHistory(registry, repository).then(
    // This build last, whatever the clocks say; on a push its point may already be in the history read.
    read => trendMarkdown([...read.history.points.filter(p => p.digest !== point.digest || p.commit !== point.commit), point], count, label),
    (e: Error) => {
      runner.warning(`size trend: the history in ${where} could not be read: ${e.message}`);
      return '';
    }
  );
  return { chart, recorded };
}
