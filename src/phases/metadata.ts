/**
 * The metadata phase: tags, labels and annotations from the git context
 * (docker/github-builder's `meta-*` inputs, docker/metadata-action's rules), worked out
 * after the login (`latest` is checked against the tags the registry holds) and before
 * the build, merged into the inputs the rest of the run reads (plan/meta-inputs.ts), and
 * set as the metadata outputs.
 */
import { InputError, InputErrors } from '../inputs/errors.js';
import type { Inputs } from '../inputs/inputs.js';
import { metaInputs, withMetadata } from '../plan/meta-inputs.js';
import type { Git, MetaContext, MetaInputs, MetaResult } from '../plan/metadata/index.js';
import type { Ports } from '../ports.js';
import type { RegistryClient } from '../registry/client.js';
import { parseReference } from '../registry/reference.js';
import type { Runner } from '../runner/protocol.js';
import type { WorkflowFacts } from '../runner/workflow.js';

type Log = Pick<Runner, 'info' | 'warning'>;

/** For a step with meta-images: the inputs with the generated metadata merged in; said in the log and set as outputs. */
export async function metadata(ports: Ports, inputs: Inputs): Promise<Inputs> {
  if (inputs['meta-images'].length === 0) return inputs;
  return ports.runner.group('Metadata', async () => {
    const generated = await applyMetadata(ports, inputs, new Date(), ports.runner);
    return reportMetadata(ports.runner, generated.inputs, generated.meta);
  });
}

