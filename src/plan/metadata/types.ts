/**
 * The metadata engine's shared types: the context the rules read, the meta-* inputs, the result,
 * the rule error, and the rules, flavor and images as read (metadata-action's Context and Inputs,
 * Tag and Type, Flavor, Image, and its outputs). A leaf: nothing here imports a sibling file, so the
 * parts form no import cycle.
 * Follows docker/metadata-action dc80280: src/context.ts, src/meta.ts, src/tag.ts, src/flavor.ts, src/image.ts.
 */
import { InputError } from '../../inputs/errors.js';

/** The workflow run as the rules see it: from the GITHUB_* variables and the event payload (no API call). */
export interface MetaContext {
  /** push, pull_request, pull_request_target, release, workflow_dispatch, schedule, ... */
  eventName: string;
  /** GITHUB_REF; for pull_request_target the pull request's `refs/pull/N/merge`, as metadata-action does. */
  ref: string;
  /** GITHUB_SHA; the pull request's head commit instead when DOCKER_METADATA_PR_HEAD_SHA=true. */
  sha: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  /** payload.repository.default_branch (for a schedule, whose payload has no repository: the branch it runs on). */
  defaultBranch?: string;
  /** What `{{base_ref}}` gives: a pull request's base branch, or a tag push's payload.base_ref. */
  baseRef?: string;
  headRef?: string;
  prNumber?: number;
  prHeadSha?: string;
  repo: { name?: string; description?: string; htmlUrl?: string; license?: string /* spdx_id */ };
  /** The commit's time (ISO), when the payload has it (push: the commit whose id is `sha`); used for `created` so builds are reproducible. */
  commitTime?: string;
  /** Now, for `{{date}}` and when no commit time is known. */
  now: Date;
  /** Length of a short sha (`type=sha`, `{{sha}}`): DOCKER_METADATA_SHORT_SHA_LENGTH, default 7. */
  shortShaLength?: number;
  /** Levels the annotations go to: DOCKER_METADATA_ANNOTATIONS_LEVELS, default `manifest` only (metadata-action's default). */
  annotationLevels?: string[];
}

export interface MetaInputs {
  /** meta-images: one image per entry, or `name=…,enable=true|false`; one entry may list several names separated by commas. */
  images: string[];
  /** meta-tags: one rule per entry; empty => metadata-action's default rules. */
  tags: string[];
  /** meta-flavor: latest=auto|true|false, prefix=…[,onlatest=true], suffix=…[,onlatest=true] */
  flavor: string[];
  /** meta-labels: extra key=value, win over generated ones. */
  labels: string[];
  /** meta-annotations: extra key=value, win over generated ones. */
  annotations: string[];
}

export interface MetaResult {
  /** metadata-action's `version` output: the highest-priority tag, with its prefix and suffix; '' when no rule gave one. */
  version: string;
  /** Full references image:tag, per image in priority order, `latest` last; deduplicated. Bare tags when no image is enabled. */
  tags: string[];
  /** Just the tag parts (metadata-action's `tag-names`). */
  tagNames: string[];
  /** key=value, sorted by key: the generated org.opencontainers.image.* merged with the user's (the user's win). */
  labels: string[];
  /** `level:key=value` for each level (default `manifest`) and each generated or user annotation, sorted by key within a level. */
  annotations: string[];
  /** metadata-action's `json` output (computeMetadata always sets `tag-names`; optional so a hand-built result may leave it out). */
  json: { tags: string[]; 'tag-names'?: string[]; labels: Record<string, string>; annotations: string[] };
  /** What metadata-action says as a warning: a tag that is not semver, a pattern that did not match; and a tag docker will refuse. Always set by computeMetadata. */
  warnings?: string[];
}

export type MetaInput = 'meta-images' | 'meta-tags' | 'meta-flavor' | 'meta-labels' | 'meta-annotations';

/** A rule hoist cannot read: an InputError, so validation reports it with the other input problems. */
export class MetaRuleError extends InputError {
  constructor(
    override readonly input: MetaInput,
    override readonly problem: string,
    override readonly fix: string
  ) {
    super(input, problem, fix);
    this.name = 'MetaRuleError';
  }
}

/** What is wrong with one rule, flavor or template, and how to fix it. */
export interface Problem {
  problem: string;
  fix: string;
}

/** The rule types, in metadata-action's order (src/tag.ts Type). */
export const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export interface TagRule {
  readonly entry: string;
  readonly type: RuleType;
  /** Attributes with metadata-action's defaults filled in (pr- and sha- prefixes, sha format, schedule pattern...). */
  readonly attrs: ReadonlyMap<string, string>;
  readonly priority: number;
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixOnLatest: boolean;
  suffix: string;
  suffixOnLatest: boolean;
}

export interface Image {
  name: string;
  enabled: boolean;
}

/** The meta-* inputs as read: rules sorted by priority, and every problem found on the way. */
export interface ReadInputs {
  rules: TagRule[];
  flavor: Flavor;
  images: Image[];
  labels: string[];
  annotations: string[];
  problems: MetaRuleError[];
  /** What metadata-action skips with a warning (hoist says which input): the run goes on without it. */
  warnings: string[];
}
