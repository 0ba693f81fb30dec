/**
 * Follows docker/build-push-action v7.3.0: src/context.ts.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts, src/github/github.ts.
 */
import * as path from 'node:path';
import type { Inputs } from '../inputs/inputs.js';
import { secretEntry } from '../inputs/secrets.js';
import { atLeast } from './semver.js';
import { hasExporter, hasType, parseAttrs, resolveAttestationAttrs, splitKeyValue } from '../inputs/attrs.js';
import { parseBool } from '../util/boolean.js';
import { cacheFlags, resolveCache, type BuildRole, type CachePlan } from './cache.js';
import type { MeasurePlan } from './measure.js';
import type { WorkflowFacts } from '../runner/workflow.js';
import type { Facts } from './facts.js';

/** A file the build needs written before it starts (secret values never go on argv). */
interface PlannedFile {
  path: string;
  content: string;
}

export interface BuildPlan {
  /** Arguments to `docker`, starting with `buildx build`. */
  argv: string[];
  /** Secret files to write with mode 0600 and delete after the build. */
  files: PlannedFile[];
  metadataFile: string;
  /** Undefined when the exporter produces no image (local/tar outputs). */
  iidFile?: string;
  /** The resolved build context (the git context when the input is empty). */
  context: string;
  /** How an image that is not pushed is measured (plan/run.ts decides, plan/measure.ts plans); undefined when it is not. */
  measure?: MeasurePlan;
}

/** Every secret value the inputs carry: what must be masked before anything is logged. */
export function secretValues(inputs: Inputs): string[] {
  const values = inputs.secrets.map(s => splitKeyValue(s)[1]);
  if (inputs['github-token']) values.push(inputs['github-token']);
  return values.filter(v => v !== '');
}

/** docker/build-push-action's default context: the workflow's own commit, fetched by BuildKit. */
export function defaultGitContext(github: WorkflowFacts): string {
  return `${github.serverUrl}/${github.repository}.git#${builtCommit(github)}`;
}

/** The commit (or, without GITHUB_SHA, the ref) the default Git context builds (actions-toolkit's `gitContext`). */
export function builtCommit(github: Pick<WorkflowFacts, 'ref' | 'sha' | 'pullRequestHeadSha'>): string {
  let ref = github.ref;
  if (!ref.startsWith('refs/')) ref = `refs/heads/${ref}`;
  if (ref.startsWith('refs/pull/') && ref.endsWith('/head') && github.pullRequestHeadSha) return github.pullRequestHeadSha;
  return github.sha || ref;
}

/** `{{defaultContext}}` rendered as build-push-action renders it in `context` and `build-contexts` (`{{defaultContext}}:subdir` → the git context's subdirectory). */
export function withDefaultContext(value: string, gitContext: string): string {
  return value.replace(/\{\{\s*defaultContext\s*\}\}/g, gitContext);
}

