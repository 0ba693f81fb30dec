/**
 * Image tags, OCI labels and annotations from the git/GitHub context, in docker/metadata-action's
 * rule syntax and with its semantics, so a workflow can drop that step and hand its inputs to hoist
 * unchanged. The parts: types (shared, a leaf), context, rules, template, date-format, pep440, compute.
 *
 * Where hoist departs from metadata-action it says so next to the code: the `created` label is the
 * commit's time (from the payload, the REST API or the checkout; reproducible builds), hoist refuses rules metadata-action
 * would silently ignore or crash on (unknown attributes, bad regexes, unknown `{{expressions}}`),
 * and the repository facts come from the event payload (metadata-action asks the REST API).
 * Follows docker/metadata-action dc80280: src/meta.ts, src/tag.ts, src/flavor.ts, src/image.ts, src/context.ts.
 */
export { computeMetadata, higherStableRelease } from './compute.js';
export { metaContext } from './context.js';
export { gitContext, type Git } from './git-context.js';
export { checkMetaRules } from './rules.js';
export { MetaRuleError, type MetaContext, type MetaInputs, type MetaResult } from './types.js';
