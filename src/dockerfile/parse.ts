/**
 * A Dockerfile reader that follows BuildKit's Dockerfile frontend (moby/buildkit
 * frontend/dockerfile/parser) closely enough to find stages, global ARGs, heredocs
 * and flags the way a build would: lines, parser directives, continuations, heredoc
 * bodies, `--flags`, instructions and stages. Pure: no I/O.
 *
 * It never throws on a malformed file: what BuildKit would reject is either skipped or,
 * for file-level problems, listed in `problems`. Quotes, escapes and variables in a
 * word are expand.ts's job; build-arg scopes and RUN cache mounts are mounts.ts's.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/parser/parser.go, frontend/dockerfile/parser/line_parsers.go, frontend/dockerfile/parser/split_command.go, frontend/dockerfile/parser/directives.go, frontend/dockerfile/instructions/parse.go.
 */
import { keepAsWritten, ShellWord } from './expand.js';

interface Heredoc {
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

interface GlobalArg {
  name: string;
  /** The default with quotes and escapes removed, variables left as written; undefined when there is none. */
  value?: string;
  /** The default exactly as written, present only when it differs from `value` (it had quotes or escapes). */
  raw?: string;
}

interface DockerfileProblem {
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

/** The exec form's words (`["go", "build"]`), or undefined for the shell form. */
export function jsonArray(args: string): string[] | undefined {
  const trimmed = args.replace(/^\s+/, '');
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) return value;
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
export function argPairs(args: string, escape: string): Array<{ name: string; raw?: string }> {
  return parseWords(args, escape).map(word => {
    const eq = word.indexOf('=');
    return eq < 0 ? { name: word } : { name: word.slice(0, eq), raw: word.slice(eq + 1) };
  });
}

/** `ENV A=1 B="x y"` or the old `ENV A some value`. */
export function envPairs(args: string, escape: string): Array<{ name: string; raw: string }> {
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

/** Source paths of a COPY/ADD (heredoc sources left out); JSON or shell form. */
export function copySources(ins: Instruction): string[] {
  const args = jsonArray(ins.args) ?? (ins.args === '' ? [] : ins.args.split(WHITESPACE));
  return args.slice(0, -1).filter(src => heredocWord(src) === undefined);
}
