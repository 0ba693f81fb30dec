/**
 * The tags, labels and annotations from the rules and the context: one function per rule type
 * (metadata-action's procSchedule, procSemver, procPep440, procMatch, procEdge, procRefBranch/Tag/PR,
 * procRaw, procSha), then the flavor, `latest`, the images and the OCI labels. Where hoist departs
 * from it, it says so next to the code: `created` is the commit's time when the payload has it, and
 * `latest` never goes to a pre-release (semver or PEP 440).
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */
import * as semver from 'semver';
import { BRANCH_REF, PULL_REF, TAG_REF } from './context.js';
import { parsePep440 } from './pep440.js';
import { matchRegExp, readInputs } from './rules.js';
import { dateHelper, isRawOnly, renderChecked, type Helper, type Scope, type ScopeValue } from './template.js';
import { MetaRuleError, type Flavor, type MetaContext, type MetaInput, type MetaInputs, type MetaResult, type TagRule } from './types.js';

/** Docker's tag rule: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
const VALID_TAG = /^[\w][\w.-]{0,127}$/;

/** metadata-action's sanitising: every run of characters a tag cannot hold becomes one '-'; case is kept, length is not cut. */
export const sanitizeTag = (tag: string): string => tag.replace(/[^a-zA-Z0-9._-]+/g, '-');

export const shortSha = (sha: string, length: number): string => (length >= sha.length ? sha : sha.slice(0, length));

/** A rule's tag before prefix and suffix, and whether latest=auto adds `latest` after it. */
export interface RuleTag {
  value: string;
  latestAuto: boolean;
}

/** The refs of the run, as the rules read them: '' when the run is not on a branch, or not on a tag. */
interface Refs {
  branch: string;
  gitTag: string;
}

const attr = (rule: TagRule, key: string): string => rule.attrs.get(key) ?? '';
const renderGlobal = (rule: TagRule, source: string, scope: Scope): string => renderChecked('meta-tags', rule.entry, source, scope);
/** Not a pre-release in any version scheme the rules know: semver (v1.3.0-rc.1) or PEP 440 (1.1beta2, 2.0.dev1); anything else counts as stable. */
const notPrerelease = (tag: string): boolean => semver.prerelease(semver.clean(tag, { loose: true }) ?? '') === null && parsePep440(tag)?.prerelease !== true;

/** metadata-action's isDefaultBranch: the ref is the default branch, or the event always runs on it. */
export function isDefaultBranch(ctx: Pick<MetaContext, 'ref' | 'defaultBranch' | 'eventName'>): boolean {
  const name = ctx.ref.replace(BRANCH_REF, '');
  if (name === '') return false;
  if (ctx.defaultBranch === name) return true;
  // metadata-action: these events always run on the default branch's last commit.
  return /create|discussion|issues|schedule/.test(ctx.eventName);
}

/** The version a semver/pep440/match rule reads: value= when given, else the pushed tag; none off a tag. */
function versionSource(rule: TagRule, gitTag: string, scope: Scope): string | undefined {
  if (attr(rule, 'value') !== '') return renderGlobal(rule, attr(rule, 'value'), scope);
  return gitTag !== '' ? gitTag : undefined;
}

/** semver/pep440 `match=`: group 1 of it, or the whole version (with a warning) when it does not match. */
function matchedVersion(rule: TagRule, version: string, warnings: string[]): string {
  const match = attr(rule, 'match');
  if (match === '') return version;
  const found = new RegExp(match).exec(version);
  if (found) return found[1] ?? '';
  warnings.push(`${match} does not match ${version}.`);
  return version;
}

/** type=schedule: the pattern, on a scheduled run only. */
export function scheduleTag(rule: TagRule, eventName: string, scheduleScope: Scope): RuleTag | undefined {
  return /schedule/.test(eventName) ? { value: renderChecked('meta-tags', rule.entry, attr(rule, 'pattern'), scheduleScope), latestAuto: false } : undefined;
}