/** The inputs with the generated metadata merged in, and the metadata, for the outputs. */
async function applyMetadata(ports: Pick<Ports, 'env' | 'registry' | 'exec'>, inputs: Inputs, now: Date, log: Log): Promise<{ inputs: Inputs; meta: MetaResult }> {
  // The rules engine (and semver) load only for a step with meta-* inputs: they are most of the bundle's start-up.
  const { computeMetadata, metaContext, higherStableRelease, gitContext } = await import('../plan/metadata/index.js');
  // Without a readable event (a local run) the rules see what the GITHUB_* variables say.
  let context = metaContext(ports.env.workflow, ports.env.metadata, ports.env.eventPayload, now);
  if (inputs['meta-context'] === 'git') {
    // metadata-action's context: git: ref, sha and commit date from the checkout's HEAD, not the event.
    const git = await gitContext(gitIn(ports));
    context = { ...context, ...git, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
    log.info(`meta-context: git: ${git.ref} at ${git.sha}`);
  }
  if (!context.commitTime) context = { ...context, commitTime: await commitTimeFromApi(inputs, ports.env.workflow, context.sha, log) };
  const meta = await keepLatestOnHighest(ports.registry, computeMetadata(metaInputs(inputs), context), higherStableRelease, log);
  const merged = withMetadata(inputs, meta);
  // A pull request is compared with the base branch's image under the same rules (its tag, prefix and suffix included).
  if (!merged['compare-to'] && context.baseRef) {
    const base = baseBranchTag(inputs, context, computeMetadata);
    if (base) merged['compare-to'] = base;
  }
  return { inputs: merged, meta };
}

/** `git <args>` through the exec port, in the step's working directory (the workspace, as metadata-action's): its trimmed stdout, or an error with git's words. */
function gitIn(ports: Pick<Ports, 'exec'>): Git {
  return async args => {
    const result = await ports.exec('git', args);
    if (result.exitCode !== 0) throw new Error(`meta-context: git: \`git ${args.join(' ')}\` failed (is the workspace a checkout?): ${(result.stderr || result.stdout).trim()}`);
    return result.stdout.trim();
  };
}

/**
 * The commit's date when the payload carries none (pull_request, release, schedule …):
 * asked of the REST API, as metadata-action does; the run's time (undefined here) only
 * when the API cannot answer, with a warning, since `created` and `{{commit_date}}` then
 * change from one run of the same commit to the next.
 */
async function commitTimeFromApi(inputs: Pick<Inputs, 'github-token'>, workflow: Pick<WorkflowFacts, 'apiUrl' | 'repository'>, sha: string, log: Log): Promise<string | undefined> {
  try {
    const { commitDate } = await import('../github/commits.js');
    return await commitDate({ token: inputs['github-token'], apiUrl: workflow.apiUrl, repository: workflow.repository, sha });
  } catch (e) {
    log.warning(
      `meta-tags: the commit date of ${sha} is not in the event and the GitHub API could not give it (${(e as Error).message}): created and {{commit_date}} use the run's time, so a rebuild of this commit gets other labels`
    );
    return undefined;
  }
}

/**
 * `latest` only for the highest stable release: an image whose repository already holds
 * a higher `x.y.z` (a fix released for an older line, e.g. 1.2.4 after 2.0.0) keeps its
 * `latest` where it is. Its tags are read from the registry with the step's login; when
 * they cannot be, `latest` is pushed as metadata-action would, with a warning.
 */
async function keepLatestOnHighest(registry: RegistryClient, meta: MetaResult, higherStableRelease: (version: string, tags: string[]) => string | undefined, log: Log): Promise<MetaResult> {
  const latest = meta.tags.filter(t => t.endsWith(':latest'));
  const dropped = new Set<string>();
  for (const tag of latest) {
    const image = tag.slice(0, -':latest'.length);
    try {
      const higher = higherStableRelease(meta.version, await registry.listTags(parseReference(image)));
      if (higher) {
        dropped.add(tag);
        log.info(`latest stays on ${image}:${higher}, a higher release than ${meta.version}`);
      }
    } catch (e) {
      log.warning(`meta-tags: could not list ${image}'s tags (${(e as Error).message}); latest is pushed without checking for a higher release`);
    }
  }
  if (dropped.size === 0) return meta;
  const tags = meta.tags.filter(t => !dropped.has(t));
  return { ...meta, tags, json: { ...meta.json, tags } };
}

/** The first tag the rules give a push to the pull request's base branch, or undefined when they give none. */
function baseBranchTag(inputs: Inputs, context: MetaContext, computeMetadata: (inputs: MetaInputs, context: MetaContext) => MetaResult): string | undefined {
  const push: MetaContext = { ...context, eventName: 'push', ref: `refs/heads/${context.baseRef}`, baseRef: undefined, headRef: undefined, prNumber: undefined, prHeadSha: undefined };
  try {
    return computeMetadata(metaInputs(inputs), push).tags.find(t => !t.endsWith(':latest'));
  } catch {
    return undefined;
  }
}

/** Says what the rules gave, sets the metadata outputs, and refuses a push they gave no tag for. */
function reportMetadata(runner: Runner, inputs: Inputs, meta: MetaResult): Inputs {
  runner.info(`version: ${meta.version || '(none)'}`);
  runner.info(`tags:${meta.tags.map(t => `\n  ${t}`).join('') || ' (none)'}`);
  runner.info(`labels:${meta.labels.map(l => `\n  ${l}`).join('')}`);
  for (const warning of meta.warnings ?? []) runner.warning(warning);
  if (inputs['compare-to']) runner.info(`sizes are compared with ${inputs['compare-to']}`);
  runner.setOutput('meta-json', JSON.stringify(meta.json));
  // metadata-action's outputs, each joined by its sep-* (a newline when empty).
  const sep = (value: string): string => value || '\n';
  runner.setOutput('tags', meta.tags.join(sep(inputs['meta-sep-tags'])));
  runner.setOutput('tag-names', meta.tagNames.join(sep(inputs['meta-sep-tags'])));
  runner.setOutput('labels', meta.labels.join(sep(inputs['meta-sep-labels'])));
  runner.setOutput('annotations', meta.annotations.join(sep(inputs['meta-sep-annotations'])));
  runner.setOutput('version', meta.version);
  if (inputs.push && inputs.tags.length === 0) {
    throw new InputErrors([
      new InputError(
        'meta-tags',
        `no rule gives a tag for this run (${inputs['meta-tags'].length ? 'the rules given' : "metadata-action's default rules"})`,
        'Add a rule for this event (e.g. type=ref,event=branch or type=sha), or set push: false for it.'
      )
    ]);
  }
  return inputs;
}
