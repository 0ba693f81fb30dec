/**
 * A Dockerfile reader that follows BuildKit's dockerfile frontend (moby/buildkit
 * frontend/dockerfile/parser, instructions and shell) closely enough to find stages,
 * global ARGs, heredocs and RUN cache mounts the way a build would. Pure: no I/O.
 *
 * It never throws on a malformed file: what BuildKit would reject is either skipped or,
 * for file-level problems, listed in `problems`.
 */

export interface Heredoc {
  name: string;
  /** The content, each line with its line ending; with `<<-` leading tabs are already stripped. */
  body: string;
  /** `<<-`: leading tabs stripped from the body and the terminator. */
  chomp: boolean;
}

export interface Instruction {
  /** Upper-case keyword, e.g. `RUN`. */
  keyword: string;
  /** `--x=y` words before the arguments, in order (quotes and escapes processed, as BuildKit's parser does). */
  flags: string[];
  /** The rest after the flags, continuations joined, trimmed. */
  args: string;
  heredocs: Heredoc[];
  /** 1-based first line. */
  line: number;
  /** 1-based last line, including heredoc bodies and terminators. */
  endLine: number;
}

export interface Stage {
  index: number;
  /** Lower-cased `AS` name; undefined when unnamed. */
  name?: string;
  /** As written, variables not expanded. */
  base: string;
  /** `--platform=` value as written. */
  platform?: string;
  line: number;
  /** Instructions after the FROM, up to the next FROM. */
  instructions: Instruction[];
}

export interface GlobalArg {
  name: string;
  /** The default with quotes and escapes removed, variables left as written; undefined when there is none. */
  value?: string;
  /** The default exactly as written, present only when it differs from `value` (it had quotes or escapes). */
  raw?: string;
}

export interface DockerfileProblem {
  line: number;
  message: string;
}

export interface ParsedDockerfile {
  escape: '\\' | '`';
  /** `# syntax=` directive (its first word, as BuildKit's DetectSyntax takes it). */
  syntax?: string;
  globalArgs: GlobalArg[];
  stages: Stage[];
  /** What BuildKit would refuse (present only when non-empty): the parse carries on regardless. */
  problems?: DockerfileProblem[];
}

export interface CacheMount {
  /** `id=` or, as BuildKit does when absent, the cleaned target path. */
  id: string;
  /** `target=`/`dst=`/`destination=`, as written (variables expanded). */
  target: string;
  sharing: 'shared' | 'private' | 'locked';
  uid?: number;
  gid?: number;
  /** As written, e.g. '0755'. */
  mode?: string;
  from?: string;
  source?: string;
  readonly: boolean;
  stageIndex: number;
  /** 1-based line of the RUN. */
  line: number;
  /**
   * Variables this mount reads that the Dockerfile and build args give no value (present only when non-empty):
   * left as written when the build platform or the base image may set them (`$TARGETARCH`, or a name never
   * declared in the stage), empty when BuildKit would read them as empty (an ARG declared without a value).
   */
  unresolved?: string[];
}

// ---------------------------------------------------------------------------
// Parsing

const WHITESPACE = /[\t\v\f\r ]+/; // BuildKit's reWhitespace
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const DIRECTIVE_KEYS = new Set(['syntax', 'escape', 'check']);

interface RawLine {
  text: string; // without the trailing \n
  newline: boolean;
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const problems: DockerfileProblem[] = [];
  let escape: '\\' | '`' = '\\';
  let syntax: string | undefined;
  const seenDirectives = new Set<string>();
  let directivesDone = false;

  const instructions: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    // Instruction start: leading whitespace is dropped, a comment line is nothing.
    const first = trimNewline(lines[i].text).replace(/^\s+/, '');
    if (!directivesDone) {
      const d = directive(first);
      if (!d) directivesDone = true;
      else if (seenDirectives.has(d.name)) problems.push({ line: i + 1, message: `only one ${d.name} parser directive can be used` });
      else {
        seenDirectives.add(d.name);
        if (d.name === 'escape') {
          if (d.value === '\\' || d.value === '`') escape = d.value;
          else problems.push({ line: i + 1, message: `invalid escape token '${d.value}' does not match \` or \\` });
        } else if (d.name === 'syntax') syntax = d.value.split(' ')[0];
      }
    }
    i++;
    const startLine = i;
    let [content, ended] = trimContinuation(isComment(first) ? '' : first, escape);
    if (ended && content === '') continue;