function workflowRunUrl(github: WorkflowFacts): string {
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/attempts/${github.runAttempt}`;
}

/** Adds `builder-id=<run URL>` (as docker/build-push-action does) unless the user set one or there is no run. */
function withBuilderId(attrs: string, github: WorkflowFacts): string {
  if (!github.repository || parseAttrs(attrs).some(([k]) => k === 'builder-id')) return attrs;
  const id = `builder-id=${workflowRunUrl(github)}`;
  return attrs ? `${attrs},${id}` : id;
}

/** The `provenance` input: a boolean, or attributes (`mode=max`). */
function provenanceAttrs(input: string, github: WorkflowFacts): string {
  const enabled = parseBool(input, 'yaml');
  if (enabled === false) return 'false';
  return withBuilderId(enabled ? '' : input, github);
}

function attestArgs(inputs: Inputs, facts: Facts): string[] {
  const args: string[] = [];
  const attestsProvenance = inputs.attests.some(a => hasType('provenance', a));
  let provenanceSet = false;
  if (inputs.provenance) {
    const attrs = provenanceAttrs(inputs.provenance, facts.github);
    args.push('--attest', resolveAttestationAttrs(`type=provenance${attrs ? `,${attrs}` : ''}`));
    provenanceSet = true;
  } else if (!attestsProvenance && !facts.noDefaultAttestations && atLeast(facts.builder.buildkitVersion, 'v0.11.0') && !inputs.load && !hasExporter('docker', inputs.outputs)) {
    // Same default as build-push-action: full provenance for public repositories,
    // buildx's own minimal inline one for private ones (don't leak build details).
    const mode = facts.github.repositoryPrivate === false ? 'mode=max' : 'mode=min,inline-only=true';
    args.push('--attest', `type=provenance,${withBuilderId(mode, facts.github)}`);
  }
  let sbomSet = false;
  if (inputs.sbom) {
    args.push('--attest', resolveAttestationAttrs(`type=sbom,${inputs.sbom}`));
    sbomSet = true;
  }
  // `provenance`/`sbom` inputs win over the same type in `attests`.
  for (const attest of inputs.attests) {
    if (hasType('provenance', attest)) {
      if (!provenanceSet) args.push('--attest', withBuilderId(attest, facts.github));
    } else if (hasType('sbom', attest)) {
      if (!sbomSet) args.push('--attest', attest);
    } else {
      args.push('--attest', resolveAttestationAttrs(attest));
    }
  }
  return args;
}

/** The `KEY=value` entries with both parts (a secret file that is not there is left out by checkInputs, which can look). */
function resolvable(entries: string[]): Array<{ key: string; value: string }> {
  return entries.flatMap(entry => secretEntry(entry) ?? []);
}

/** A build that produces only its cache attests nothing: buildx would add provenance by default. */
const NO_ATTESTATIONS = ['--attest', 'type=provenance,disabled=true', '--attest', 'type=sbom,disabled=true'];

/**
 * Inputs + facts → the exact `docker buildx build` argv of one build of the run
 * (`role`: the image, or a build that produces only its cache). Pure: it touches no
 * file and runs nothing; the argv order follows build-push-action so logs compare 1:1.
 */
export function planBuild(inputs: Inputs, facts: Facts, cache: CachePlan = resolveCache(inputs, facts), role: BuildRole = { kind: 'image' }): BuildPlan {
  // Stage builds and the local cache export produce nothing but their cache: no tags,
  // push, load, image outputs, labels, annotations or attestations.
  const image = role.kind === 'image';
  const measure = role.kind === 'image' ? role.measure : undefined;
  const outputs = image ? [...inputs.outputs, ...(measure && 'outputs' in measure ? measure.outputs : [])] : ['type=cacheonly'];
  const target = role.kind === 'stage' ? role.stage.stage : inputs.target;
  const gitContext = defaultGitContext(facts.github);
  const context = withDefaultContext(inputs.context, gitContext) || gitContext;
  // BuildKit fetches the default git context itself (also as {{defaultContext}}:subdir); private repositories need the token.
  const usesDefaultGitContext = context.startsWith(gitContext);
  const metadataFile = path.join(facts.tmpDir, 'metadata.json');
  const producesImage = !hasExporter('local', outputs) && !hasExporter('tar', outputs);
  const iidFile = producesImage ? path.join(facts.tmpDir, 'iidfile') : undefined;
  const files: PlannedFile[] = [];

  const secretFromValue = (key: string, value: string): string => {
    const file = path.join(facts.tmpDir, `secret-${files.length + 1}`);
    files.push({ path: file, content: value });
    return `id=${key},src=${file}`;
  };

  const args: string[] = ['buildx', 'build'];
  const each = (flag: string, values: string[]): void => values.forEach(v => args.push(flag, v));
  each('--add-host', inputs['add-hosts']);
  each('--allow', inputs.allow);
  if (image) each('--annotation', inputs.annotations);
  each('--build-arg', inputs['build-args']);
  each(
    '--build-context',
    inputs['build-contexts'].map(entry => withDefaultContext(entry, gitContext))
  );
  const caches = cacheFlags(inputs, cache, role);
  each('--cache-from', caches.from);
  each('--cache-to', caches.to);
  if (inputs.call) args.push('--call', inputs.call);
  if (inputs['cgroup-parent']) args.push('--cgroup-parent', inputs['cgroup-parent']);
  // An entry build-push-action cannot resolve (no key, nothing after =) is not passed on; checkInputs warned about it.
  for (const secret of resolvable(inputs['secret-envs'])) args.push('--secret', `id=${secret.key},env=${secret.value}`);
  if (inputs.file) args.push('--file', inputs.file);
  if (iidFile) args.push('--iidfile', iidFile);
  if (image) each('--label', inputs.labels);
  each('--no-cache-filter', inputs['no-cache-filters']);
  each('--output', outputs);
  if (inputs.platforms.length > 0) args.push('--platform', inputs.platforms.join(','));
  args.push(...(image ? attestArgs(inputs, facts) : NO_ATTESTATIONS));
  for (const secret of resolvable(inputs.secrets)) args.push('--secret', secretFromValue(secret.key, secret.value));
  for (const secret of resolvable(inputs['secret-files'])) args.push('--secret', `id=${secret.key},src=${secret.value}`);
  // An empty GIT_AUTH_TOKEN (a fork's pull request) is skipped like any empty secret: github-token stands in for it.
  const hasGitAuthSecret = resolvable(inputs.secrets).some(s => s.key === 'GIT_AUTH_TOKEN' || s.key.startsWith('GIT_AUTH_TOKEN.'));
  if (inputs['github-token'] && usesDefaultGitContext && !hasGitAuthSecret) {
    args.push('--secret', secretFromValue(`GIT_AUTH_TOKEN.${new URL(facts.github.serverUrl).host}`, inputs['github-token']));
  }
  if (inputs['shm-size']) args.push('--shm-size', inputs['shm-size']);
  each('--ssh', inputs.ssh);
  if (image) each('--tag', inputs.tags);
  if (target) args.push('--target', target);
  each('--ulimit', inputs.ulimit);

  if (inputs.builder) args.push('--builder', inputs.builder);
  if (image && inputs.load) args.push('--load');
  args.push('--metadata-file', metadataFile);
  if (inputs.network) args.push('--network', inputs.network);
  if (inputs['no-cache']) args.push('--no-cache');
  if (inputs.pull) args.push('--pull');
  if (image && inputs.push) args.push('--push');
  args.push(context);

  return { argv: args, files, metadataFile, iidFile, context, ...(measure ? { measure } : {}) };
}

/** The same build without its cache exports: what is retried when only the export failed. */
export function withoutCacheExport(argv: string[]): string[] {
  return argv.filter((arg, i) => arg !== '--cache-to' && argv[i - 1] !== '--cache-to');
}
