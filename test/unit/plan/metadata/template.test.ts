import { describe, expect, it } from '@jest/globals';
import { MetaRuleError } from '../../../../src/plan/metadata/index.js';
import {
  dateHelper,
  isEnableValue,
  isRawOnly,
  parseTemplate,
  renderChecked,
  renderTemplate,
  TemplateError,
  templateProblem,
  type Scope,
  type ScopeValue
} from '../../../../src/plan/metadata/template.js';

const WHEN = new Date('2024-05-01T03:00:00Z');
const scope: Scope = new Map<string, ScopeValue>([
  ['branch', 'feature/a&b'],
  ['major', 1],
  ['date', dateHelper(WHEN)]
]);

describe('parseTemplate', () => {
  it('splits text and expressions, with their arguments and hash', () => {
    expect(parseTemplate('v{{major}}-{{date \'YYYY\' tz="Asia/Tokyo"}}!')).toEqual([
      'v',
      { name: 'major', args: [], hash: new Map(), escape: true },
      '-',
      { name: 'date', args: [{ kind: 'text', text: 'YYYY' }], hash: new Map([['tz', { kind: 'text', text: 'Asia/Tokyo' }]]), escape: true },
      '!'
    ]);
  });

  it('reads {{{x}}} and {{& x}} as unescaped, numbers and booleans as text, other words as names', () => {
    expect(parseTemplate('{{{a}}}{{& b}}{{c 1 -2.5 true d}}')).toEqual([
      { name: 'a', args: [], hash: new Map(), escape: false },
      { name: 'b', args: [], hash: new Map(), escape: false },
      {
        name: 'c',
        args: [
          { kind: 'text', text: '1' },
          { kind: 'text', text: '-2.5' },
          { kind: 'text', text: 'true' },
          { kind: 'path', name: 'd' }
        ],
        hash: new Map(),
        escape: true
      }
    ]);
  });

  it('keeps \\{{ as text and drops {{! comments}}', () => {
    expect(parseTemplate('a\\{{b}}{{! note }}c')).toEqual(['a{{b}}c']);
  });

  it('unescapes only the delimiting quote: moment still sees \\M', () => {
    expect(parseTemplate("{{date 'it\\'s \\M'}}")).toEqual([{ name: 'date', args: [{ kind: 'text', text: "it's \\M" }], hash: new Map(), escape: true }]);
  });

  it.each([
    ['{{branch', "'{{branch' has no closing }}"],
    ['{{{branch}}', "'{{{branch}}' has no closing }}}"],
    ['{{#if a}}x{{/if}}', '{{#if a}} is a block, partial or whitespace control, which hoist does not read'],
    ['{{> partial}}', '{{> partial}} is a block, partial or whitespace control, which hoist does not read'],
    ['{{~a}}', '{{~a}} is a block, partial or whitespace control, which hoist does not read'],
    ['{{else}}', '{{else}} is a block, partial or whitespace control, which hoist does not read'],
    ["{{'text'}}", "{{'text'}} names no expression"],
    ['{{a=b}}', '{{a=b}} names no expression'],
    ['{{}}', '{{}} names no expression'],
    ['{{a =}}', 'cannot read {{a =}}']
  ])('refuses %j', (source, message) => {
    expect(() => parseTemplate(source)).toThrow(TemplateError);
    expect(() => parseTemplate(source)).toThrow(message);
  });
});

describe('renderTemplate', () => {
  it('renders names, HTML-escapes {{x}} but not {{{x}}}, and gives an unknown name nothing', () => {
    expect(renderTemplate('{{branch}}|{{{branch}}}|{{nope}}|v{{major}}', scope)).toBe('feature/a&amp;b|feature/a&b||v1');
  });

  it('escapes every character handlebars escapes', () => {
    expect(renderTemplate('{{x}}', new Map([['x', `&<>"'\`=`]]))).toBe('&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D;');
  });

  it('calls a helper with its arguments and hash, a name argument read from the scope', () => {
    expect(renderTemplate("{{date 'YYYY-MM-DD HH:mm' tz='Asia/Tokyo'}}", scope)).toBe('2024-05-01 12:00');
    expect(renderTemplate('{{date major}}', scope)).toBe('1');
  });

  it('refuses a helper that does not exist', () => {
    expect(() => renderTemplate("{{nope 'x'}}", scope)).toThrow('Missing helper: "nope"');
  });
});

