/**
 * Handlebars expressions: the subset metadata-action's rules use ({{name}}, {{helper 'arg' key='v'}}),
 * rendered as it renders them with handlebars (an unknown name gives '', {{x}} escapes HTML), and
 * checked before the build for the names each place knows (metadata-action renders an unknown one as '').
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */
import { formatDate, isTimeZone } from './date-format.js';
import { MetaRuleError, type MetaInput, type Problem } from './types.js';

/** Which names each place knows: metadata-action compiles each with its own context. */
export type Slot = 'global' | 'schedule' | 'semver' | 'pep440';
const SLOT_NAMES: Record<Slot, string[]> = {
  global: ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'],
  schedule: ['date', 'commit_date'],
  semver: ['version', 'major', 'minor', 'patch', 'raw', 'prerelease', 'build'],
  pep440: ['version', 'major', 'minor', 'patch', 'raw']
};
const DATE_HELPERS = ['date', 'commit_date'];

type Argument = { kind: 'text'; text: string } | { kind: 'path'; name: string };
interface Mustache {
  name: string;
  args: Argument[];
  hash: Map<string, Argument>;
  /** {{x}} escapes HTML like handlebars; {{{x}}} does not. */
  escape: boolean;
}
type TemplatePart = string | Mustache;

export class TemplateError extends Error {}

/** The template's text and {{expressions}}, in order; throws a TemplateError on what hoist does not read. */
export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    if (open < 0) {
      text += source.slice(at);
      break;
    }
    if (source[open - 1] === '\\') {
      // handlebars: \{{ is text
      text += `${source.slice(at, open - 1)}{{`;
      at = open + 2;
      continue;
    }
    text += source.slice(at, open);
    const triple = source.startsWith('{{{', open);
    const [start, end] = triple ? [open + 3, '}}}'] : [open + 2, '}}'];
    const close = source.indexOf(end, start);
    if (close < 0) throw new TemplateError(`'${source.slice(open)}' has no closing ${end}`);
    at = close + end.length;
    let body = source.slice(start, close).trim();
    if (body.startsWith('!')) continue;
    let escape = !triple;
    if (!triple && body.startsWith('&')) [escape, body] = [false, body.slice(1).trim()];
    if (/^[#/^>~]|~$|^else\b/.test(body)) throw new TemplateError(`{{${body}}} is a block, partial or whitespace control, which hoist does not read`);
    if (text !== '') parts.push(text);
    text = '';
    parts.push(parseMustache(body, escape));
  }
  if (text !== '') parts.push(text);
  return parts;
}

const MUSTACHE_TOKEN = /\s*(?:([A-Za-z_][\w-]*)=)?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'"=]+))/y;

function parseMustache(body: string, escape: boolean): Mustache {
  const tokens: { key?: string; arg: Argument }[] = [];
  MUSTACHE_TOKEN.lastIndex = 0;
  while (MUSTACHE_TOKEN.lastIndex < body.length) {
    const m = MUSTACHE_TOKEN.exec(body);
    if (!m) throw new TemplateError(`cannot read {{${body}}}`);
    // handlebars unescapes only the quote that delimits the string: moment still sees \M as a literal M.
    const quoted = m[2]?.replace(/\\'/g, "'") ?? m[3]?.replace(/\\"/g, '"');
    const word = m[4];
    const arg: Argument = quoted !== undefined ? { kind: 'text', text: quoted } : /^-?\d+(\.\d+)?$|^(true|false)$/.test(word) ? { kind: 'text', text: word } : { kind: 'path', name: word };
    tokens.push({ key: m[1], arg });
  }
  const [head, ...rest] = tokens;
  if (head === undefined || head.key !== undefined || head.arg.kind !== 'path') throw new TemplateError(`{{${body}}} names no expression`);
  const hash = new Map<string, Argument>();
  const args: Argument[] = [];
  for (const token of rest) {
    if (token.key !== undefined) hash.set(token.key, token.arg);
    else args.push(token.arg);
  }
  return { name: head.arg.name, args, hash, escape };
}

export type Helper = (args: (string | undefined)[], hash: Map<string, string | undefined>) => string;
export type ScopeValue = string | number | readonly (string | number)[] | Helper;
export type Scope = ReadonlyMap<string, ScopeValue>;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** A helper's argument: a literal, or a name's value when it is a string or number. */
function argumentValue(arg: Argument, scope: Scope): string | undefined {
  if (arg.kind === 'text') return arg.text;
  const found = scope.get(arg.name);
  return typeof found === 'string' || typeof found === 'number' ? String(found) : undefined;
}

