/**
 * The context the rules read: the workflow run's facts, metadata-action's DOCKER_METADATA_*
 * switches and the event payload, read as metadata-action reads them, except that the repository
 * facts come from the payload, not the REST API.
 * Follows docker/metadata-action dc80280: src/context.ts.
 */
import type { MetadataSwitches } from '../../runner/env.js';
import type { WorkflowFacts } from '../../runner/workflow.js';
import type { MetaContext } from './types.js';

/** The workflow facts metaContext reads. */
export type MetaWorkflow = Pick<WorkflowFacts, 'eventName' | 'ref' | 'sha' | 'repository' | 'serverUrl' | 'headRef' | 'baseRef'>;

type JsonObject = Record<string, unknown>;
const objectOf = (value: unknown): JsonObject => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {});
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const integerOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

export const BRANCH_REF = /^refs\/heads\//;
export const TAG_REF = /^refs\/tags\//;
export const PULL_REF = /^refs\/pull\//;

/** Pure: builds the context from the workflow facts, the DOCKER_METADATA_* switches and the parsed event payload object. */
export function metaContext(workflow: MetaWorkflow, switches: MetadataSwitches, payload: unknown, now: Date): MetaContext {
  const event = objectOf(payload);
  const repository = objectOf(event.repository);
  const pullRequest = objectOf(event.pull_request);
  const eventName = workflow.eventName;
  const prNumber = integerOf(event.number) ?? integerOf(pullRequest.number);
  const prHeadSha = stringOf(objectOf(pullRequest.head).sha);

  let ref = workflow.ref;
  // pull_request_target runs on the base branch, so GITHUB_REF names that branch; metadata-action
  // (src/context.ts) shows the rules the pull request instead, so type=ref,event=pr gives pr-N.
  if (/pull_request_target/.test(eventName) && prNumber !== undefined) ref = `refs/pull/${prNumber}/merge`;

  // For a pull request GITHUB_SHA is the merge commit GitHub made; metadata-action takes the
  // head commit only when asked to (DOCKER_METADATA_PR_HEAD_SHA=true).
  let sha = workflow.sha;
  if (switches.prHeadSha && /pull_request/.test(eventName) && prHeadSha) sha = prHeadSha;

  const fullName = workflow.repository || stringOf(repository.full_name) || '';
  const serverUrl = workflow.serverUrl;
  const branch = BRANCH_REF.test(ref) ? ref.replace(BRANCH_REF, '') : undefined;

  return {
    eventName,
    ref,
    sha,
    repository: fullName,
    serverUrl,
    // A schedule's payload carries no repository, and GitHub runs scheduled workflows on the
    // default branch only: that branch is the default one (metadata-action asks the API instead).
    defaultBranch: stringOf(repository.default_branch) ?? (/schedule/.test(eventName) ? branch : undefined),
    baseRef: baseRefOf(ref, event, pullRequest, workflow.baseRef),
    headRef: workflow.headRef || stringOf(objectOf(pullRequest.head).ref),
    prNumber,
    prHeadSha,
    repo: {
      name: stringOf(repository.name) ?? (fullName.split('/')[1] || undefined),
      description: stringOf(repository.description),
      htmlUrl: stringOf(repository.html_url) ?? (fullName ? `${serverUrl}/${fullName}` : undefined),
      license: stringOf(objectOf(repository.license).spdx_id)
    },
    commitTime: commitTimeOf(event, sha),
    now,
    shortShaLength: shortShaLengthOf(switches.shortShaLength),
    annotationLevels: annotationLevelsOf(switches.annotationLevels)
  };
}

/** metadata-action's `{{base_ref}}`: a tag push's payload.base_ref, or a pull request's base branch (GITHUB_BASE_REF when the payload has none). */
function baseRefOf(ref: string, event: JsonObject, pullRequest: JsonObject, githubBaseRef: string | undefined): string | undefined {
  if (TAG_REF.test(ref)) return stringOf(event.base_ref)?.replace(BRANCH_REF, '');
  if (PULL_REF.test(ref)) return stringOf(objectOf(pullRequest.base).ref) ?? (githubBaseRef || undefined);
  return undefined;
}

/** The time of the commit `sha` from a push payload (commits[], then head_commit), as metadata-action finds it before asking the API. */
export function commitTimeOf(event: JsonObject, sha: string): string | undefined {
  const commits = Array.isArray(event.commits) ? event.commits.map(objectOf) : [];
  const headCommit = objectOf(event.head_commit);
  const timestamp = stringOf(commits.find(commit => commit.id === sha)?.timestamp) ?? (headCommit.id === sha ? stringOf(headCommit.timestamp) : undefined);
  return timestamp && !Number.isNaN(Date.parse(timestamp)) ? new Date(timestamp).toISOString() : undefined;
}

/** DOCKER_METADATA_SHORT_SHA_LENGTH: a positive whole number, or undefined (the default, 7). */
export function shortShaLengthOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) === 0) throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid length: ${value}`);
  return Number(value);
}

/** DOCKER_METADATA_ANNOTATIONS_LEVELS: comma-separated levels, `manifest` when unset or empty. */
export function annotationLevelsOf(value: string | undefined): string[] {
  return (value || 'manifest')
    .split(',')
    .map(level => level.trim())
    .filter(level => level !== '');
}