    // Continuation lines: comment lines and blank lines are skipped, leading whitespace kept.
    let joined = content;
    while (!ended && i < lines.length) {
      const next = trimNewline(lines[i].text);
      i++;
      if (isComment(next) || next.trim() === '') continue;
      [content, ended] = trimContinuation(next, escape);
      joined += content;
    }

    const { keyword, flags, args } = splitCommand(joined, escape);
    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(keyword, args, escape) && joined.includes('<<')) {
      for (const { name, chomp } of heredocsFromLine(joined)) {
        let body = '';
        let terminated = false;
        while (i < lines.length) {
          const line = lines[i];
          i++;
          let candidate = trimNewline(line.text);
          if (chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === name) {
            terminated = true;
            break;
          }
          body += line.text + (line.newline ? '\n' : '');
        }
        if (!terminated) problems.push({ line: startLine, message: `unterminated heredoc ${name}` });
        heredocs.push({ name, body: chomp ? body.replace(/^\t+/gm, '') : body, chomp });
      }
    }
    instructions.push({ keyword, flags, args, heredocs, line: startLine, endLine: i });
  }

  const globalArgs: GlobalArg[] = [];
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      stages.push(fromStage(ins, stages.length, problems));
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(ins);
    } else if (ins.keyword === 'ARG') {
      for (const arg of argPairs(ins.args, escape)) {
        if (arg.name === '') {
          problems.push({ line: ins.line, message: 'ARG names can not be blank' });
          continue;
        }
        const entry: GlobalArg = { name: arg.name };
        if (arg.raw !== undefined) {
          entry.value = unquote(arg.raw, escape);
          if (entry.value !== arg.raw) entry.raw = arg.raw;
        }
        globalArgs.push(entry);
      }
    } else {
      problems.push({ line: ins.line, message: `${ins.keyword} before the first FROM: no build stage in current context` });
    }
  }
  if (instructions.length === 0) problems.push({ line: lines.length, message: 'file with no instructions' });

  const parsed: ParsedDockerfile = { escape, globalArgs, stages };
  if (syntax !== undefined) parsed.syntax = syntax;
  if (problems.length > 0) parsed.problems = problems;
  return parsed;
}

function splitLines(text: string): RawLine[] {
  if (text === '') return [];
  const parts = text.split('\n');
  const lines = parts.map((t, n) => ({ text: t, newline: n < parts.length - 1 }));
  if (lines[lines.length - 1].text === '') lines.pop(); // the file ended with a newline
  return lines;
}

function trimNewline(s: string): string {
  return s.replace(/[\r\n]+$/, '');
}

function isComment(s: string): boolean {
  return /^\s*#/.test(s);
}

function directive(line: string): { name: string; value: string } | undefined {
  if (!line.startsWith('#')) return undefined;
  const m = DIRECTIVE.exec(line.slice(1).replace(/^\s+/, ''));
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  return DIRECTIVE_KEYS.has(name) ? { name, value: m[2] } : undefined;
}

/**
 * The escape token as the last non-blank character continues the line, unless it is
 * itself escaped; the token and what follows it are dropped, what precedes it is kept.
 */
function trimContinuation(line: string, escape: string): [string, boolean] {
  const trimmed = line.replace(/[ \t]+$/, '');
  if (trimmed.endsWith(escape) && (trimmed.length === 1 || trimmed[trimmed.length - 2] !== escape)) {
    return [trimmed.slice(0, -1), false];
  }
  return [line, true];
}

function splitCommand(line: string, escape: string): { keyword: string; flags: string[]; args: string } {
  const trimmed = line.trim();
  const m = WHITESPACE.exec(trimmed);
  const keyword = (m ? trimmed.slice(0, m.index) : trimmed).toUpperCase();
  if (!m) return { keyword, flags: [], args: '' };
  const { rest, flags } = extractFlags(trimmed.slice(m.index + m[0].length), escape);
  return { keyword, flags, args: rest.trim() };
}

