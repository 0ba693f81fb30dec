/**
 * The workflow run as the runner describes it to an action: the GITHUB_* variables
 * and the event payload file (what @actions/github calls `context`).
 */
import * as fs from 'node:fs';

export interface WorkflowFacts {
  serverUrl: string;
  /** `owner/repo`; empty outside Actions. */
  repository: string;
  runId: string;
  runAttempt: string;
  sha: string;
  ref: string;
  eventName: string;
  /** From the event payload; undefined when the payload does not say. */
  repositoryPrivate?: boolean;
  /** The pull request head sha, when the event has one. */
  pullRequestHeadSha?: string;
  /** The pull request number, on pull_request events. */
  pullRequestNumber?: number;
  /** GITHUB_BASE_REF: the branch a pull request targets. */
  baseRef?: string;
  /** GITHUB_HEAD_REF: the branch a pull request comes from. */
  headRef?: string;
  /** The repository's default branch, from the event payload. */
  defaultBranch?: string;
  /** The pull request comes from another repository (a fork): its token cannot write comments. */
  pullRequestFromFork?: boolean;
  /** On a workflow_run event: the run that triggered it, as its payload says. */
  workflowRun?: WorkflowRunFacts;
  /** GITHUB_JOB: the job id, part of the PR comment's identity. */
  job: string;
  apiUrl: string;
}

interface WorkflowRunFacts {
  id: number;
  /** The commit the triggering run built (its pull request's head, for a pull_request run). */
  headSha: string;
  /** The triggering run's event (`pull_request`). */
  event: string;
  /** Pull request numbers GitHub links to it; empty for one from a fork. */
  pullRequests: number[];
}

/** The parts of the event payload hoist reads; each is checked for its type before use. */
interface EventPayload {
  repository?: { private?: boolean; default_branch?: string; full_name?: string };
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } };
  workflow_run?: { id?: number; head_sha?: string; event?: string; pull_requests?: Array<{ number?: number }> };
}

/** The event payload (GITHUB_EVENT_PATH), parsed; `{}` when there is none to read (local runs). */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): unknown {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
  } catch {
    // No readable event: the payload-derived facts stay unknown.
    return {};
  }
}

/** The workflow run as the runner describes it in the environment and the event file. */
export function readWorkflowFacts(env: NodeJS.ProcessEnv = process.env): WorkflowFacts {
  const payload = (readEventPayload(env) ?? {}) as EventPayload;
  const facts: WorkflowFacts = {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    job: env.GITHUB_JOB ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com'
  };
  if (env.GITHUB_BASE_REF) facts.baseRef = env.GITHUB_BASE_REF;
  if (env.GITHUB_HEAD_REF) facts.headRef = env.GITHUB_HEAD_REF;
  if (typeof payload.repository?.default_branch === 'string') facts.defaultBranch = payload.repository.default_branch;
  if (typeof payload.pull_request?.number === 'number') facts.pullRequestNumber = payload.pull_request.number;
  if (typeof payload.repository?.private === 'boolean') facts.repositoryPrivate = payload.repository.private;
  if (typeof payload.pull_request?.head?.sha === 'string') facts.pullRequestHeadSha = payload.pull_request.head.sha;
  const headRepository = payload.pull_request?.head?.repo?.full_name;
  const baseRepository = payload.repository?.full_name ?? facts.repository;
  // A deleted fork has no head repo at all: still not this repository.
  if (payload.pull_request) facts.pullRequestFromFork = payload.pull_request.head?.repo === null || (typeof headRepository === 'string' && headRepository !== baseRepository);
  const run = payload.workflow_run;
  if (typeof run?.id === 'number' && typeof run.head_sha === 'string') {
    facts.workflowRun = {
      id: run.id,
      headSha: run.head_sha,
      event: typeof run.event === 'string' ? run.event : '',
      pullRequests: (run.pull_requests ?? []).map(p => p.number).filter((n): n is number => typeof n === 'number')
    };
  }
  return facts;
}

/** The branch a run builds: a pull request's head, else the pushed branch. */
export function branchOf(github: WorkflowFacts): string | undefined {
  if (github.headRef) return github.headRef;
  return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}
