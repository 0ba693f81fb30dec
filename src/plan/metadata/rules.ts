/**
 * Reading and checking the meta-* inputs: the tag rules and their defaults, the flavor, the images,
 * and the extra labels and annotations. hoist refuses what metadata-action would silently ignore or
 * crash on (unknown attributes, bad regexes, unknown `{{expressions}}`); every problem is collected,
 * so validation reports them all before any build.
 * Follows docker/metadata-action dc80280: src/tag.ts, src/flavor.ts, src/image.ts.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { isEnableValue, templateProblem } from './template.js';
import { MetaRuleError, RULE_TYPES, type Flavor, type Image, type MetaInputs, type Problem, type ReadInputs, type RuleType, type TagRule } from './types.js';

/** metadata-action's default priorities: the highest-priority tag is the version. */
const DEFAULT_PRIORITY: Record<RuleType, number> = { schedule: 1000, semver: 900, pep440: 900, match: 800, edge: 700, ref: 600, raw: 200, sha: 100 };

const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
const TYPE_ATTRIBUTES: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format']
};
const REF_EVENTS = ['branch', 'tag', 'pr'];

/** metadata-action's rules when meta-tags is empty. */
const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

/** Entries as metadata-action's input lists give them: `#` lines are comments. */
export const entriesOf = (list: string[]): string[] => list.map(entry => entry.trim()).filter(entry => entry !== '' && !entry.startsWith('#'));

/** One entry's CSV fields, read as metadata-action does: quotes protect commas. */
function csvFields(entry: string): string[] {
  return parseCsv(entry, { relaxColumnCount: true, skipEmptyLines: true })[0] ?? [];
}

/** `key=value` split at the first `=` (a field without one, or starting with one, is a bare value). */
export function splitField(field: string): { key?: string; value: string } {
  const at = field.indexOf('=');
  if (at <= 0) return { value: field.trim() };
  return { key: field.slice(0, at).trim().toLowerCase(), value: field.slice(at + 1).trim() };
}

const CSV_FIX = 'Put a field that holds a comma or a quote in double quotes, e.g. "pattern=^v(\\d+),group=1" ("" inside stands for one quote).';

/** Returns every problem hoist finds in the meta-* inputs (it does not throw): validation reports them before any build. */
export function checkMetaRules(inputs: MetaInputs): MetaRuleError[] {
  return readInputs(inputs).problems;
}

/** The meta-* inputs read, the rules sorted by priority, with every problem found. */
export function readInputs(inputs: MetaInputs): ReadInputs {
  const problems: MetaRuleError[] = [];
  const warnings: string[] = [];
  const tagEntries = entriesOf(inputs.tags);
  const rules = (tagEntries.length > 0 ? tagEntries : DEFAULT_RULES).flatMap(entry => readTagRule(entry, problems) ?? []);
  // Stable: rules of the same priority keep their order.
  rules.sort((a, b) => b.priority - a.priority);
  return {
    rules,
    flavor: readFlavor(entriesOf(inputs.flavor), problems),
    images: readImages(entriesOf(inputs.images), problems),
    labels: readKeyValues('meta-labels', entriesOf(inputs.labels), problems, warnings),
    annotations: readKeyValues('meta-annotations', entriesOf(inputs.annotations), problems, warnings),
    // Last: the readers above fill it.
    problems,
    warnings
  };
}