/** Leading `--words` (quotes removed, escapes applied); a bare `--` ends them. */
function extractFlags(line: string, escape: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && /\s/.test(line[pos])) pos++;
    if (pos >= line.length) return { rest: '', flags };
    if (!line.startsWith('--', pos)) return { rest: line.slice(pos), flags };
    let word = '';
    let quote = '';
    let blankOk = false;
    for (; pos < line.length; pos++) {
      const ch = line[pos];
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === escape) {
          if (pos + 1 === line.length) quote = '';
          else word += line[++pos];
        } else word += ch;
        continue;
      }
      if (/\s/.test(ch)) break;
      if (ch === '"' || ch === "'") {
        quote = ch;
        blankOk = true;
      } else if (ch === escape) {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += ch;
    }
    if (word === '--') return { rest: line.slice(pos), flags };
    if (blankOk || word.length > 0) flags.push(word);
  }
}

/** RUN/COPY/ADD (also under ONBUILD) in shell form may carry heredocs; the JSON form never does. */
function canContainHeredoc(keyword: string, args: string, escape: string): boolean {
  if (keyword === 'ONBUILD') {
    const sub = splitCommand(args, escape);
    return HEREDOC_KEYWORDS.has(sub.keyword) && !isJsonArray(sub.args);
  }
  return HEREDOC_KEYWORDS.has(keyword) && !isJsonArray(args);
}

function jsonArray(args: string): string[] | undefined {
  const trimmed = args.replace(/^\s+/, '');
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) return value as string[];
  } catch {
    // not JSON: shell form
  }
  return undefined;
}

function isJsonArray(args: string): boolean {
  return jsonArray(args) !== undefined;
}

/** Every `<<WORD`, `<<-WORD`, `<<"WORD"`, `3<<WORD` word of the line, in order (lexed with `\`, whatever the escape directive). */
function heredocsFromLine(line: string): Array<{ name: string; chomp: boolean }> {
  let words: string[];
  try {
    words = new ShellWord(line, { escape: '\\', rawQuotes: true, rawEscapes: true, lookup: keepAsWritten }).words();
  } catch {
    return [];
  }
  const docs: Array<{ name: string; chomp: boolean }> = [];
  for (const word of words) {
    const doc = heredocWord(word);
    if (doc) docs.push(doc);
  }
  return docs;
}

function heredocWord(word: string): { name: string; chomp: boolean } | undefined {
  const m = HEREDOC_WORD.exec(word);
  if (!m || m[3] === '') return undefined;
  let names: string[];
  try {
    names = new ShellWord(m[3], { escape: '\\', lookup: keepAsWritten }).words();
  } catch {
    return undefined;
  }
  return names.length === 1 ? { name: names[0], chomp: m[2] === '-' } : undefined;
}

function fromStage(ins: Instruction, index: number, problems: DockerfileProblem[]): Stage {
  const words = ins.args === '' ? [] : ins.args.split(WHITESPACE);
  const stage: Stage = { index, base: words[0] ?? '', line: ins.line, instructions: [] };
  for (const flag of ins.flags) {
    if (flag.startsWith('--platform=')) stage.platform = flag.slice('--platform='.length);
  }
  if (words.length === 3 && words[1].toLowerCase() === 'as') {
    stage.name = words[2].toLowerCase();
    if (!/^[a-z][a-z0-9-_.]*$/.test(stage.name)) problems.push({ line: ins.line, message: `invalid name for build stage: "${words[2]}"` });
  } else if (words.length !== 1) {
    problems.push({ line: ins.line, message: 'FROM requires either one or three arguments' });
  }
  return stage;
}

/**
 * Words of an ARG/ENV line as BuildKit's parser splits them: on blanks outside quotes,
 * quotes and escapes kept for the later word processing.
 */
function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let word = '';
  let inWord = false;
  let quote = '';
  let blankOk = false;
  for (let p = 0; p < chars.length; p++) {
    const ch = chars[p];
    if (!inWord) {
      if (/\s/.test(ch)) continue;
      inWord = true;
    }
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === escape && quote !== "'") {
        if (p + 1 === chars.length) {
          quote = '';
          continue;
        }
        word += ch;
        word += chars[++p];
        continue;
      }
      word += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      if (blankOk || word.length > 0) words.push(word);
      word = '';
      blankOk = false;
      inWord = false;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      blankOk = true;
    }
    if (ch === escape) {
      if (p + 1 === chars.length) continue;
      word += ch;
      word += chars[++p];
      continue;
    }
    word += ch;
  }
  if (inWord && (blankOk || word.length > 0)) words.push(word);
  return words;
}

