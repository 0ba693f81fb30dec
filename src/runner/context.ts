/**
 * The workflow run as the runner describes it to an action: the GITHUB_* variables
 * and the event payload file (what @actions/github calls `context`).
 */
import * as fs from 'node:fs';

export interface GitHubFacts {
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
  /** GITHUB_JOB: the job id, part of the PR comment's identity. */
  job: string;
  apiUrl: string;
}

/** The parts of the event payload hoist reads; each is checked for its type before use. */
interface EventPayload {
  repository?: { private?: boolean; default_branch?: string };
  pull_request?: { number?: number; head?: { sha?: string } };
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
export function readGitHubFacts(env: NodeJS.ProcessEnv = process.env): GitHubFacts {
  const payload = (readEventPayload(env) ?? {}) as EventPayload;
  const facts: GitHubFacts = {
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
  return facts;
}

/** The branch a run builds: a pull request's head, else the pushed branch. */
export function branchOf(github: GitHubFacts): string | undefined {
  if (github.headRef) return github.headRef;
  return github.ref.startsWith('refs/heads/') ? github.ref.slice('refs/heads/'.length) : undefined;
}
