import { describe, expect, it } from '@jest/globals';
import { checkMetaRules, MetaRuleError, type MetaInputs } from '../../../../src/plan/metadata/index.js';
import { captureGroups, entriesOf, matchRegExp, readInputs, splitField } from '../../../../src/plan/metadata/rules.js';
import { IMAGE, RELEASE_RULES } from './runs.js';

interface BadRow {
  name: string;
  inputs: Partial<MetaInputs>;
  problems: { input: string; problem: string | RegExp; fix: string }[];
}

// prettier-ignore
const BAD_ROWS: BadRow[] = [
  { name: 'unknown type', inputs: { tags: ['type=foo'] }, problems: [{ input: 'meta-tags', problem: "'type=foo': unknown type 'foo'", fix: 'type=semver' }] },
  { name: 'semver without a pattern', inputs: { tags: ['type=semver'] }, problems: [{ input: 'meta-tags', problem: "'type=semver': a pattern is missing", fix: 'pattern={{version}}' }] },
  { name: 'semver with an empty pattern', inputs: { tags: ['type=semver,pattern='] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern=': the pattern is empty", fix: 'pattern={{version}}' }] },
  { name: 'semver pattern with an unknown expression', inputs: { tags: ['type=semver,pattern={{majr}}'] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern={{majr}}': pattern uses {{majr}}, which metadata-action renders as nothing there", fix: '{{major}}' }] },
  { name: 'semver match= without a capture group', inputs: { tags: ['type=semver,pattern={{version}},match=v\\d'] }, problems: [{ input: 'meta-tags', problem: "'type=semver,pattern={{version}},match=v\\d': match has no capture group: the version is taken from group 1", fix: 'parentheses' }] },
  { name: 'match pattern that is no regular expression', inputs: { tags: ['type=match,pattern=v(\\d+'] }, problems: [{ input: 'meta-tags', problem: /^'type=match,pattern=v\(\\d\+': pattern is not a regular expression \(Invalid regular expression: .*\)$/, fix: 'Fix the expression' }] },
  { name: 'match group that is not a number', inputs: { tags: ['type=match,pattern=v(\\d+),group=x'] }, problems: [{ input: 'meta-tags', problem: "'type=match,pattern=v(\\d+),group=x': group=x is not a group number", fix: 'capture group' }] },
  { name: 'ref without an event', inputs: { tags: ['type=ref'] }, problems: [{ input: 'meta-tags', problem: "'type=ref': an event is missing", fix: 'event=branch' }] },
  { name: 'ref with an unknown event', inputs: { tags: ['type=ref,event=branches'] }, problems: [{ input: 'meta-tags', problem: "'type=ref,event=branches': event=branches is not branch, tag or pr", fix: 'event=pr' }] },
  { name: 'ref with a stray value', inputs: { tags: ['type=ref,event=branch,main'] }, problems: [{ input: 'meta-tags', problem: "'type=ref,event=branch,main': a ref rule takes no value ('main' has no '=')", fix: 'key=value' }] },
  { name: 'raw without a value', inputs: { tags: ['type=raw'] }, problems: [{ input: 'meta-tags', problem: "'type=raw': a value is missing", fix: 'value=stable' }] },
  { name: 'sha with an unknown format', inputs: { tags: ['type=sha,format=medium'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,format=medium': format=medium is not short or long", fix: 'format=long' }] },
  { name: 'misspelt attribute', inputs: { tags: ['type=sha,lenght=12'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,lenght=12': type=sha has no 'lenght' attribute", fix: 'format=' }] },
  { name: 'enable that is not a boolean', inputs: { tags: ['type=raw,value=x,enable=yes'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,enable=yes': enable=yes is not true, false, {{is_default_branch}} or {{is_not_default_branch}}", fix: 'github.ref' }] },
  { name: 'enable with an expression that is no boolean', inputs: { tags: ['type=raw,value=x,enable={{branch}}'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,enable={{branch}}': enable={{branch}} is not true, false, {{is_default_branch}} or {{is_not_default_branch}}", fix: 'github.ref' }] },
  { name: 'priority that is not a number', inputs: { tags: ['type=raw,value=x,priority=high'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,priority=high': priority=high is not a whole number", fix: 'higher comes first' }] },
  { name: 'date with an unknown time zone', inputs: { tags: ["type=schedule,pattern={{date 'YYYY' tz='Mars/Olympus'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern={{date 'YYYY' tz='Mars/Olympus'}}': {{date}} has an unknown time zone 'Mars/Olympus'", fix: 'IANA' }] },
  { name: 'date with an unknown attribute', inputs: { tags: ["type=schedule,pattern={{date 'YYYY' zone='UTC'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern={{date 'YYYY' zone='UTC'}}': {{date}} has no 'zone' attribute", fix: 'tz=' }] },
  { name: 'schedule pattern with {{sha}}', inputs: { tags: ['type=schedule,pattern=nightly-{{sha}}'] }, problems: [{ input: 'meta-tags', problem: "'type=schedule,pattern=nightly-{{sha}}': pattern uses {{sha}}, which metadata-action renders as nothing there", fix: 'The expressions of a schedule pattern are {{date}}, {{commit_date}}.' }] },
  { name: 'unclosed expression', inputs: { tags: ['type=raw,value={{branch'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{branch': value '{{branch' has no closing }}", fix: '{{name}}' }] },
  { name: 'block helper', inputs: { tags: ['type=raw,value={{#if x}}a{{/if}}'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{#if x}}a{{/if}}': value {{#if x}} is a block, partial or whitespace control, which hoist does not read", fix: '{{name}}' }] },
  { name: 'misspelt expression in a prefix', inputs: { tags: ['type=raw,value=x,prefix={{branh}}-'] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value=x,prefix={{branh}}-': prefix uses {{branh}}, which metadata-action renders as nothing there", fix: '{{branch}}' }] },
  { name: 'a comma splits an unquoted value', inputs: { tags: ["type=raw,value={{date 'MMMM D, YYYY'}}"] }, problems: [{ input: 'meta-tags', problem: "'type=raw,value={{date 'MMMM D, YYYY'}}': value is given twice ('{{date 'MMMM D' and 'YYYY'}}')", fix: 'double quotes' }] },
  { name: 'an attribute given twice', inputs: { tags: ['type=sha,prefix=a-,prefix=b-'] }, problems: [{ input: 'meta-tags', problem: "'type=sha,prefix=a-,prefix=b-': prefix is given twice ('a-' and 'b-')", fix: 'A comma splits' }] },
  { name: 'stray quote', inputs: { tags: ['type=raw,value=a"b'] }, problems: [{ input: 'meta-tags', problem: /^'type=raw,value=a"b': not a CSV record \(Invalid Opening Quote: .*\)$/, fix: 'double quotes' }] },
  { name: 'flavor latest=maybe', inputs: { flavor: ['latest=maybe'] }, problems: [{ input: 'meta-flavor', problem: "'latest=maybe': latest=maybe is not auto, true or false", fix: 'latest=auto' }] },
  { name: 'flavor onlatest alone', inputs: { flavor: ['onlatest=true'] }, problems: [{ input: 'meta-flavor', problem: "'onlatest=true': onlatest= follows no prefix= or suffix=", fix: 'prefix=app-,onlatest=true' }] },
  { name: 'flavor onlatest=yes', inputs: { flavor: ['suffix=-x,onlatest=yes'] }, problems: [{ input: 'meta-flavor', problem: "'suffix=-x,onlatest=yes': onlatest=yes is not true or false", fix: 'onlatest=true' }] },
  { name: 'flavor without =', inputs: { flavor: ['prefix'] }, problems: [{ input: 'meta-flavor', problem: "'prefix': 'prefix' is not key=value", fix: 'latest=auto|true|false' }] },
  { name: 'unknown flavor', inputs: { flavor: ['tag=foo'] }, problems: [{ input: 'meta-flavor', problem: "'tag=foo': unknown flavor 'tag'", fix: 'suffix=' }] },
  { name: 'image enable=maybe', inputs: { images: ['name=ghcr.io/acme/rocket,enable=maybe'] }, problems: [{ input: 'meta-images', problem: "'name=ghcr.io/acme/rocket,enable=maybe': enable=maybe is not true or false", fix: 'enable=false' }] },
  { name: 'image with an empty name', inputs: { images: ['name=,enable=true'] }, problems: [{ input: 'meta-images', problem: "'name=,enable=true': the image name is empty", fix: 'ghcr.io/acme/app' }] },
  { name: 'image with an unknown attribute', inputs: { images: ['ghcr.io/acme/rocket,tag=1'] }, problems: [{ input: 'meta-images', problem: "'ghcr.io/acme/rocket,tag=1': unknown image attribute 'tag'", fix: 'name= and enable=' }] },
  { name: 'image with a tag', inputs: { images: ['ghcr.io/acme/rocket:latest'] }, problems: [{ input: 'meta-images', problem: "'ghcr.io/acme/rocket:latest': the image name has a tag or digest", fix: 'Give the repository only (ghcr.io/acme/rocket)' }] },
  { name: 'annotation with an unknown expression', inputs: { annotations: ['org.opencontainers.image.vendor={{vendor}}'] }, problems: [{ input: 'meta-annotations', problem: "'org.opencontainers.image.vendor={{vendor}}': annotation uses {{vendor}}, which metadata-action renders as nothing there", fix: '{{is_default_branch}}' }] },
  {
    name: 'every problem at once, in input order',
    inputs: { tags: ['type=foo', 'type=ref'], flavor: ['latest=maybe'] },
    problems: [
      { input: 'meta-tags', problem: "'type=foo': unknown type 'foo'", fix: 'type=' },
      { input: 'meta-tags', problem: "'type=ref': an event is missing", fix: 'event=' },
      { input: 'meta-flavor', problem: "'latest=maybe': latest=maybe is not auto, true or false", fix: 'latest=' }
    ]
  },
  { name: 'a valid release set has none', inputs: { tags: [...RELEASE_RULES, "type=schedule,pattern={{date 'YYYYMMDD' tz='Europe/Paris'}}", 'type=raw,value=latest,enable={{is_default_branch}}'], flavor: ['latest=auto', 'prefix=app-,onlatest=true'], images: ['localhost:5000/acme/rocket'] }, problems: [] }
];

describe('checkMetaRules', () => {
  it.each(BAD_ROWS.map(row => [row.name, row] as const))('%s', (_name, row) => {
    const problems = checkMetaRules({ images: [IMAGE], tags: [], flavor: [], labels: [], annotations: [], ...row.inputs });
    expect(problems.every(p => p instanceof MetaRuleError)).toBe(true);
    expect(problems.map(p => ({ input: p.input, problem: p.problem, fix: p.fix }))).toEqual(
      row.problems.map(p => ({ input: p.input, problem: typeof p.problem === 'string' ? p.problem : expect.stringMatching(p.problem), fix: expect.stringContaining(p.fix) }))
    );
  });
});

describe('readInputs', () => {
  const none: MetaInputs = { images: [], tags: [], flavor: [], labels: [], annotations: [] };

  it("gives metadata-action's default rules, sorted by priority, when meta-tags is empty", () => {
    const { rules, problems } = readInputs(none);
    expect(problems).toEqual([]);
    expect(rules.map(rule => [rule.entry, rule.priority])).toEqual([
      ['type=schedule', 1000],
      ['type=ref,event=branch', 600],
      ['type=ref,event=tag', 600],
      ['type=ref,event=pr', 600]
    ]);
    expect(Object.fromEntries(rules[0].attrs)).toEqual({ pattern: 'nightly' });
    expect(Object.fromEntries(rules[3].attrs)).toEqual({ event: 'pr', prefix: 'pr-' });
  });

  it("fills each type's defaults", () => {
    const { rules } = readInputs({ ...none, tags: ['type=sha', 'type=edge', 'type=match,pattern=v(\\d+)', 'type=pep440,pattern={{version}}', 'plain'] });
    expect(rules.map(rule => [rule.type, Object.fromEntries(rule.attrs)])).toEqual([
      ['pep440', { pattern: '{{version}}', value: '', match: '' }],
      ['match', { pattern: 'v(\\d+)', group: '0', value: '' }],
      ['edge', { branch: '' }],
      ['raw', { value: 'plain' }],
      ['sha', { prefix: 'sha-', format: 'short' }]
    ]);
  });

  it('reads the flavor, the images, the labels and the annotations', () => {
    const read = readInputs({
      images: ['ghcr.io/Acme/App', 'name=docker.io/acme/app,enable=false'],
      tags: [],
      flavor: ['latest=false', 'suffix=-slim,onlatest=true'],
      labels: ['# a comment', 'a=1'],
      annotations: ['b=2']
    });
    expect(read.flavor).toEqual({ latest: 'false', prefix: '', prefixOnLatest: false, suffix: '-slim', suffixOnLatest: true });
    expect(read.images).toEqual([
      { name: 'ghcr.io/acme/app', enabled: true },
      { name: 'docker.io/acme/app', enabled: false }
    ]);
    expect(read.labels).toEqual(['a=1']);
    expect(read.annotations).toEqual(['b=2']);
  });
});

describe('the small readers', () => {
  it('entriesOf drops blank and # lines and trims', () => {
    expect(entriesOf(['  a  ', '', '   ', '# note', 'b'])).toEqual(['a', 'b']);
  });

  it.each<[string, { key?: string; value: string }]>([
    ['Type=semver', { key: 'type', value: 'semver' }],
    ['value = a=b ', { key: 'value', value: 'a=b' }],
    ['bare', { value: 'bare' }],
    ['=x', { value: '=x' }]
  ])('splitField(%j)', (field, expected) => {
    expect(splitField(field)).toEqual(expected);
  });

  it('matchRegExp reads /expression/flags and bare expressions', () => {
    expect(matchRegExp('/^v(\\d)$/i')).toEqual(/^v(\d)$/i);
    expect(matchRegExp('^v(\\d)$')).toEqual(/^v(\d)$/);
    expect(() => matchRegExp('v(')).toThrow(SyntaxError);
  });

  it.each<[RegExp, number]>([
    [/abc/, 0],
    [/a(b)c/, 1],
    [/(a)?(b)|(c)/g, 3],
    [/(?:a)(?<name>b)/y, 1]
  ])('captureGroups(%s) is %i', (re, expected) => {
    expect(captureGroups(re)).toBe(expected);
  });
});

// Where metadata-action warns and skips, hoist does too: not input errors, and the run goes on.
describe('what metadata-action skips with a warning', () => {
  it('a match group the pattern lacks is no problem before the run (the rule warns when it runs)', () => {
    expect(checkMetaRules({ images: ['ghcr.io/acme/app'], tags: ['type=match,pattern=v(\\d+),group=2'], flavor: [], labels: [], annotations: [] })).toEqual([]);
  });
  it.each([
    ['meta-labels', { labels: ['maintainer', 'a=b'] }, "meta-labels: 'maintainer' is not key=value; skipped (write one key=value per line, e.g. org.opencontainers.image.vendor=Acme)"],
    ['meta-annotations', { annotations: ['index:nokey'] }, "meta-annotations: 'index:nokey' is not key=value; skipped (write one key=value per line, e.g. org.opencontainers.image.vendor=Acme)"]
  ])('%s: an entry without = is skipped with a warning', (_input, given, warning) => {
    const read = readInputs({ images: ['ghcr.io/acme/app'], tags: [], flavor: [], labels: [], annotations: [], ...given });
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([warning]);
    expect([...read.labels, ...read.annotations]).toEqual('labels' in given ? ['a=b'] : []);
  });
});
