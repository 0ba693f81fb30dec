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
  /** Pull request numbers GitHub links to it whose base is this repository; empty for one from a fork. */
  pullRequests: number[];
}

/** A repository as a workflow_run's pull_requests entry names it: id, API URL and name, nothing more. */
interface PayloadRepository {
  id?: number;
  url?: string;
  name?: string;
}

/** The parts of the event payload hoist reads; each is checked for its type before use. */
interface EventPayload {
  repository?: { id?: number; url?: string; private?: boolean; default_branch?: string; full_name?: string };
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } };
  workflow_run?: { id?: number; head_sha?: string; event?: string; pull_requests?: Array<{ number?: number; base?: { repo?: PayloadRepository | null } | null } | null> };
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

/** The workflow run as the runner describes it in the environment and the event file (read here unless given). */
export function readWorkflowFacts(env: NodeJS.ProcessEnv = process.env, eventPayload: unknown = readEventPayload(env)): WorkflowFacts {
  const payload = (eventPayload ?? {}) as EventPayload;
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
      pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : [])
        .filter(p => basedHere(p?.base?.repo, payload.repository, facts))
        .map(p => p?.number)
        .filter((n): n is number => typeof n === 'number')
    };
  }
  return facts;
}

/** An API URL compared as GitHub may spell it: any letter case, a trailing slash or not. */
const sameUrl = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/**
 * Whether a workflow_run's pull request has this repository as its base. GitHub lists in
 * `pull_requests` the open pull requests whose head is the run's branch and commit, in
 * whatever repository they are (a fork's own pull requests too), so a number alone may be
 * another repository's. Its base repository is matched by id when both the entry and the
 * event give one; else by API URL (the event's, or GITHUB_API_URL/repos/GITHUB_REPOSITORY),
 * with the name, when given, agreeing. A name alone proves nothing (a fork keeps it), and an
 * entry that says neither id nor URL is not taken for ours.
 */
function basedHere(base: PayloadRepository | null | undefined, repository: EventPayload['repository'], facts: WorkflowFacts): boolean {
  if (!base || typeof base !== 'object') return false;
  if (typeof base.id === 'number' && typeof repository?.id === 'number') return base.id === repository.id;
  if (typeof base.url !== 'string' || !facts.repository) return false;
  const ours = [`${facts.apiUrl}/repos/${facts.repository}`, ...(typeof repository?.url === 'string' ? [repository.url] : [])];
  const name = facts.repository.split('/')[1] ?? '';
  return ours.some(url => sameUrl(url, base.url!)) && (base.name === undefined || (typeof base.name === 'string' && base.name.toLowerCase() === name.toLowerCase()));
}

/** The branch a run builds: a pull request's head, else the pushed branch. */
export function branchOf(github: WorkflowFacts): string | undefined {
  if (github.headRef) return github.headRef;
  return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}