/** `ARG A=1 B` → A with raw default `1`, B without one. */
function argPairs(args: string, escape: string): Array<{ name: string; raw?: string }> {
  return parseWords(args, escape).map(word => {
    const eq = word.indexOf('=');
    return eq < 0 ? { name: word } : { name: word.slice(0, eq), raw: word.slice(eq + 1) };
  });
}

/** `ENV A=1 B="x y"` or the old `ENV A some value`. */
function envPairs(args: string, escape: string): Array<{ name: string; raw: string }> {
  const words = parseWords(args, escape);
  if (words.length === 0) return [];
  if (!words[0].includes('=')) {
    const m = WHITESPACE.exec(args);
    return m ? [{ name: args.slice(0, m.index), raw: args.slice(m.index + m[0].length) }] : [];
  }
  const pairs: Array<{ name: string; raw: string }> = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) return []; // BuildKit rejects the instruction
    pairs.push({ name: word.slice(0, eq), raw: word.slice(eq + 1) });
  }
  return pairs;
}

function unquote(raw: string, escape: string): string {
  try {
    return new ShellWord(raw, { escape, lookup: keepAsWritten }).word();
  } catch {
    return raw;
  }
}

// ---------------------------------------------------------------------------
// Shell word processing (BuildKit's shell.Lex): quotes, escapes and $VAR, ${VAR},
// ${VAR:-x}, ${VAR-x}, ${VAR:+x}, ${VAR+x}, ${VAR:?x}, ${VAR#p}, ${VAR%p}, ${VAR/p/r}.

type Lookup = (name: string) => { kind: 'set'; value: string; unknown?: boolean } | { kind: 'unset' } | { kind: 'raw' };

/** Every variable left exactly as written (BuildKit's SkipUnsetEnv with no environment). */
const keepAsWritten: Lookup = () => ({ kind: 'raw' });

interface Tracking {
  /** Variables left as written, or whose value is itself not known. */
  unknown: Set<string>;
  /** Variables with no value whose emptiness made it into the result. */
  missing: Set<string>;
}

function newTracking(): Tracking {
  return { unknown: new Set(), missing: new Set() };
}

function mergeTracking(into: Tracking, from: Tracking): void {
  for (const n of from.unknown) into.unknown.add(n);
  for (const n of from.missing) into.missing.add(n);
}

class ShellError extends Error {}

class Words {
  words: string[] = [];
  private buf = '';
  private inWord = false;
  addChar(ch: string): void {
    if (/\s/.test(ch)) {
      if (this.inWord && this.buf !== '') {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else this.addRaw(ch);
  }
  addRaw(s: string): void {
    this.buf += s;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  done(): string[] {
    if (this.buf !== '') this.words.push(this.buf);
    this.buf = '';
    return this.words;
  }
}

interface ShellOptions {
  escape: string;
  lookup: Lookup;
  rawQuotes?: boolean;
  rawEscapes?: boolean;
}

class ShellWord {
  private chars: string[];
  private pos = 0;
  private rawEscapes: boolean;
  readonly tracking = newTracking();

  constructor(source: string, private readonly opts: ShellOptions) {
    this.chars = Array.from(source);
    this.rawEscapes = opts.rawEscapes ?? false;
  }

  /** The word with quotes removed and variables substituted. Throws ShellError as BuildKit would fail. */
  word(): string {
    return this.processStopOn(undefined, this.rawEscapes, this.tracking).text;
  }

  /** The same, split into words on unquoted blanks. */
  words(): string[] {
    return this.processStopOn(undefined, this.rawEscapes, this.tracking).words;
  }

  private peek(): string | undefined {
    return this.chars[this.pos];
  }

  private next(): string | undefined {
    return this.chars[this.pos++];
  }

  private processStopOn(stop: string | undefined, rawEscapes: boolean, track: Tracking): { text: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      let text = '';
      const words = new Words();
      while (this.peek() !== undefined) {
        const ch = this.peek() as string;
        if (stop !== undefined && ch === stop) {
          this.next();
          return { text, words: words.done() };
        }
        if (ch === '$') {
          const v = this.processDollar(track);
          text += v;
          words.addString(v);
          continue;
        }
        if (ch === "'" || ch === '"' || ch === '<') {
          const v = ch === "'" ? this.singleQuote() : ch === '"' ? this.doubleQuote(track) : this.possibleHeredoc();
          text += v;
          words.addRaw(v);
          continue;
        }
        let c = this.next() as string;
        if (c === this.opts.escape) {
          if (this.rawEscapes) {
            words.addRaw(c);
            text += c;
          }
          const escaped = this.next();
          if (escaped === undefined) break;
          c = escaped;
          words.addRaw(c);
        } else words.addChar(c);
        text += c;
      }
      if (stop !== undefined) throw new ShellError(`unexpected end of statement while looking for matching ${stop}`);
      return { text, words: words.done() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private singleQuote(): string {
    let out = '';
    const open = this.next() as string;
    if (this.opts.rawQuotes) out += open;
    for (;;) {
      const ch = this.next();
      if (ch === undefined) throw new ShellError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opts.rawQuotes) out += ch;
        return out;
      }
      out += ch;
    }
  }

  private doubleQuote(track: Tracking): string {
    let out = '';
    const open = this.next() as string;
    if (this.opts.rawQuotes) out += open;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new ShellError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.next();
        if (this.opts.rawQuotes) out += ch;
        return out;
      }
      if (ch === '$') {
        out += this.processDollar(track);
        continue;
      }
      let c = this.next() as string;
      if (c === this.opts.escape) {
        if (this.rawEscapes) out += c;
        const after = this.peek();
        if (after === undefined) continue;
        if (after === '"' || after === '$' || after === this.opts.escape) c = this.next() as string;
      }
      out += c;
    }
  }

  /** `<<` and the blanks after it stay glued to the heredoc word that follows. */
  private possibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let out = '<<';
    while (this.peek() !== undefined && /[ \t\r\n\v\f]/.test(this.peek() as string)) out += this.next();
    return out;
  }