function readTagRule(entry: string, problems: MetaRuleError[]): TagRule | undefined {
  const refuse = (problem: string, fix: string): undefined => {
    problems.push(new MetaRuleError('meta-tags', `'${entry}': ${problem}`, fix));
    return undefined;
  };
  let fields: string[];
  try {
    fields = csvFields(entry);
  } catch (e) {
    return refuse(`not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
  }

  let type: RuleType = 'raw';
  const attrs = new Map<string, string>();
  for (const field of fields) {
    const { key, value } = splitField(field);
    if (key === 'type') {
      if (!isRuleType(value)) return refuse(`unknown type '${value}'`, `Use one of type=${RULE_TYPES.join(', type=')}.`);
      type = value;
      continue;
    }
    // metadata-action keeps the last one: `value={{date 'MMMM D, YYYY'}}` unquoted becomes value ` YYYY'}}`.
    const name = key ?? 'value';
    if (attrs.has(name)) return refuse(`${name} is given twice ('${attrs.get(name)}' and '${value}')`, `A comma splits an entry into fields: ${CSV_FIX}`);
    attrs.set(name, value);
  }

  const known = [...COMMON_ATTRIBUTES, ...TYPE_ATTRIBUTES[type]];
  for (const key of attrs.keys()) {
    if (known.includes(key)) continue;
    // metadata-action ignores an attribute it does not know: a typo (lenght=, brnch=) would go unnoticed.
    if (key === 'value') return refuse(`a ${type} rule takes no value ('${attrs.get('value')}' has no '=')`, `Write key=value; type=${type} takes ${known.join('=, ')}=.`);
    return refuse(`type=${type} has no '${key}' attribute`, `type=${type} takes ${known.join('=, ')}=.`);
  }

  const problem = fillTypeDefaults(type, attrs) ?? checkCommonAttributes(attrs);
  if (problem) return refuse(problem.problem, problem.fix);
  const priority = attrs.has('priority') ? Number(attrs.get('priority')) : DEFAULT_PRIORITY[type];
  return { entry, type, attrs, priority };
}

const isRuleType = (value: string): value is RuleType => (RULE_TYPES as readonly string[]).includes(value);

/** Checks a rule's own attributes and fills in metadata-action's defaults (src/tag.ts Parse). */
function fillTypeDefaults(type: RuleType, attrs: Map<string, string>): Problem | undefined {
  const setDefault = (key: string, value: string): void => {
    if (!attrs.has(key)) attrs.set(key, value);
  };
  switch (type) {
    case 'schedule':
      setDefault('pattern', 'nightly');
      return templateProblem(attrs.get('pattern') ?? '', 'schedule', 'pattern');
    case 'semver':
    case 'pep440': {
      const pattern = attrs.get('pattern');
      if (pattern === undefined) return { problem: 'a pattern is missing', fix: `Add pattern=, e.g. type=${type},pattern={{version}}.` };
      if (pattern === '') return { problem: 'the pattern is empty', fix: `Give one, e.g. pattern={{version}} or pattern={{major}}.{{minor}}.` };
      setDefault('value', '');
      setDefault('match', '');
      return templateProblem(pattern, type, 'pattern') ?? templateProblem(attrs.get('value') ?? '', 'global', 'value') ?? versionMatchProblem(attrs.get('match') ?? '');
    }
    case 'match':
      if (!attrs.has('pattern')) return { problem: 'a pattern is missing', fix: 'Add a regular expression, e.g. type=match,pattern=^v(\\d+\\.\\d+),group=1.' };
      setDefault('group', '0');
      setDefault('value', '');
      return matchPatternProblem(attrs.get('pattern') ?? '', attrs.get('group') ?? '0') ?? templateProblem(attrs.get('value') ?? '', 'global', 'value');
    case 'edge':
      setDefault('branch', '');
      return undefined;
    case 'ref': {
      const event = attrs.get('event');
      if (event === undefined) return { problem: 'an event is missing', fix: 'Add event=branch, event=tag or event=pr.' };
      if (!REF_EVENTS.includes(event)) return { problem: `event=${event} is not branch, tag or pr`, fix: 'Use event=branch, event=tag or event=pr.' };
      if (event === 'pr') setDefault('prefix', 'pr-');
      return undefined;
    }
    case 'raw':
      if (!attrs.has('value')) return { problem: 'a value is missing', fix: 'Add value=, e.g. type=raw,value=stable.' };
      return templateProblem(attrs.get('value') ?? '', 'global', 'value');
    case 'sha':
      setDefault('prefix', 'sha-');
      setDefault('format', 'short');
      if (!['short', 'long'].includes(attrs.get('format') ?? '')) return { problem: `format=${attrs.get('format')} is not short or long`, fix: 'Use format=short (7 characters) or format=long.' };
      return undefined;
  }
}

/**
 * type=match: the pattern must be a regular expression and group a number. A group the
 * pattern lacks is metadata-action's warning when the rule runs ("Group 2 does not
 * exist…"), and the rule gives no tag: hoist does the same (compute.ts, matchTag).
 */
function matchPatternProblem(pattern: string, group: string): Problem | undefined {
  try {
    matchRegExp(pattern);
  } catch (e) {
    return { problem: `pattern is not a regular expression (${e instanceof Error ? e.message : String(e)})`, fix: 'Fix the expression (JavaScript syntax; /expression/flags is read too).' };
  }
  if (!/^\d+$/.test(group)) return { problem: `group=${group} is not a group number`, fix: 'Give the number of a capture group: 0 for the whole match, 1 for the first (...).' };
  return undefined;
}

function checkCommonAttributes(attrs: Map<string, string>): Problem | undefined {
  const priority = attrs.get('priority');
  if (priority !== undefined && !/^-?\d+$/.test(priority))
    return { problem: `priority=${priority} is not a whole number`, fix: 'Give a number; higher comes first (defaults: schedule 1000, semver 900, match 800, edge 700, ref 600, raw 200, sha 100).' };
  const enable = attrs.get('enable');
  if (enable !== undefined && !isEnableValue(enable)) {
    return { problem: `enable=${enable} is not true, false, {{is_default_branch}} or {{is_not_default_branch}}`, fix: "A GitHub expression works too: enable=${{ github.ref == 'refs/heads/main' }}." };
  }
  return templateProblem(attrs.get('prefix') ?? '', 'global', 'prefix') ?? templateProblem(attrs.get('suffix') ?? '', 'global', 'suffix');
}

/** semver/pep440 `match=`: metadata-action takes capture group 1 of it (and crashes without one). */
function versionMatchProblem(match: string): Problem | undefined {
  if (match === '') return undefined;
  try {
    if (captureGroups(new RegExp(match)) >= 1) return undefined;
  } catch (e) {
    return { problem: `match is not a regular expression (${e instanceof Error ? e.message : String(e)})`, fix: 'Fix the expression, e.g. match=v(\\d+\\.\\d+\\.\\d+)$.' };
  }
  return { problem: 'match has no capture group: the version is taken from group 1', fix: 'Put the version part in parentheses, e.g. match=v(\\d+\\.\\d+\\.\\d+)$.' };
}

/** type=match's pattern: `/expression/flags`, or a bare expression. */
export function matchRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/(.*)$/.exec(pattern);
  return literal ? new RegExp(literal[1], literal[2]) : new RegExp(pattern);
}