/** One {{expression}}: a name's value, or what its helper returns; HTML-escaped unless {{{triple}}}. */
function renderMustache(part: Mustache, scope: Scope): string {
  const value = scope.get(part.name);
  if (value === undefined && (part.args.length > 0 || part.hash.size > 0)) throw new TemplateError(`Missing helper: "${part.name}"`);
  const text =
    value === undefined
      ? ''
      : typeof value === 'function'
        ? value(
            part.args.map(arg => argumentValue(arg, scope)),
            new Map([...part.hash].map(([k, v]) => [k, argumentValue(v, scope)]))
          )
        : String(value);
  return part.escape ? text.replace(/[&<>"'`=]/g, c => HTML_ESCAPES[c]) : text;
}

/** Renders like handlebars: an unknown name gives '', `{{x}}` output is HTML-escaped. */
export function renderTemplate(source: string, scope: Scope): string {
  return parseTemplate(source)
    .map(part => (typeof part === 'string' ? part : renderMustache(part, scope)))
    .join('');
}

/** What is wrong with a template for its place, checked before the build (metadata-action renders an unknown name as ''). */
export function templateProblem(source: string, slot: Slot, where: string): Problem | undefined {
  if (!source.includes('{{')) return undefined;
  let parts: TemplatePart[];
  try {
    parts = parseTemplate(source);
  } catch (e) {
    return { problem: `${where} ${e instanceof Error ? e.message : String(e)}`, fix: "Write expressions as {{name}} or {{date 'YYYYMMDD'}}; \\{{ keeps braces as text." };
  }
  for (const part of parts) {
    if (typeof part === 'string') continue;
    const problem = expressionProblem(part, slot, where);
    if (problem) return problem;
  }
  return undefined;
}

/** One {{expression}}'s problem: a name its place does not know, or a date helper's bad tz= or attribute. */
function expressionProblem(part: Mustache, slot: Slot, where: string): Problem | undefined {
  if (!SLOT_NAMES[slot].includes(part.name)) {
    const known = SLOT_NAMES[slot].map(name => `{{${name}}}`).join(', ');
    return {
      problem: `${where} uses {{${part.name}}}, which metadata-action renders as nothing there`,
      fix: `The expressions ${where === 'pattern' ? `of a ${slot} pattern` : `in ${where}`} are ${known}.`
    };
  }
  if (!DATE_HELPERS.includes(part.name)) return undefined;
  for (const [key, arg] of part.hash) {
    if (key !== 'tz') return { problem: `{{${part.name}}} has no '${key}' attribute`, fix: `Only tz= is read, e.g. {{${part.name} 'YYYYMMDD' tz='Europe/Paris'}}.` };
    if (arg.kind === 'text' && !isTimeZone(arg.text)) return { problem: `{{${part.name}}} has an unknown time zone '${arg.text}'`, fix: "Use an IANA name, e.g. tz='Asia/Tokyo' (default UTC)." };
  }
  return undefined;
}

/** Renders a template whose syntax readInputs has checked; a failure at run time is still the user's rule. */
export function renderChecked(input: MetaInput, entry: string, source: string, scope: Scope): string {
  try {
    return renderTemplate(source, scope);
  } catch (e) {
    throw new MetaRuleError(input, `'${entry}': ${e instanceof Error ? e.message : String(e)}`, 'Fix the {{expression}}.');
  }
}

/** The expression a template is made of when it is nothing else (no text, one {{...}}); undefined otherwise, or when hoist cannot read it. */
function soleExpression(source: string): Mustache | undefined {
  try {
    const parts = parseTemplate(source);
    return parts.length === 1 && typeof parts[0] !== 'string' ? parts[0] : undefined;
  } catch {
    return undefined;
  }
}

/** {{raw}} alone: the one pattern a pre-release keeps (metadata-action's isRawStatement). */
export function isRawOnly(pattern: string): boolean {
  return soleExpression(pattern)?.name === 'raw';
}

/** metadata-action renders `enable` and wants exactly true or false: the forms that can give that. */
export function isEnableValue(value: string): boolean {
  if (value === 'true' || value === 'false') return true;
  const sole = soleExpression(value);
  return sole !== undefined && ['is_default_branch', 'is_not_default_branch'].includes(sole.name) && sole.args.length === 0;
}

/** `{{date}}`/`{{commit_date}}` for `when`: {{date 'format' tz='Zone'}}, in moment's syntax, UTC by default. */
export function dateHelper(when: Date): Helper {
  return (args, hash) => {
    for (const key of hash.keys()) if (key !== 'tz') throw new TemplateError(`Unknown ${key} attribute`);
    const timeZone = hash.get('tz') ?? 'UTC';
    if (!isTimeZone(timeZone)) throw new TemplateError(`unknown time zone '${timeZone}'`);
    return formatDate(when, args[0], timeZone);
  };
}