  private name(): string {
    const first = this.peek();
    if (first === undefined) return '';
    if (/[0-9]/.test(first)) {
      let digits = '';
      while (this.peek() !== undefined && /[0-9]/.test(this.peek() as string)) digits += this.next();
      return digits;
    }
    if ('@*#?-$!0'.includes(first)) return this.next() as string;
    let name = '';
    while (this.peek() !== undefined && /[\p{L}\p{Nd}_]/u.test(this.peek() as string)) name += this.next();
    return name;
  }

  private resolve(name: string, asWritten: string, track: Tracking): string {
    const v = this.opts.lookup(name);
    if (v.kind === 'raw') {
      track.unknown.add(name);
      return asWritten;
    }
    if (v.kind === 'unset') {
      track.missing.add(name);
      return '';
    }
    if (v.unknown) track.unknown.add(name);
    return v.value;
  }

  private processDollar(track: Tracking): string {
    this.next(); // $
    if (this.peek() !== '{') {
      const name = this.name();
      return name === '' ? '$' : this.resolve(name, `$${name}`, track);
    }
    this.next(); // {
    const first = this.peek();
    if (first === undefined) throw new ShellError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ShellError('syntax error: bad substitution');
    const name = this.name();
    let op = this.next();
    if (op === undefined) throw new ShellError("syntax error: missing '}'");
    if (op === '}') return this.resolve(name, `\${${name}}`, track);

    if (op === '/') {
      const all = this.peek() === '/';
      if (all) this.next();
      const sub = newTracking();
      const pattern = this.processStopOn('/', true, sub).text;
      const replacement = this.processStopOn('}', true, sub).text;
      const v = this.opts.lookup(name);
      if (v.kind === 'raw') {
        track.unknown.add(name);
        return `\${${name}${all ? '//' : '/'}${pattern}/${replacement}}`;
      }
      mergeTracking(track, sub);
      if (v.kind === 'unset') {
        track.missing.add(name);
        return '';
      }
      if (v.unknown) track.unknown.add(name);
      const re = new RegExp(globToRegex(pattern, true), all ? 'gs' : 's');
      return v.value.replace(re, () => replacement);
    }

    let modifier = op;
    const nullIsUnset = op === ':';
    if (nullIsUnset) {
      op = this.next();
      if (op === undefined) throw new ShellError("syntax error: missing '}'");
      modifier += op;
    }
    if (!'+-?#%'.includes(op)) throw new ShellError(`unsupported modifier (${modifier}) in substitution`);
    const trims = op === '#' || op === '%';
    if (nullIsUnset && trims) throw new ShellError(`unsupported modifier (${modifier}) in substitution`);
    const sub = newTracking();
    const word = this.processStopOn('}', trims, sub).text;

    const v = this.opts.lookup(name);
    if (v.kind === 'raw') {
      track.unknown.add(name);
      return `\${${name}${modifier}${word}}`;
    }
    const set = v.kind === 'set';
    const value = v.kind === 'set' ? v.value : '';
    if (v.kind === 'set' && v.unknown) track.unknown.add(name);
    const empty = !set || (nullIsUnset && value === '');
    switch (op) {
      case '-':
        if (empty) {
          mergeTracking(track, sub);
          return word;
        }
        return value;
      case '+':
        if (empty) return '';
        mergeTracking(track, sub);
        return word;
      case '?':
        if (empty) throw new ShellError(`${name}: ${word || (set ? 'is not allowed to be empty' : 'is not allowed to be unset')}`);
        return value;
      default: {
        if (!set) track.missing.add(name);
        mergeTracking(track, sub);
        const greedy = word.startsWith(op);
        const pattern = greedy ? word.slice(1) : word;
        return op === '#' ? trimPrefix(value, pattern, greedy) : trimSuffix(value, pattern, greedy);
      }
    }
  }
}

