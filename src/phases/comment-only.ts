/**
 * `comment-only: true`: the second half of a fork's pull request report. In the base
 * repository a `workflow_run` job (triggered when the pull request's workflow completes,
 * with `pull-requests: write`) downloads the size report the fork's run saved, checks it
 * (report/shared.ts: its content comes from the fork's code) and upserts the comment. It
 * builds nothing and runs nothing from the fork.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ports } from '../ports.js';
import { downloadFiles } from '../github/artifacts.js';
import { postReportComment, pullRequestHead } from '../github/comment.js';
import { InputError, InputErrors } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { sizeMarkdown } from '../report/markdown.js';
import { checkSharedReport, isReportProblem, REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_MAX_BYTES } from '../report/shared.js';
import { privateTmpDir } from '../runner/state.js';

const MAX_REPORTS = 20;

export async function commentOnly(ports: Ports, inputs: Pick<Inputs, 'github-token'>): Promise<void> {
  const { runner } = ports;
  const github = ports.env.workflow;
  const run = github.workflowRun;
  if (!run) {
    throw new InputErrors([
      new InputError(
        'comment-only',
        `needs a workflow_run event, not ${github.eventName || 'none'}`,
        'Run it in a workflow triggered by on: workflow_run (types: [completed]) of the workflow that builds the pull request.'
      )
    ]);
  }
  if (!inputs['github-token'])
    throw new InputErrors([
      new InputError(
        'github-token',
        'is empty, but comment-only reads the run and writes the comment with it',
        'Leave it at its default (github.token), with permissions actions: read and pull-requests: write.'
      )
    ]);
  const [repositoryOwner, repositoryName] = github.repository.split('/');
  const dir = fs.mkdtempSync(path.join(privateTmpDir(runner, ports.env.runnerTemp), 'reports-'));
  let artifacts;
  try {
    artifacts = await downloadFiles(REPORT_ARTIFACT_PREFIX, dir, {
      fromRun: { token: inputs['github-token'], workflowRunId: run.id, repositoryOwner, repositoryName },
      maxBytes: REPORT_MAX_BYTES
    });
  } catch (e) {
    throw new Error(`the size reports of run ${run.id} were refused: ${(e as Error).message}. No comment was written.`);
  }
  // One report per image and job: a run with more is not one of ours.
  if (artifacts.length > MAX_REPORTS) throw new Error(`run ${run.id} has ${artifacts.length} size report artifacts, more than the ${MAX_REPORTS} a workflow makes; none was posted.`);
  if (artifacts.length === 0) {
    runner.info(`run ${run.id} saved no size report (it pushed, commented itself, or measured nothing): nothing to post`);
    return;
  }
  for (const artifact of artifacts) {
    let checked;
    try {
      const text = artifact.files[REPORT_FILE];
      if (text === undefined) throw new Error(`it holds no ${REPORT_FILE}`);
      checked = checkSharedReport(text, { headSha: run.headSha, pullRequests: run.pullRequests });
      // A fork's run lists no pull request: the API says which commit the named one is at.
      if (run.pullRequests.length === 0) {
        const head = await pullRequestHead(inputs['github-token'], github, checked.pullRequest);
        if (head !== run.headSha)
          throw new Error(`it is for pull request #${checked.pullRequest}, whose head is ${head ?? 'unknown (no such pull request)'}, not ${run.headSha}, the commit the run built`);
      }
    } catch (e) {
      const why = isReportProblem(e) || !(e as { status?: number }).status ? (e as Error).message : `the pull request could not be read: ${(e as Error).message}`;
      throw new Error(`artifact ${artifact.name} of run ${run.id} was refused: ${why}. No comment was written.`);
    }
    const body = `${sizeMarkdown(checked.report, checked.gates)}\n_Measured by the pull request's run ${run.id} at ${checked.headSha.slice(0, 7)}; posted from the base repository._\n`;
    const done = await postReportComment(inputs['github-token'], github, { pullRequest: checked.pullRequest, image: checked.report.image, job: checked.job }, body);
    runner.info(`${done.action} the size comment on pull request #${checked.pullRequest} from run ${run.id}: ${done.url}`);
  }
}