/** type=semver: the pattern filled from the version; a pre-release gives {{version}} (or {{raw}}) and no latest. */
export function semverTag(rule: TagRule, source: string, warnings: string[]): RuleTag | undefined {
  const version = matchedVersion(rule, source, warnings).replace(/\//g, '-');
  const parsed = semver.valid(version) ? semver.parse(version, { loose: true }) : null;
  if (!parsed) {
    warnings.push(`${version} is not a valid semver. More info: https://semver.org/`);
    return undefined;
  }
  const pattern = attr(rule, 'pattern');
  const scope: Scope = new Map<string, ScopeValue>([
    ['version', parsed.version],
    ['major', parsed.major],
    ['minor', parsed.minor],
    ['patch', parsed.patch],
    ['raw', parsed.raw],
    ['prerelease', parsed.prerelease],
    ['build', parsed.build]
  ]);
  // A pre-release gives {{version}} whatever the pattern (or {{raw}} when that is the whole pattern):
  // {{major}} and {{major}}.{{minor}} must not move to a release candidate. Duplicates fold later.
  const prerelease = semver.prerelease(version) !== null;
  const template = prerelease && !isRawOnly(pattern) ? '{{version}}' : pattern;
  return { value: renderChecked('meta-tags', rule.entry, template, scope), latestAuto: !prerelease };
}

/** type=pep440: the pattern filled from the version; a pre, post or dev release gives the normalised version (or {{raw}}) and no latest. */
export function pep440Tag(rule: TagRule, source: string, warnings: string[]): RuleTag | undefined {
  const version = matchedVersion(rule, source, warnings).replace(/\//g, '-');
  const parsed = parsePep440(version);
  if (!parsed) {
    warnings.push(`${version} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
    return undefined;
  }
  const pattern = attr(rule, 'pattern');
  if (parsed.unstable) return { value: isRawOnly(pattern) ? version : parsed.clean, latestAuto: false };
  const scope: Scope = new Map<string, ScopeValue>([
    ['raw', version],
    ['version', parsed.clean],
    ['major', parsed.release[0]],
    ['minor', parsed.release[1] ?? 0],
    ['patch', parsed.release[2] ?? 0]
  ]);
  return { value: renderChecked('meta-tags', rule.entry, pattern, scope), latestAuto: true };
}

/** type=match: the group= of the pattern's match. */
export function matchTag(rule: TagRule, source: string, warnings: string[]): RuleTag | undefined {
  const pattern = attr(rule, 'pattern');
  const found = source.match(matchRegExp(pattern));
  if (!found) {
    warnings.push(`${pattern} does not match ${source}.`);
    return undefined;
  }
  const group = found[Number(attr(rule, 'group'))];
  if (group === undefined) {
    warnings.push(`Group ${attr(rule, 'group')} does not exist for ${pattern} pattern.`);
    return undefined;
  }
  // As for tags: never latest when the matched tag is a pre-release.
  return { value: group, latestAuto: notPrerelease(source) };
}

/** type=edge: `edge` on its branch= (the default branch when not given). */
export function edgeTag(rule: TagRule, branch: string, defaultBranch: string | undefined): RuleTag | undefined {
  const edgeBranch = attr(rule, 'branch') || defaultBranch;
  return branch !== '' && branch === edgeBranch ? { value: 'edge', latestAuto: false } : undefined;
}

/** type=ref: the branch, the tag, or the pull request's number, as event= says. */
export function refTag(rule: TagRule, ref: string, refs: Refs): RuleTag | undefined {
  const event = attr(rule, 'event');
  if (event === 'branch') return refs.branch !== '' ? { value: refs.branch, latestAuto: false } : undefined;
  // metadata-action gives latest to any pushed tag; hoist never to a pre-release
  // (v1.3.0-rc.1, 1.1beta2), so a release candidate cannot move the image users pull by default.
  if (event === 'tag') return refs.gitTag !== '' ? { value: refs.gitTag, latestAuto: notPrerelease(refs.gitTag) } : undefined;
  return PULL_REF.test(ref) ? { value: ref.replace(PULL_REF, '').replace(/\/merge$/, ''), latestAuto: false } : undefined;
}

/** type=raw: the value, its expressions rendered. */
export function rawTag(rule: TagRule, globalScope: Scope): RuleTag {
  return { value: renderGlobal(rule, attr(rule, 'value'), globalScope), latestAuto: false };
}

/** type=sha: the commit, short or long. */
export function shaTag(rule: TagRule, sha: string, shaLength: number): RuleTag | undefined {
  return sha !== '' ? { value: attr(rule, 'format') === 'short' ? shortSha(sha, shaLength) : sha, latestAuto: false } : undefined;
}

/** What every rule may read: the context, its refs, the template scopes and where warnings go. */
interface RuleRun extends Refs {
  ctx: MetaContext;
  shaLength: number;
  globalScope: Scope;
  scheduleScope: Scope;
  warnings: string[];
}

/** The rule's tag, by its type; undefined when the rule gives none on this run. */
function ruleTag(rule: TagRule, run: RuleRun): RuleTag | undefined {
  switch (rule.type) {
    case 'schedule':
      return scheduleTag(rule, run.ctx.eventName, run.scheduleScope);
    case 'semver':
    case 'pep440':
    case 'match': {
      const source = versionSource(rule, run.gitTag, run.globalScope);
      if (source === undefined) return undefined;
      const tagOf = { semver: semverTag, pep440: pep440Tag, match: matchTag }[rule.type];
      return tagOf(rule, source, run.warnings);
    }
    case 'edge':
      return edgeTag(rule, run.branch, run.ctx.defaultBranch);
    case 'ref':
      return refTag(rule, run.ctx.ref, run);
    case 'raw':
      return rawTag(rule, run.globalScope);
    case 'sha':
      return shaTag(rule, run.ctx.sha, run.shaLength);
  }
}

/** The tag with its prefix and suffix: a rule's own prefix=/suffix= (even empty, and the pr-/sha- defaults) wins over the flavor's. */
export function affixed(rule: TagRule, value: string, flavor: Flavor, globalScope: Scope): string {
  const prefix = rule.attrs.has('prefix') ? attr(rule, 'prefix') : flavor.prefix;
  const suffix = rule.attrs.has('suffix') ? attr(rule, 'suffix') : flavor.suffix;
  return `${renderGlobal(rule, prefix, globalScope)}${value}${renderGlobal(rule, suffix, globalScope)}`;
}

/** The rule's enable=, rendered: true or false, else the rule is refused. */
function isEnabled(rule: TagRule, globalScope: Scope): boolean {
  const enable = renderGlobal(rule, rule.attrs.get('enable') ?? 'true', globalScope);
  if (enable !== 'true' && enable !== 'false') throw new MetaRuleError('meta-tags', `'${rule.entry}': enable gave '${enable}', not true or false`, 'Use enable=true, false or {{is_default_branch}}.');
  return enable === 'true';
}

/**
 * The tag names in priority order, `latest` last. latest=auto follows the first (highest-priority) rule
 * that gives a tag: semver, pep440, match and ref,event=tag say yes (a pre-release no); schedule, branch,
 * pr, edge, raw and sha say no.
 */
function tagNamesOf(rules: TagRule[], flavor: Flavor, run: RuleRun): string[] {
  const names: string[] = [];
  let latest: boolean | undefined;
  for (const rule of rules) {
    if (!isEnabled(rule, run.globalScope)) continue;
    const produced = ruleTag(rule, run);
    if (produced === undefined) continue;
    const name = affixed(rule, produced.value, flavor, run.globalScope);
    if (name === '') continue;
    names.push(sanitizeTag(name));
    latest ??= flavor.latest === 'auto' ? produced.latestAuto : flavor.latest === 'true';
  }
  if (latest) {
    const prefix = flavor.prefixOnLatest ? renderChecked('meta-flavor', flavor.prefix, flavor.prefix, run.globalScope) : '';
    const suffix = flavor.suffixOnLatest ? renderChecked('meta-flavor', flavor.suffix, flavor.suffix, run.globalScope) : '';
    names.push(sanitizeTag(`${prefix}latest${suffix}`));
  }
  return [...new Set(names)];
}

/** The warning for a tag docker will refuse (metadata-action neither cuts nor refuses these; docker will, at push time). */
export function invalidTagWarning(name: string): string | undefined {
  if (VALID_TAG.test(name)) return undefined;
  return `tag '${name}' is not a valid Docker tag (${name.length > 128 ? `${name.length} characters, at most 128` : 'it must not start with . or -'}): docker will refuse it.`;
}

/** The scopes of the rules' templates: every global name, and the dates a schedule pattern knows. */
function scopesOf(ctx: MetaContext, refs: Refs, shaLength: number): { globalScope: Scope; scheduleScope: Scope } {
  const isDefault = isDefaultBranch(ctx);
  const commitDate = ctx.commitTime ? new Date(ctx.commitTime) : ctx.now;
  const dates: [string, Helper][] = [
    ['date', dateHelper(ctx.now)],
    ['commit_date', dateHelper(commitDate)]
  ];
  const globalScope: Scope = new Map<string, ScopeValue>([
    ['branch', refs.branch],
    ['tag', refs.gitTag],
    ['sha', shortSha(ctx.sha, shaLength)],
    ['base_ref', ctx.baseRef ?? ''],
    ['is_default_branch', String(isDefault)],
    ['is_not_default_branch', String(!isDefault)],
    ...dates
  ]);
  return { globalScope, scheduleScope: new Map(dates) };
}

/** The generated org.opencontainers.image.* entries. */
function generatedLabels(ctx: MetaContext, version: string): string[] {
  // metadata-action stamps created with the time it runs; the commit's time (when the payload has it)
  // keeps two builds of one commit identical, so their layers and digests can match.
  const created = ctx.commitTime ? new Date(ctx.commitTime).toISOString() : ctx.now.toISOString();
  return [
    `org.opencontainers.image.title=${ctx.repo.name ?? ''}`,
    `org.opencontainers.image.description=${ctx.repo.description ?? ''}`,
    `org.opencontainers.image.url=${ctx.repo.htmlUrl ?? ''}`,
    `org.opencontainers.image.source=${ctx.repo.htmlUrl ?? ''}`,
    `org.opencontainers.image.version=${version}`,
    `org.opencontainers.image.created=${created}`,
    `org.opencontainers.image.revision=${ctx.sha}`,
    `org.opencontainers.image.licenses=${ctx.repo.license ?? ''}`
  ];
}

export function computeMetadata(inputs: MetaInputs, ctx: MetaContext): MetaResult {
  const read = readInputs(inputs);
  if (read.problems.length > 0) throw read.problems[0];
  const shaLength = ctx.shortShaLength ?? 7;
  const refs: Refs = {
    branch: BRANCH_REF.test(ctx.ref) ? ctx.ref.replace(BRANCH_REF, '') : '',
    gitTag: TAG_REF.test(ctx.ref) ? ctx.ref.replace(TAG_REF, '') : ''
  };
  const run: RuleRun = { ctx, ...refs, shaLength, ...scopesOf(ctx, refs, shaLength), warnings: [] };

  const tagNames = tagNamesOf(read.rules, read.flavor, run);
  const version = tagNames.length > 0 ? tagNames[0] : '';
  for (const name of tagNames) {
    const warning = invalidTagWarning(name);
    if (warning) run.warnings.push(warning);
  }

  const images = read.images.filter(image => image.enabled).map(image => image.name);
  const tags = images.length > 0 ? images.flatMap(image => tagNames.map(name => `${image}:${name}`)) : tagNames;

  const generated = generatedLabels(ctx, version);
  const withUsers = (input: MetaInput, extra: string[]): string[] => mergeByKey([...generated, ...extra.map(entry => renderChecked(input, entry, entry, run.globalScope))]);
  const labels = withUsers('meta-labels', read.labels);
  const annotationEntries = withUsers('meta-annotations', read.annotations);
  const annotations = (ctx.annotationLevels ?? ['manifest']).flatMap(level => annotationEntries.map(entry => `${level}:${entry}`));

  return {
    version,
    tags,
    tagNames,
    labels,
    annotations,
    json: { tags, 'tag-names': tagNames, labels: Object.fromEntries(labels.map(splitKeyValue)), annotations },
    // Once each: three semver rules need not say three times that a tag is not semver.
    // The rules' own warnings in metadata-action's words, named for their input as the skipped entries are.
    warnings: [...new Set([...read.warnings, ...run.warnings.map(w => `meta-tags: ${w}`)])]
  };
}

const splitKeyValue = (entry: string): [string, string] => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];

/** Later entries win on the same key; sorted by key, as metadata-action outputs them. */
export function mergeByKey(entries: string[]): string[] {
  const byKey = new Map(entries.filter(entry => entry.indexOf('=') > 0).map(splitKeyValue));
  return [...byKey].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([key, value]) => `${key}=${value}`);
}

/**
 * `latest` belongs to the highest stable release: the highest `x.y.z` (with or without
 * a `v`) among the repository's tags when it is above `version`, else undefined. A
 * pre-release or a version that is no semver has nothing to compare.
 */
export function higherStableRelease(version: string, existingTags: string[]): string | undefined {
  const current = semver.clean(version, { loose: true });
  if (!current || semver.prerelease(current)) return undefined;
  let highest: { tag: string; version: string } | undefined;
  for (const tag of existingTags) {
    const v = semver.clean(tag, { loose: true });
    if (!v || semver.prerelease(v) || !semver.gt(v, current)) continue;
    if (!highest || semver.gt(v, highest.version)) highest = { tag, version: v };
  }
  return highest?.tag;
}