/** A shell pattern (`*`, `?`, `[...]`, `\x`) as a regular expression source. */
function globToRegex(pattern: string, greedy: boolean): string {
  let out = '';
  const chars = Array.from(pattern);
  for (let p = 0; p < chars.length; p++) {
    const ch = chars[p];
    if (ch === '*') out += greedy ? '.*' : '.*?';
    else if (ch === '?') out += '.';
    else if (ch === '\\' && p + 1 < chars.length) out += escapeRegex(chars[++p]);
    else if (ch === '[') {
      const close = chars.indexOf(']', p + 2);
      if (close < 0) out += '\\[';
      else {
        let cls = chars.slice(p + 1, close).join('');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out += `[${cls.replace(/\\/g, '\\\\')}]`;
        p = close;
      }
    } else out += escapeRegex(ch);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimPrefix(value: string, pattern: string, greedy: boolean): string {
  const re = new RegExp(`^(?:${globToRegex(pattern, true)})$`, 's');
  const order = [...Array(value.length + 1).keys()];
  for (const end of greedy ? order.reverse() : order) if (re.test(value.slice(0, end))) return value.slice(end);
  return value;
}

function trimSuffix(value: string, pattern: string, greedy: boolean): string {
  const re = new RegExp(`^(?:${globToRegex(pattern, true)})$`, 's');
  const order = [...Array(value.length + 1).keys()];
  for (const start of greedy ? order : order.reverse()) if (re.test(value.slice(start))) return value.slice(0, start);
  return value;
}

interface Expanded {
  text: string;
  unknown: string[];
  missing: string[];
  error?: string;
}

function expand(word: string, escape: string, lookup: Lookup): Expanded {
  const shell = new ShellWord(word, { escape, lookup });
  try {
    const text = shell.word();
    return { text, unknown: [...shell.tracking.unknown], missing: [...shell.tracking.missing] };
  } catch (e) {
    return { text: '', unknown: [], missing: [], error: e instanceof Error ? e.message : String(e) };
  }
}

// ---------------------------------------------------------------------------
// Build args

/** Set by BuildKit from the build and target platforms (and the target), unknowable from the text. */
const AUTOMATIC_ARGS = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION', 'BUILDARCH', 'BUILDVARIANT',
  'TARGETPLATFORM', 'TARGETOS', 'TARGETOSVERSION', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE'
]);

/** A variable's value; `unknown` when it came (partly) from a value the text cannot tell. */
type EnvValue = { value: string; unknown: boolean } | 'automatic' | 'declared';

/** BuildKit's global scope: the automatic platform args, then each global ARG in order (build args win over defaults). */
function globalScope(dockerfile: ParsedDockerfile, buildArgs: Record<string, string>): Map<string, EnvValue> {
  const env = new Map<string, EnvValue>();
  for (const name of AUTOMATIC_ARGS) env.set(name, has(buildArgs, name) ? { value: buildArgs[name], unknown: false } : 'automatic');
  const lookup = scopeLookup(env, 'unset');
  for (const arg of dockerfile.globalArgs) {
    if (has(buildArgs, arg.name)) env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
    else if (arg.value !== undefined) {
      const r = expand(arg.raw ?? arg.value, dockerfile.escape, lookup);
      env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
    } else if (!env.has(arg.name)) env.set(arg.name, 'declared');
  }
  return env;
}

