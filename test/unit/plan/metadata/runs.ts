/**
 * The workflow runs the metadata tests read: the event payload fixtures, the GITHUB_* variables the
 * runner sets for each, and the context metaContext builds from them (through readWorkflowFacts and
 * readRunEnv, as the action does).
 */
import * as fs from 'node:fs';
import { readRunEnv } from '../../../../src/runner/env.js';
import { readWorkflowFacts } from '../../../../src/runner/workflow.js';
import { metaContext, type MetaContext } from '../../../../src/plan/metadata/index.js';

export const NOW = new Date('2024-05-01T03:00:00Z');
export const MAIN_SHA = '3c9f5a7b1e2d4c6f8a0b9e7d5c3a1f2e4b6d8c0a';
export const TAG_SHA = 'e4d909c290d0fb1ca068ffaddf22cbd0f1b2c3d4';
export const PR_MERGE_SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
export const PR_HEAD_SHA = '5994471abb01112afcc18159f6cc74b4f511b998';
export const TARGET_HEAD_SHA = 'b1946ac92492d2347c6235b4d2611184a1b2c3d4';
export const IMAGE = 'ghcr.io/acme/rocket';

export type Run = 'push' | 'tag' | 'pull_request' | 'pull_request_target' | 'release' | 'workflow_dispatch' | 'schedule';

/** Each run: its event payload fixture and the GITHUB_* variables the runner sets for it. */
const RUNS: Record<Run, { fixture: string; env: Record<string, string> }> = {
  push: { fixture: 'push', env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } },
  tag: { fixture: 'push-tag', env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: TAG_SHA } },
  pull_request: {
    fixture: 'pull_request',
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: PR_MERGE_SHA, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature/Foo' }
  },
  // pull_request_target runs in the base branch: GITHUB_REF and GITHUB_SHA name main.
  pull_request_target: {
    fixture: 'pull_request_target',
    env: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'patch-1' }
  },
  release: { fixture: 'release', env: { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: TAG_SHA } },
  workflow_dispatch: { fixture: 'workflow_dispatch', env: { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } },
  schedule: { fixture: 'schedule', env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA } }
};

export const payloadOf = (fixture: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(new URL(`../../../fixtures/events/${fixture}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** metaContext from an environment record, as the action reads it: the workflow facts and the DOCKER_METADATA_* switches. */
export function contextFromEnv(env: Record<string, string>, payload: unknown, now = NOW): MetaContext {
  return metaContext(readWorkflowFacts(env), readRunEnv(env).metadata, payload, now);
}

/** The context of a run; `ref` moves a push to another branch or tag (the payload's ref follows). */
export function contextOf(run: Run, ref?: string, env: Record<string, string> = {}): MetaContext {
  const payload = payloadOf(RUNS[run].fixture);
  const runEnv: Record<string, string> = { GITHUB_REPOSITORY: 'acme/rocket', GITHUB_SERVER_URL: 'https://github.com', ...RUNS[run].env, ...env };
  if (ref) runEnv.GITHUB_REF = ref;
  return contextFromEnv(runEnv, 'ref' in payload && ref ? { ...payload, ref } : payload);
}

const CREATED: Record<Run, string> = {
  // push: the time of the commit GITHUB_SHA names, from payload.commits
  push: '2024-04-30T12:22:05.000Z',
  // tag push: head_commit
  tag: '2024-04-29T09:15:00.000Z',
  pull_request: '2024-05-01T03:00:00.000Z',
  pull_request_target: '2024-05-01T03:00:00.000Z',
  release: '2024-05-01T03:00:00.000Z',
  workflow_dispatch: '2024-05-01T03:00:00.000Z',
  schedule: '2024-05-01T03:00:00.000Z'
};
const REVISION: Record<Run, string> = {
  push: MAIN_SHA,
  tag: TAG_SHA,
  pull_request: PR_MERGE_SHA,
  pull_request_target: MAIN_SHA,
  release: TAG_SHA,
  workflow_dispatch: MAIN_SHA,
  schedule: MAIN_SHA
};

/** The generated labels, as metadata-action sorts them; a schedule's payload has no repository description or license. */
export function ociLabels(run: Run, version: string, revision = REVISION[run]): string[] {
  return [
    `org.opencontainers.image.created=${CREATED[run]}`,
    `org.opencontainers.image.description=${run === 'schedule' ? '' : 'Launches containers into orbit'}`,
    `org.opencontainers.image.licenses=${run === 'schedule' ? '' : 'MIT'}`,
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/acme/rocket',
    'org.opencontainers.image.title=rocket',
    'org.opencontainers.image.url=https://github.com/acme/rocket',
    `org.opencontainers.image.version=${version}`
  ];
}

export const tagged = (...names: string[]): string[] => names.map(name => `${IMAGE}:${name}`);

export const RELEASE_RULES = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', 'type=ref,event=branch', 'type=ref,event=pr', 'type=sha'];
