/**
 * The build record phase: with DOCKER_BUILD_RECORD_UPLOAD=true, the build's record
 * exported from the builder's history (`.dockerbuild`, which Docker Desktop's Builds view
 * and `docker buildx history import` open) and uploaded as an artifact of the run, as
 * build-push-action does after a build, failed ones too. Off by default, where
 * build-push-action uploads: a documented departure. Nothing here fails the step.
 * Follows docker/build-push-action v7.3.0: src/main.ts.
 */
import * as path from 'node:path';
import { buildxVersion, type BuildMetadata } from '../buildx/buildx.js';
import { exportRecord, latestLocalRef, MIN_HISTORY_EXPORT } from '../buildx/history.js';
import { artifactServiceMissing, uploadRawFile } from '../github/artifacts.js';
import { atLeast } from '../plan/semver.js';
import type { Job } from '../plan/run.js';
import type { Ports } from '../ports.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import { formatBytes } from '../util/bytes.js';

/**
 * GitHub Enterprise Server, where @actions/artifact 2+ cannot upload: any server but
 * github.com, *.ghe.com and *.localhost (docker/actions-toolkit v0.92.0 src/github/github.ts `isGHES`).
 */
export function isGHES(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname.toUpperCase();
  } catch {
    return false;
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

/** Why the record is not uploaded though the switch asks for it, said as build-push-action's summary check says it; undefined when it can be. */
function skipped(ports: Ports, job: Job): string | undefined {
  if (!ports.env.buildSummary) return 'DOCKER_BUILD_SUMMARY=false: build-push-action exports the record with the build summary, and so does hoist';
  const call = job.inputs.call;
  if (call && call !== 'build') return `no build record for a ${call} subrequest`;
  if (isGHES(job.facts.github.serverUrl)) return 'build records are not yet uploaded on GHES (@actions/artifact does not support it)';
  return undefined;
}

/**
 * Exports and uploads the record of the build that just ran: the ref from its metadata
 * file, or for a failed build (buildx writes no metadata file then) the newest build
 * buildx recorded on the builder since this step started.
 */
export async function uploadBuildRecord(ports: Ports, job: Job, metadata?: BuildMetadata): Promise<void> {
  const { runner } = ports;
  const { upload, retentionDays, problem } = ports.env.buildRecord;
  if (problem) return runner.warning(problem);
  if (!upload) return;
  await runner.group('Build record', async () => {
    const skip = skipped(ports, job);
    if (skip) return runner.info(skip);
    try {
      const version = await buildxVersion(ports.exec);
      if (!atLeast(version, MIN_HISTORY_EXPORT)) return runner.info(`no build record: exporting one needs buildx ${MIN_HISTORY_EXPORT} or later, this is ${version}`);
      const ref = metadata?.ref ?? latestLocalRef(ports.env.buildxConfig, job.facts.builder.name, performance.timeOrigin);
      if (!ref) return runner.info('no build record: buildx gave no build reference');
      const github = job.facts.github;
      const record = await exportRecord(ports.exec, { ref, repository: github.repository, dir: path.join(job.facts.tmpDir, 'record'), ...(version ? { buildxVersion: version } : {}) });
      runner.info(`build record ${ref} written to ${record.file} (${formatBytes(record.bytes)})`);
      const missing = artifactServiceMissing(ports.env.actions);
      if (missing) return runner.warning(`the build record was not uploaded: ${missing}, so this step cannot reach the artifact service`);
      const uploaded = await uploadRawFile(record.file, retentionDays);
      const name = path.basename(record.file);
      runner.info(`build record uploaded as artifact ${name}${retentionDays !== undefined ? `, kept ${retentionDays} days` : ''}: ${artifactUrl(github, uploaded.id)}`);
      runner.appendSummary(recordMarkdown(github, name, uploaded));
    } catch (e) {
      // As build-push-action: a record that cannot be exported or uploaded is a warning, never a failed step.
      runner.warning(`the build record was not uploaded: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

function artifactUrl(github: WorkflowFacts, id: number): string {
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/artifacts/${id}`;
}

/**
 * The summary's line for the record. The link is relative to the run's page, as the toolkit
 * writes it (src/github/summary.ts): the repository's name may be masked as a secret.
 */
export function recordMarkdown(github: Pick<WorkflowFacts, 'runId'>, name: string, uploaded: { id: number; size: number }): string {
  return [
    '### Build record',
    '',
    `:arrow_down: [**${name}**](./${github.runId}/artifacts/${uploaded.id}) (${formatBytes(uploaded.size)}): the build's record, to import into Docker Desktop's Builds view or with \`docker buildx history import\`.`,
    ''
  ].join('\n');
}
