/** What hoist learns about its surroundings before planning; gathered by main, consumed purely. */
export interface BuilderFacts {
  name: string;
  driver: string;
  /** Platforms the builder's nodes can build, normalised (`linux/amd64`). */
  platforms: string[];
  /** BuildKit version of the first node (`v0.32.2`), undefined when unknown or unstamped. */
  buildkitVersion?: string;
  /** The docker engine can hold multi-platform images (containerd image store). */
  engineLoadsMultiPlatform?: boolean;
}

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

export interface Facts {
  builder: BuilderFacts;
  github: GitHubFacts;
  /** Private temp dir for the metadata/iid files and secret files. */
  tmpDir: string;
  /** BUILDX_NO_DEFAULT_ATTESTATIONS from the environment. */
  noDefaultAttestations: boolean;
  /** `cache: local`'s directories: the restored cache (when there was one) and a fresh one to export to. */
  localCache?: { from?: string; to?: string };
}