/** How names absent from the scope read: unset (global scope), or left as written (a stage, whose base image may set them). */
function scopeLookup(env: Map<string, EnvValue>, absent: 'unset' | 'raw'): Lookup {
  return name => {
    const v = env.get(name);
    if (v === undefined) return { kind: absent };
    if (v === 'automatic') return { kind: 'raw' };
    if (v === 'declared') return { kind: 'unset' };
    return { kind: 'set', value: v.value, unknown: v.unknown };
  };
}

function has(record: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The earlier stage a stage's FROM names (after global ARG expansion), as BuildKit matches it: exactly, against lower-cased names. */
function parentStage(dockerfile: ParsedDockerfile, position: number, globals: Map<string, EnvValue>): { parent?: number; base: Expanded } {
  const stage = dockerfile.stages[position];
  const base = expand(stage.base, dockerfile.escape, scopeLookup(globals, 'unset'));
  if (base.error || base.unknown.length > 0) return { base };
  let parent: number | undefined;
  for (let j = 0; j < position; j++) if (dockerfile.stages[j].name !== undefined && dockerfile.stages[j].name === base.text) parent = j;
  return { parent, base };
}

export function stageBase(
  dockerfile: ParsedDockerfile,
  stageIndex: number,
  buildArgs: Record<string, string> = {}
): { image: string; platform?: string; stageIndex: number } | undefined {
  const globals = globalScope(dockerfile, buildArgs);
  let position = stageIndex;
  for (;;) {
    const stage = dockerfile.stages[position];
    if (!stage) return undefined;
    const { parent, base } = parentStage(dockerfile, position, globals);
    if (parent !== undefined) {
      position = parent;
      continue;
    }
    if (base.error || base.unknown.length > 0 || base.missing.length > 0 || base.text === '' || base.text === 'scratch') return undefined;
    const result: { image: string; platform?: string; stageIndex: number } = { image: base.text, stageIndex: position };
    if (stage.platform !== undefined) {
      // $BUILDPLATFORM and friends stay as written; a variable with no value at all leaves the platform unknown.
      const platform = expand(stage.platform, dockerfile.escape, scopeLookup(globals, 'unset'));
      if (platform.error || platform.missing.length > 0 || platform.text === '') return undefined;
      result.platform = platform.text;
    }
    return result;
  }
}

export function cacheMounts(dockerfile: ParsedDockerfile, buildArgs: Record<string, string> = {}): CacheMount[] {
  const globals = globalScope(dockerfile, buildArgs);
  const finalScopes: Array<Map<string, EnvValue>> = [];
  const mounts: CacheMount[] = [];
  dockerfile.stages.forEach((stage, position) => {
    // A stage built on an earlier one inherits its environment, ARGs included (BuildKit copies the state).
    const { parent } = parentStage(dockerfile, position, globals);
    const env = new Map<string, EnvValue>(parent !== undefined ? finalScopes[parent] : []);
    const lookup = scopeLookup(env, 'raw');
    for (const ins of stage.instructions) {
      if (ins.keyword === 'ARG') {
        for (const arg of argPairs(ins.args, dockerfile.escape)) {
          if (arg.name === '') continue;
          if (has(buildArgs, arg.name)) env.set(arg.name, { value: buildArgs[arg.name], unknown: false });
          else if (arg.raw !== undefined) {
            const r = expand(arg.raw, dockerfile.escape, lookup);
            env.set(arg.name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
          } else {
            const global = globals.get(arg.name);
            if (global !== undefined && global !== 'declared') env.set(arg.name, global);
            else if (!env.has(arg.name)) env.set(arg.name, 'declared');
          }
        }
      } else if (ins.keyword === 'ENV') {
        // All values read the environment from before this ENV.
        const values = envPairs(ins.args, dockerfile.escape).map(p => ({ name: p.name, r: expand(p.raw, dockerfile.escape, lookup) }));
        for (const { name, r } of values) env.set(name, { value: r.text, unknown: r.unknown.length > 0 || r.error !== undefined });
      } else if (ins.keyword === 'RUN') {
        for (const flag of ins.flags) {
          if (!flag.startsWith('--mount=')) continue;
          const mount = cacheMount(flag.slice('--mount='.length), dockerfile.escape, lookup);
          if (mount) mounts.push({ ...mount, stageIndex: stage.index, line: ins.line });
        }
      }
    }
    finalScopes[position] = env;
  });
  return mounts;
}

const MOUNT_TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
const SHARING = new Set(['shared', 'private', 'locked']);
const MOUNT_KEYS = new Set([
  'type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw',
  'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env'
]);

/** One `--mount=` value when it is a valid cache mount; anything BuildKit would reject yields undefined. */
function cacheMount(csv: string, escape: string, lookup: Lookup): Omit<CacheMount, 'stageIndex' | 'line'> | undefined {
  const fields = csvFields(csv);
  if (!fields) return undefined;
  let type = 'bind';
  let id = '';
  let target = '';
  let sharing: CacheMount['sharing'] = 'shared';
  let readonly = false;
  const extra: Partial<Pick<CacheMount, 'uid' | 'gid' | 'mode' | 'from' | 'source'>> = {};
  const unresolved = new Set<string>();
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') readonly = true;
      else if (key === 'readwrite' || key === 'rw') readonly = false;
      else if (key === 'required' && (type === 'secret' || type === 'ssh')) continue;
      else return undefined;
      continue;
    }
    const written = field.slice(eq + 1);
    if (!MOUNT_KEYS.has(key)) return undefined;
    if (key === 'from') {
      const dollar = written.indexOf('$');
      if (dollar !== -1 && dollar !== written.length - 1) return undefined; // 'from' doesn't support variable expansion
    }
    const r = expand(written, escape, lookup);
    if (r.error !== undefined) return undefined;
    for (const n of [...r.unknown, ...r.missing]) unresolved.add(n);
    const value = r.text;
    switch (key) {
      case 'type':
        type = value.toLowerCase();
        if (!MOUNT_TYPES.has(type)) return undefined;
        break;
      case 'from':
        extra.from = value;
        break;
      case 'source':
      case 'src':
        extra.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = value;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(value);
        if (b === undefined) return undefined;
        readonly = key === 'readonly' || key === 'ro' ? b : !b;
        break;
      }
      case 'required':
        if (type !== 'secret' && type !== 'ssh') return undefined;
        break;
      case 'size':
        if (type !== 'tmpfs') return undefined;
        break;
      case 'id':
        id = value;
        break;
      case 'sharing': {
        const s = value.toLowerCase();
        if (!SHARING.has(s)) return undefined;
        sharing = s as CacheMount['sharing'];
        break;
      }
      case 'mode':
        if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0xffffffff) return undefined;
        extra.mode = value;
        break;
      case 'uid':
      case 'gid':
        if (!/^[0-9]+$/.test(value) || Number(value) > 0xffffffff) return undefined;
        extra[key] = Number(value);
        break;
      case 'env':
        break;
    }
  }
  if (type !== 'cache') return undefined;
  const mount: Omit<CacheMount, 'stageIndex' | 'line'> = { id: id || cleanPath(target), target, sharing, ...extra, readonly };
  if (unresolved.size > 0) mount.unresolved = [...unresolved].sort();
  return mount;
}

