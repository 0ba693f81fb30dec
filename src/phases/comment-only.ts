/**
 * `comment-only: true`: the second half of a fork's pull request report. In the base
 * repository a `workflow_run` job (triggered when the pull request's workflow completes,
 * with `pull-requests: write`) downloads the size report the fork's run saved, checks it
 * (report/shared.ts: its content comes from the fork's code) and upserts the comment. It
 * builds nothing and runs nothing from the fork. The artifacts are the fork's too: they are
 * counted and their names checked before any is downloaded, then read one at a time into
 * memory under byte caps counted as they arrive (github/artifacts.ts); every report and its
 * pull request's head are checked before any comment is written.
 * The "What changed" table is worked out here, not taken from the artifact: the fork's
 * layers (checked to add up to its sizes) against the baseline this job reads from the
 * registry itself, anonymously and by the digests the run compared with, named by the
 * Dockerfile this job reads at the pull request's head through the contents API.
 */
import { createHash } from 'node:crypto';
import type { Ports } from '../ports.js';
import { listArtifacts, quotedName, readArtifacts, type ArtifactSource } from '../github/artifacts.js';
import { postReportComment, pullRequestHead } from '../github/comment.js';
import { readRepositoryFile } from '../github/contents.js';
import { InputError, InputErrors } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import type { PlatformImage } from '../readback/image.js';
import { inspectImage } from '../readback/inspect.js';
import { parseReference } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { changedRows } from '../report/changes.js';
import { baselineMismatch, forkChanges, type DockerfileRead } from '../report/fork-changes.js';
import { sizeMarkdown } from '../report/markdown.js';
import { fileUrl } from '../report/report.js';
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
  const checked: Array<{ report: CheckedReport; note: string }> = [];
  for (const artifact of artifacts) {
    try {
      const text = artifact.files[REPORT_FILE];
      if (text === undefined) throw new Error(`it holds no ${REPORT_FILE}`);
      const report = checkSharedReport(text, { headSha: run.headSha, pullRequests: run.pullRequests });
      // Listed in the payload or not, the API says which commit the pull request is at: a number the payload lists is no proof.
      const head = await pullRequestHead(token, github, report.pullRequest);
      if (head !== run.headSha)
        throw new Error(`it is for pull request #${report.pullRequest}, whose head is ${head ?? 'unknown (no such pull request)'}, not ${run.headSha}, the commit the run built`);
      checked.push({ report, note: await compareWithBaseline(ports, token, report) });
    } catch (e) {
      const why = isReportProblem(e) || !(e as { status?: number }).status ? (e as Error).message : `the pull request could not be read: ${(e as Error).message}`;
      throw new Error(`artifact ${artifact.name} of run ${run.id} was refused: ${why}. No comment was written.`);
    }
  }
  for (const { report, note } of checked) {
    const body = `${sizeMarkdown(report.report, report.gates)}${note}\n_Measured by the pull request's run ${run.id} at ${report.headSha.slice(0, 7)}; posted from the base repository._\n`;
    const done = await postReportComment(token, github, { pullRequest: report.pullRequest, image: report.report.image, job: report.job }, body, runner);
    runner.info(`${done.action} the size comment on pull request #${report.pullRequest} from run ${run.id}: ${done.url}`);
  }
}