/** How many capture groups a regular expression has (an alternative that matches the empty string reports them all). */
export const captureGroups = (re: RegExp): number => (new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, '')).exec('')?.length ?? 1) - 1;

function readFlavor(entries: string[], problems: MetaRuleError[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
  const refuse = (entry: string, problem: string, fix: string): void => void problems.push(new MetaRuleError('meta-flavor', `'${entry}': ${problem}`, fix));
  for (const entry of entries) {
    let fields: string[];
    try {
      fields = csvFields(entry);
    } catch (e) {
      refuse(entry, `not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
      continue;
    }
    // onlatest= applies to the prefix= or suffix= before it in the same entry.
    let onLatestFor: 'prefix' | 'suffix' | undefined;
    for (const field of fields) {
      const { key, value } = splitField(field);
      if (key === 'latest') {
        if (value === 'auto' || value === 'true' || value === 'false') flavor.latest = value;
        else refuse(entry, `latest=${value} is not auto, true or false`, 'Use latest=auto (latest on semver, match and tag rules), latest=true or latest=false.');
      } else if (key === 'prefix' || key === 'suffix') {
        const problem = templateProblem(value, 'global', key);
        if (problem) refuse(entry, problem.problem, problem.fix);
        flavor[key] = value;
        onLatestFor = key;
      } else if (key === 'onlatest') {
        if (value !== 'true' && value !== 'false') refuse(entry, `onlatest=${value} is not true or false`, 'Use onlatest=true or onlatest=false.');
        else if (onLatestFor === undefined) refuse(entry, 'onlatest= follows no prefix= or suffix=', 'Put it in the same entry after the one it is for, e.g. prefix=app-,onlatest=true.');
        else flavor[onLatestFor === 'prefix' ? 'prefixOnLatest' : 'suffixOnLatest'] = value === 'true';
      } else {
        refuse(
          entry,
          key === undefined ? `'${value}' is not key=value` : `unknown flavor '${key}'`,
          'meta-flavor takes latest=auto|true|false, prefix=…[,onlatest=true] and suffix=…[,onlatest=true].'
        );
      }
    }
  }
  return flavor;
}

function readImages(entries: string[], problems: MetaRuleError[]): Image[] {
  const refuse = (entry: string, problem: string, fix: string): void => void problems.push(new MetaRuleError('meta-images', `'${entry}': ${problem}`, fix));
  const images: Image[] = [];
  const fieldsOf = (entry: string): string[] | undefined => {
    try {
      return csvFields(entry);
    } catch (e) {
      refuse(entry, `not a CSV record (${e instanceof Error ? e.message : String(e)})`, CSV_FIX);
      return undefined;
    }
  };
  // metadata-action's old format: a single entry listing names separated by commas.
  if (entries.length === 1) {
    const fields = fieldsOf(entries[0]);
    if (fields === undefined) return [];
    if (fields.every(field => !field.includes('='))) {
      for (const field of fields) addImage(entries[0], { name: field.trim(), enabled: true });
      return images;
    }
  }
  for (const entry of entries) {
    const fields = fieldsOf(entry);
    if (fields === undefined) continue;
    const image: Image = { name: '', enabled: true };
    for (const field of fields) {
      const { key, value } = splitField(field);
      if (key === undefined || key === 'name') image.name = value;
      else if (key === 'enable' && (value === 'true' || value === 'false')) image.enabled = value === 'true';
      else if (key === 'enable') refuse(entry, `enable=${value} is not true or false`, 'Use enable=true or enable=false (a GitHub expression giving one works).');
      else refuse(entry, `unknown image attribute '${key}'`, 'An image entry takes name= and enable=.');
    }
    addImage(entry, image);
  }
  return images;

  function addImage(entry: string, image: Image): void {
    if (image.name === '') return refuse(entry, 'the image name is empty', 'Give the repository, e.g. ghcr.io/acme/app or name=ghcr.io/acme/app.');
    // The tags are appended as image:tag, so a tag or digest in the name gives a reference docker refuses.
    const lastPart = image.name.slice(image.name.lastIndexOf('/') + 1);
    if (lastPart.includes(':') || image.name.includes('@'))
      return refuse(entry, 'the image name has a tag or digest', `Give the repository only (${image.name.replace(/[:@][^/]*$/, '')}): the rules in meta-tags make the tags.`);
    // metadata-action lowercases image names (repositories are lowercase); tags keep their case.
    images.push({ name: image.name.toLowerCase(), enabled: image.enabled });
  }
}

function readKeyValues(input: 'meta-labels' | 'meta-annotations', entries: string[], problems: MetaRuleError[], warnings: string[]): string[] {
  return entries.filter(entry => {
    // metadata-action drops an entry without `=`; hoist says so, and goes on without it.
    if (entry.indexOf('=') <= 0) {
      warnings.push(`${input}: '${entry}' is not key=value; skipped (write one key=value per line, e.g. org.opencontainers.image.vendor=Acme)`);
      return false;
    }
    const problem = templateProblem(entry, 'global', input === 'meta-labels' ? 'label' : 'annotation');
    if (problem) problems.push(new MetaRuleError(input, `'${entry}': ${problem.problem}`, problem.fix));
    return !problem;
  });
}
