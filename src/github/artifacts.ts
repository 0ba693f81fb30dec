/**
 * The run's artifacts (the Actions artifact service v4), through @actions/artifact: how a
 * platform job hands its digest on to the merge job without an upload or download step.
 * The client is imported only by a step that distributes or merges (it is large).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ActionsServices } from '../runner/env.js';

/** Why this step cannot reach the artifact service, or undefined: a runner gives every JavaScript action both variables. */
export function artifactServiceMissing(services: ActionsServices): string | undefined {
  const missing = [services.runtimeToken ? '' : 'ACTIONS_RUNTIME_TOKEN', services.resultsUrl ? '' : 'ACTIONS_RESULTS_URL'].filter(name => name !== '');
  return missing.length > 0 ? `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` : undefined;
}

/** Another run's artifacts, read through the REST API with a token (the comment job reads the pull request run's). */
export interface OtherRun {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

/** Uploads one small file as an artifact of the run (kept a day: only the merge job of this run reads it). */
export async function uploadFile(name: string, file: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file), { retentionDays: 1 });
  } catch (e) {
    throw new Error(`uploading artifact ${name} failed: ${describe(e)}`);
  }
}

/** The blob store's errors can come without a message: say at least their kind and status. */
function describe(e: unknown): string {
  const err = e as { message?: string; name?: string; statusCode?: number };
  return err.message || [err.name ?? 'error', err.statusCode ? `HTTP ${err.statusCode}` : ''].filter(Boolean).join(', ');
}

/**
 * Every artifact of the run whose name starts with `prefix`, the newest attempt's of each
 * name (a re-run job uploads under the same name), downloaded under `dir` and checked
 * against the digest the service recorded: name → the text of each file in it.
 */
export async function downloadFiles(prefix: string, dir: string, options: { fromRun?: OtherRun; maxBytes?: number } = {}): Promise<Array<{ name: string; files: Record<string, string> }>> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = options.fromRun ? { findBy: options.fromRun } : {};
  const { artifacts } = await client.listArtifacts({ latest: true, ...findBy }).catch((e: unknown) => {
    throw new Error(`listing the run's artifacts failed: ${describe(e)}`);
  });
  const ours = artifacts.filter(a => a.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  const large = options.maxBytes === undefined ? undefined : ours.find(a => a.size > options.maxBytes!);
  if (large) throw new Error(`artifact ${large.name} is ${large.size} bytes, more than the ${options.maxBytes} it may be`);
  return Promise.all(
    ours.map(async artifact => {
      const target = path.join(dir, artifact.name);
      const { digestMismatch } = await client.downloadArtifact(artifact.id, { path: target, ...findBy, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) }).catch((e: unknown) => {
        throw new Error(`downloading artifact ${artifact.name} failed: ${describe(e)}`);
      });
      if (digestMismatch) throw new Error(`artifact ${artifact.name} does not match the digest the artifact service recorded for it`);
      const files: Record<string, string> = {};
      for (const file of fs.readdirSync(target)) {
        const size = fs.statSync(path.join(target, file)).size;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw new Error(`artifact ${artifact.name} holds ${file} of ${size} bytes, more than the ${options.maxBytes} it may be`);
        files[file] = fs.readFileSync(path.join(target, file), 'utf8');
      }
      return { name: artifact.name, files };
    })
  );
}
