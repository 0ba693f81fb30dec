/**
 * Shell word processing as BuildKit's Dockerfile frontend does it (moby/buildkit
 * frontend/dockerfile/shell, its shell lexer): quotes, escapes and $VAR, ${VAR},
 * ${VAR:-x}, ${VAR-x}, ${VAR:+x}, ${VAR+x}, ${VAR:?x}, ${VAR#p}, ${VAR%p}, ${VAR/p/r}.
 * The parser uses it to unquote words and find heredoc names; mounts.ts uses it to
 * expand ARG and ENV values, FROM and `--mount=` fields, noting which variables had
 * no value the text can tell. Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/shell/lex.go.
 */

/** How a variable reads: set (`unknown` when its value is itself not known), unset (empty), or raw (left as written). */
export type Lookup = (name: string) => { kind: 'set'; value: string; unknown?: boolean } | { kind: 'unset' } | { kind: 'raw' };

/** Every variable left exactly as written (BuildKit's SkipUnsetEnv with no environment). */
export const keepAsWritten: Lookup = () => ({ kind: 'raw' });

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

export class ShellWord {
  private chars: string[];
  private pos = 0;
  private rawEscapes: boolean;
  readonly tracking = newTracking();

  constructor(
    source: string,
    private readonly opts: ShellOptions
  ) {
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

export interface Expanded {
  text: string;
  unknown: string[];
  missing: string[];
  error?: string;
}

export function expand(word: string, escape: string, lookup: Lookup): Expanded {
  const shell = new ShellWord(word, { escape, lookup });
  try {
    const text = shell.word();
    return { text, unknown: [...shell.tracking.unknown], missing: [...shell.tracking.missing] };
  } catch (e) {
    return { text: '', unknown: [], missing: [], error: e instanceof Error ? e.message : String(e) };
  }
}
