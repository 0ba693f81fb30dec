/**
 * The size trend of a run (issue 31): a push on the default branch records this build's
 * point in the repository's history (src/readback/size-history.ts); every run with sizes
 * draws the last `size-trend` builds with its own image last. The history is read while
 * the build runs, written after the push, and checked in the post step (a concurrent
 * writer may have replaced it), so the default path waits for no pause. Failures only warn.
 */
import * as fs from 'node:fs';
import type { Inputs } from '../inputs/inputs.js';
import type { ImageFacts } from '../readback/image.js';
import { validPoint, type SizePoint } from '../plan/size-history.js';
import { checkPoint, pauseBeforeCheck, readHistory, writePoint, type ReadHistory, type Written } from '../readback/size-history.js';
import type { RegistryClient } from '../registry/client.js';
import { parseReference, repositoryName, type ImageReference } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { chooseBaseline } from './baseline.js';
import { pointOf, trendLength, trendMarkdown } from './trend.js';

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

/** The history, read while the build runs, from the repository the trend is about. */
export interface TrendRead {
  repository: ImageReference;
  /** The history, or why it could not be read (an Error, not a rejection: nothing awaits it until the report). */
  read: Promise<ReadHistory | Error>;
}

/** Starts reading the history, when there will be a trend to draw; undefined otherwise (`size-trend: none`, no tag). */
export function readTrendMeanwhile(registry: RegistryClient, inputs: Pick<Inputs, 'tags' | 'compare-to' | 'size-trend'>, github: WorkflowFacts): TrendRead | undefined {
  const repository = historyRepository(inputs, github);
  // 'none' or 0 turns the trend off altogether: no chart, and no tag written to the repository.
  if (trendLength(inputs['size-trend']) === 0 || !repository) return undefined;
  return { repository, read: readHistory(registry, repository).catch((e: Error) => e) };
}

export interface TrendRun {
  inputs: Pick<Inputs, 'size-trend'>;
  github: WorkflowFacts;
  /** Whether this run pushed the image it reports on (and is not a platform job handing it on). */
  pushedHere: boolean;
  time: Date;
}

/** A point written and not yet checked: the post step reads the history again (checkRecordedPoint). */
export interface PendingCheck {
  repository: string;
  point: SizePoint;
  written: Written;
  /** Epoch milliseconds, when the write landed: the post step waits out what is left of the pause. */
  writtenAt: number;
  /** Loopback registries that spoke plain HTTP: the post step's client need not try TLS first (~25 ms here, to build its TLS context). */
  plainHttp: string[];
}

export interface SizeTrend {
  /** The chart's Markdown, or '' (nothing to draw, or the history could not be read). */
  chart: Promise<string>;
  /** The point written (to check in the post step), or undefined: nothing to record, or a warning given; never rejects. */
  recorded: Promise<PendingCheck | undefined>;
}

export function sizeTrend(runner: Runner, registry: RegistryClient, image: ImageFacts, run: TrendRun, early: TrendRead): SizeTrend {
  const count = trendLength(run.inputs['size-trend']);
  const commit = run.github.pullRequestHeadSha || run.github.sha;
  const where = `${repositoryName(early.repository)}:hoist-size-history`;
  const point = pointOf(image, commit, run.time);
  const valid = /^[0-9a-f]{4,64}$/i.test(commit) && validPoint(point) !== undefined;
  // A point the history would drop on reading (no sha256 digest, no commit) would never show as written.
  const record = valid && run.pushedHere && onDefaultBranch(run.github);
  const recorded = record
    ? early.read
        .then(read => (read instanceof Error ? readHistory(registry, early.repository) : read))
        .then(read => writePoint(registry, early.repository, point, read))
        .then(
          (written): PendingCheck => {
            runner.info(`size history: this build's point recorded in ${where} (${written.history.points.length} point(s)); the post step checks it is still there`);
            return { repository: repositoryName(early.repository), point, written, writtenAt: Date.now(), plainHttp: registry.plainHttpHosts() };
          },
          (e: Error) => {
            runner.warning(`size history: this build's point could not be recorded in ${where}: ${e.message}`);
            return undefined;
          }
        )
    : Promise.resolve(undefined);
  const label = run.github.pullRequestNumber !== undefined ? `PR #${run.github.pullRequestNumber}` : 'this build';
  const chart = early.read.then(read => {
    if (read instanceof Error) {
      runner.warning(`size trend: the history in ${where} could not be read: ${read.message}`);
      return '';
    }
    // This build last, whatever the clocks say; on a push its point may already be in the history read.
    return valid ? trendMarkdown([...read.history.points.filter(p => p.digest !== point.digest || p.commit !== point.commit), point], count, label) : '';
  });
  return { chart, recorded };
}

/**
 * The post step's check of a point written by the main step: by now the pause before the
 * check has passed (what is left of it is waited out), so a writer that straddled ours has
 * landed; a point it dropped is merged in and written again. Only warns.
 */
export async function checkRecordedPoint(runner: Runner, registry: RegistryClient, pending: PendingCheck, now: () => number = Date.now): Promise<void> {
  const where = `${pending.repository}:hoist-size-history`;
  try {
    const started = now();
    const left = pauseBeforeCheck(pending.written) - (started - pending.writtenAt);
    if (left > 0) await new Promise(resolve => setTimeout(resolve, left));
    const history = await checkPoint(registry, parseReference(pending.repository), pending.point, pending.written);
    const waited = left > 0 ? `, ${Math.round(left)} ms of it the pause` : '';
    runner.info(`size history: this build's point is in ${where} (${history.points.length} point(s)); checked in ${Math.round(now() - started)} ms${waited}`);
  } catch (e) {
    runner.warning(`size history: this build's point may be missing from ${where}: ${(e as Error).message}`);
  }
}

/** The pending check as saved for the post step, with the docker config the write used (its logins: the post step's client reads them too). */
export interface SavedCheck extends PendingCheck {
  dockerConfig: string;
  buildxConfig: string;
}

export function savePendingCheck(file: string, saved: SavedCheck): void {
  fs.writeFileSync(file, JSON.stringify(saved));
}

export function readPendingCheck(file: string): SavedCheck {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SavedCheck;
}