/** Go's strconv.ParseBool. */
function parseBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** One CSV record (fields may be "quoted", "" is a quote inside them); undefined where a strict CSV reader fails. */
function csvFields(line: string): string[] | undefined {
  if (line === '') return undefined;
  const fields: string[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] !== '"') {
      const comma = line.indexOf(',', pos);
      const field = comma < 0 ? line.slice(pos) : line.slice(pos, comma);
      if (field.includes('"')) return undefined;
      fields.push(field);
      if (comma < 0) return fields;
      pos = comma + 1;
      continue;
    }
    let field = '';
    pos++;
    for (;;) {
      const quote = line.indexOf('"', pos);
      if (quote < 0) return undefined;
      field += line.slice(pos, quote);
      pos = quote + 1;
      if (line[pos] === '"') {
        field += '"';
        pos++;
        continue;
      }
      break;
    }
    fields.push(field);
    if (pos === line.length) return fields;
    if (line[pos] !== ',') return undefined;
    pos++;
  }
}

/** Go's path.Clean. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? '/' + joined : joined || '.';
}

/** Source paths of a COPY/ADD (heredoc sources left out); JSON or shell form. */
export function copySources(ins: Instruction): string[] {
  const args = jsonArray(ins.args) ?? (ins.args === '' ? [] : ins.args.split(WHITESPACE));
  return args.slice(0, -1).filter(src => heredocWord(src) === undefined);
}
