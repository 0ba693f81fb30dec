import type { DockerfileSource } from '../inputs/dockerfile-source.js';
import type { WorkflowFacts } from '../runner/workflow.js';

/** One node of a builder, as `docker buildx inspect` lists it. */
export interface BuilderNode {
  name: string;
  endpoint: string;
  /** `running`, `inactive`, …; empty when buildx said nothing. */
  status: string;
  /** Platforms its BuildKit lists (native and emulated), normalised. */
  platforms: string[];
  /** Platforms given to `buildx create --platform` for it (starred in inspect): buildx prefers these. */
  declared: string[];
}

/** What hoist learns about its surroundings before planning; gathered by the setup phase, consumed purely. */
export interface BuilderFacts {
  name: string;
  driver: string;
  /** Platforms the builder's nodes can build, normalised (`linux/amd64`). */
  platforms: string[];
  /** Each node's endpoint as buildx records it (`unix:///run/buildkit/buildkitd.sock`, a docker context name). */
  endpoints?: string[];
  /** Each node, when buildx listed them. */
  nodes?: BuilderNode[];
  /** BuildKit version of the first node (`v0.32.2`), undefined when unknown or unstamped. */
  buildkitVersion?: string;
  /** The docker engine can hold multi-platform images (containerd image store). */
  engineLoadsMultiPlatform?: boolean;
}

export interface Facts {
  builder: BuilderFacts;
  github: WorkflowFacts;
  /** Private temp dir for the metadata/iid files and secret files. */
  tmpDir: string;
  /** BUILDX_NO_DEFAULT_ATTESTATIONS from the environment. */
  noDefaultAttestations: boolean;
  /** Where the Actions cache's directories go: the same path, ~/.cache/hoist, on every runner (the Actions cache versions entries by path). */
  cacheRoot: string;
  /** Why the Actions cache service cannot be used now; checked only when `cache` is gha or local. */
  actionsCacheUnusable?: string;
  /** The build's Dockerfile, read once before the input checks (phases/inputs.ts); undefined when it could not be. */
  dockerfile?: DockerfileSource;
}