/** One line of at most 300 characters, for the log: a registry's or GitHub's words, which a fork's report may have chosen the source of. */
function oneLine(text: string): string {
  const line = text.replace(/\p{Cc}+/gu, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

/**
 * The "What changed" table of `checked`, worked out here: its layerChanges (and the
 * Dockerfile's link) are set on its report, and the note said below the tables when the
 * table is left out or its lines could not be named (empty when whole). Throws when the
 * baseline the registry holds at a digest the report names is not the one its numbers say.
 */
async function compareWithBaseline(ports: Ports, token: string, checked: CheckedReport): Promise<string> {
  const { runner } = ports;
  const report = checked.report;
  if (!report.baseline.found) return '';
  if (!checked.layers) return `\n_No "What changed" table: the pull request's run sent no layers to compare (a hoist older than this one, or a report too large to carry them)._\n`;
  const reference = report.baseline.reference;
  // Anonymously: the fork's report names the baseline, and must not make this job read what its logins could.
  const registry = ports.registry.anonymous();
  const baselines = new Map<string, PlatformImage>();
  for (const row of report.platforms) {
    if (!row.base) continue;
    const read = await readBaselinePlatform(runner, registry, reference, row.base.digest);
    if (typeof read === 'string') return `\n_No "What changed" table: the baseline of ${row.platform} ${read}._\n`;
    const image = read;
    const mismatch = baselineMismatch(row, image);
    if (mismatch) throw new Error(mismatch);
    baselines.set(row.platform, { ...image, platform: row.platform });
  }
  const dockerfile = await readDockerfile(runner, token, ports.env.workflow, checked.headSha, checked.layers.dockerfile);
  const compared = forkChanges(checked.layers, baselines, dockerfile);
  report.layerChanges = compared.layerChanges;
  const path = checked.layers.dockerfile;
  if (compared.lines && path) report.dockerfile = { path, url: fileUrl(ports.env.workflow.serverUrl, ports.env.workflow.repository, checked.headSha, path) };
  const rows = changedRows(compared.layerChanges);
  for (const row of rows) {
    const where = row.line !== undefined ? ` (${path ?? 'Dockerfile'}:${row.line})` : '';
    const platforms = Object.entries(row.platforms).map(([p, c]) => `${p} ${c.status} ${c.delta > 0 ? '+' : ''}${c.delta} bytes`);
    runner.info(`what changed vs ${reference}: ${oneLine(row.instruction)}${where}: ${platforms.join(', ')}`);
  }
  return compared.why && rows.length > 0 ? `\n_The "What changed" instructions are the image history's words, without lines: ${compared.why}._\n` : '';
}

/**
 * One platform of the baseline, by its manifest's digest (the client checks the manifest
 * against it) with its config checked against the manifest's: content the fork's report can
 * only name, not choose. Why not, in words for the comment, when it cannot be read.
 */
async function readBaselinePlatform(runner: Runner, registry: Ports['registry'], reference: string, digest: string): Promise<PlatformImage | string> {
  const ref = parseReference(reference);
  try {
    const image = (await inspectImage(registry, ref, digest))?.platforms[0];
    if (!image) return 'is not in the registry at the digest the run compared with';
    // Fetched once by inspectImage: this is the client's copy.
    const config = await registry.getBlob(ref, image.config.digest);
    if (`sha256:${createHash('sha256').update(config).digest('hex')}` !== image.config.digest) return 'has a config that does not match its digest in the registry';
    return image;
  } catch (e) {
    const status = (e as { status?: number }).status;
    runner.info(`the baseline ${reference} at ${digest} could not be read: ${oneLine((e as Error).message)}`);
    return `could not be read anonymously${status ? ` (HTTP ${status})` : ''}`;
  }
}

/** The Dockerfile at the pull request's head, through the base repository's contents API, or why not. */
async function readDockerfile(runner: Runner, token: string, github: WorkflowFacts, headSha: string, path: string | undefined): Promise<DockerfileRead> {
  if (!path) return { why: "the pull request's run read no Dockerfile in the repository" };
  const [owner, repo] = github.repository.split('/');
  const at = `\`${path}\` at ${headSha.slice(0, 7)}`;
  try {
    const text = await readRepositoryFile({ apiUrl: github.apiUrl, owner, repo, token, ref: headSha }, path);
    return text === undefined ? { why: `${at} is not in the repository` } : { text };
  } catch (e) {
    const status = (e as { status?: number }).status;
    runner.info(`the Dockerfile ${path} at ${headSha} could not be read: ${oneLine((e as Error).message)}`);
    const refused = status === 401 || status === 403 ? '; the job needs permissions: contents: read' : '';
    return { why: `GitHub's contents API did not give ${at} (${status ? `HTTP ${status}` : 'no content'})${refused}` };
  }
}