describe('templateProblem', () => {
  it('has none for text, or names its place knows', () => {
    expect(templateProblem('plain', 'semver', 'pattern')).toBeUndefined();
    expect(templateProblem('{{major}}.{{minor}}', 'semver', 'pattern')).toBeUndefined();
    expect(templateProblem("{{commit_date 'YYYY' tz='UTC'}}", 'schedule', 'pattern')).toBeUndefined();
  });

  it('names the expressions of a pattern, or of another place', () => {
    expect(templateProblem('{{build}}', 'pep440', 'pattern')).toEqual({
      problem: 'pattern uses {{build}}, which metadata-action renders as nothing there',
      fix: 'The expressions of a pep440 pattern are {{version}}, {{major}}, {{minor}}, {{patch}}, {{raw}}.'
    });
    expect(templateProblem('{{version}}', 'global', 'suffix')?.fix).toBe(
      'The expressions in suffix are {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date}}, {{commit_date}}.'
    );
  });

  it('reports a template it cannot read', () => {
    expect(templateProblem('{{a', 'global', 'value')).toEqual({ problem: "value '{{a' has no closing }}", fix: "Write expressions as {{name}} or {{date 'YYYYMMDD'}}; \\{{ keeps braces as text." });
  });

  it("checks a date helper's tz= but not one given by name", () => {
    expect(templateProblem("{{date 'YYYY' tz=branch}}", 'global', 'value')).toBeUndefined();
    expect(templateProblem("{{date 'YYYY' tz='Nowhere/City'}}", 'global', 'value')?.problem).toBe("{{date}} has an unknown time zone 'Nowhere/City'");
  });
});

describe('renderChecked', () => {
  it('renders, and turns a failure into a MetaRuleError on the entry', () => {
    expect(renderChecked('meta-labels', 'a={{major}}', 'a={{major}}', scope)).toBe('a=1');
    const render = (): string => renderChecked('meta-tags', 'type=raw,value=x', "{{date 'YYYY' zone='UTC'}}", scope);
    expect(render).toThrow(MetaRuleError);
    expect(render).toThrow("input 'meta-tags': 'type=raw,value=x': Unknown zone attribute. Fix the {{expression}}.");
  });
});

describe('isRawOnly and isEnableValue', () => {
  it.each<[string, boolean]>([
    ['{{raw}}', true],
    [' {{raw}} ', false],
    ['v{{raw}}', false],
    ['{{{raw}}}', true],
    ['{{version}}', false],
    ['{{raw', false]
  ])('isRawOnly(%j) is %s', (pattern, expected) => {
    expect(isRawOnly(pattern)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['true', true],
    ['false', true],
    ['{{is_default_branch}}', true],
    ['{{is_not_default_branch}}', true],
    ["{{is_default_branch 'x'}}", false],
    ['{{branch}}', false],
    ['True', false],
    ['{{is_default_branch', false]
  ])('isEnableValue(%j) is %s', (value, expected) => {
    expect(isEnableValue(value)).toBe(expected);
  });
});

describe('dateHelper', () => {
  const helper = dateHelper(WHEN);
  it('formats in UTC by default, or in tz=', () => {
    expect(helper(['YYYYMMDD-HHmm'], new Map())).toBe('20240501-0300');
    expect(helper(['YYYYMMDD-HHmm'], new Map([['tz', 'America/New_York']]))).toBe('20240430-2300');
    expect(helper([], new Map())).toBe('2024-05-01T03:00:00Z');
  });

  it('refuses an attribute other than tz= and an unknown time zone', () => {
    expect(() => helper(['YYYY'], new Map([['zone', 'UTC']]))).toThrow('Unknown zone attribute');
    expect(() => helper(['YYYY'], new Map([['tz', 'Mars/Olympus']]))).toThrow("unknown time zone 'Mars/Olympus'");
    expect(() => helper(['YYYY'], new Map([['tz', undefined]]))).not.toThrow();
  });
});
