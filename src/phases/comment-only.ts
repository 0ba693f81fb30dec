/**
 * `comment-only: true`: the second half of a fork's pull request report. In the base
 * repository a `workflow_run` job (triggered when the pull request's workflow completes,
 * with `pull-requests: write`) downloads the size report the fork's run saved, checks it
 * (report/shared.ts: its content comes from the fork's code) and upserts the comment. It
 * builds nothing and runs nothing from the fork. The artifacts are the fork's too: they are
 * counted and their names checked before any is downloaded, then read one at a time into
 * memory under byte caps counted as they arrive (github/artifacts.ts); every report and its
 * pull request's head are checked before any comment is written.
 */
import type { Ports } from '../ports.js';
import { listArtifacts, quotedName, readArtifacts, type ArtifactSource } from '../github/artifacts.js';
import { postReportComment, pullRequestHead } from '../github/comment.js';
import { InputError, InputErrors } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { sizeMarkdown } from '../report/markdown.js';
import { checkSharedReport, isReportArtifactName, isReportProblem, REPORT_ARTIFACT_PREFIX, REPORT_FILE, REPORT_MAX_BYTES, type CheckedReport } from '../report/shared.js';

/** One report per image and job: a run with more is not one of ours. */
const MAX_REPORTS = 20;
/** All of a run's reports together, as received and as unpacked: twenty reports of a few kB are far less. */
const REPORTS_MAX_TOTAL_BYTES = 1024 * 1024;

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
  const token = inputs['github-token'];
  if (!token)
    throw new InputErrors([
      new InputError(
        'github-token',
        'is empty, but comment-only reads the run and writes the comment with it',
        'Leave it at its default (github.token), with permissions actions: read and pull-requests: write.'
      )
    ]);
  const [repositoryOwner, repositoryName] = github.repository.split('/');
  const source: ArtifactSource = { fromRun: { token, workflowRunId: run.id, repositoryOwner, repositoryName, apiUrl: github.apiUrl } };
  const refused = (why: string) => new Error(`the size reports of run ${run.id} were refused: ${why}. No comment was written.`);
  // Listed, counted and their names checked before anything is downloaded.
  let listed;
  try {
    listed = await listArtifacts(REPORT_ARTIFACT_PREFIX, source);
  } catch (e) {
    throw refused((e as Error).message);
  }
  if (listed.length > MAX_REPORTS) throw new Error(`run ${run.id} has ${listed.length} size report artifacts, more than the ${MAX_REPORTS} a workflow makes; none was posted.`);
  if (listed.length === 0) {
    runner.info(`run ${run.id} saved no size report (it pushed, commented itself, or measured nothing): nothing to post`);
    return;
  }
  const odd = listed.find(a => !isReportArtifactName(a.name));
  if (odd) throw refused(`artifact ${quotedName(odd.name)} is not named as hoist names a size report (${REPORT_ARTIFACT_PREFIX} and 12 hex digits)`);
  let artifacts;
  try {
    artifacts = await readArtifacts(listed, { maxBytes: REPORT_MAX_BYTES, maxTotalBytes: REPORTS_MAX_TOTAL_BYTES });
  } catch (e) {
    throw refused((e as Error).message);
  }
  // Every report is checked before any comment is written.
  const checked: CheckedReport[] = [];
  for (const artifact of artifacts) {
    try {
      const text = artifact.files[REPORT_FILE];
      if (text === undefined) throw new Error(`it holds no ${REPORT_FILE}`);
      const report = checkSharedReport(text, { headSha: run.headSha, pullRequests: run.pullRequests });
      // Listed in the payload or not, the API says which commit the pull request is at: a number the payload lists is no proof.
      const head = await pullRequestHead(token, github, report.pullRequest);
      if (head !== run.headSha)
        throw new Error(`it is for pull request #${report.pullRequest}, whose head is ${head ?? 'unknown (no such pull request)'}, not ${run.headSha}, the commit the run built`);
      checked.push(report);
    } catch (e) {
      const why = isReportProblem(e) || !(e as { status?: number }).status ? (e as Error).message : `the pull request could not be read: ${(e as Error).message}`;
      throw new Error(`artifact ${artifact.name} of run ${run.id} was refused: ${why}. No comment was written.`);
    }
  }
  for (const report of checked) {
    const body = `${sizeMarkdown(report.report, report.gates)}\n_Measured by the pull request's run ${run.id} at ${report.headSha.slice(0, 7)}; posted from the base repository._\n`;
    const done = await postReportComment(token, github, { pullRequest: report.pullRequest, image: report.report.image, job: report.job }, body, runner);
    runner.info(`${done.action} the size comment on pull request #${report.pullRequest} from run ${run.id}: ${done.url}`);
  }
}
