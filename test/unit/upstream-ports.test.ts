// CONTRIBUTING.md's "Upstream ports" table against the `Follows <owner/repo> <version>: <path>, ….`
// lines in the header comments of src/, both ways: every row's module exists and says it follows
// that upstream, and every module that says it follows an upstream has its row.
import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Row {
  /** As written: a file (`src/util/boolean.ts`) or a folder ending in `/` (`src/plan/metadata/`). */
  module: string;
  repo: string;
  version: string;
  files: string[];
}

interface FollowsLine {
  repo: string;
  version: string;
  files: string[];
}

const COLUMNS = { module: 'hoist module', repo: 'upstream repo', version: 'version/commit', files: 'upstream file(s)' } as const;

/** The rows of the one table under `## Upstream ports`. */
function tableRows(markdown: string): Row[] {
  const section = markdown.split(/^## Upstream ports[ \t]*$/m)[1]?.split(/^## /m)[0];
  if (section === undefined) throw new Error('CONTRIBUTING.md has no "## Upstream ports" section');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(cell => cell.trim());
  const [header, separator, ...body] = section.split('\n').filter(line => line.trim().startsWith('|'));
  if (!header || !separator) throw new Error('the "## Upstream ports" section has no table');
  const names = cells(header);
  const column = (name: string): number => {
    const index = names.indexOf(name);
    if (index === -1) throw new Error(`the ports table has no '${name}' column (it has ${names.join(', ')})`);
    return index;
  };
  const at = { module: column(COLUMNS.module), repo: column(COLUMNS.repo), version: column(COLUMNS.version), files: column(COLUMNS.files) };
  const unquote = (cell: string) => cell.replace(/^`|`$/g, '');
  return body.map(line => {
    const row = cells(line);
    const quoted = [...row[at.files].matchAll(/`([^`]+)`/g)].map(m => m[1]);
    return {
      module: unquote(row[at.module]),
      repo: unquote(row[at.repo]),
      version: unquote(row[at.version]),
      files: quoted.length > 0 ? quoted : row[at.files].split(',').map(f => f.trim())
    };
  });
}

/** The comment lines a file opens with (block and line comments, blank lines between them). */
function headerComment(text: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inBlock) {
      lines.push(line);
      inBlock = !trimmed.includes('*/');
    } else if (trimmed.startsWith('/*')) {
      lines.push(line);
      inBlock = !trimmed.slice(2).includes('*/');
    } else if (trimmed.startsWith('//') || trimmed === '') {
      lines.push(line);
    } else {
      break;
    }
  }
  return lines;
}

const FOLLOWS = /^Follows ([\w.-]+\/[\w.-]+) (\S+): (.+?)\.$/;

/** The `Follows` lines of a file's header; one that does not fit the form is returned as a string. */
function followsLines(text: string): Array<FollowsLine | string> {
  return headerComment(text)
    .map(line =>
      line
        .trim()
        .replace(/^(\/\*\*?|\*(?!\/)|\/\/)\s*/, '')
        .replace(/\s*\*\/$/, '')
    )
    .filter(line => line.startsWith('Follows '))
    .map(line => {
      const m = FOLLOWS.exec(line);
      return m ? { repo: m[1], version: m[2], files: m[3].split(',').map(f => f.trim()) } : line;
    });
}

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(rel);
    return entry.isFile() && entry.name.endsWith('.ts') ? [rel] : [];
  });
}

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const rows = tableRows(read('CONTRIBUTING.md'));
const sources = tsFilesUnder('src');
const covers = (row: Row, file: string) => (row.module.endsWith('/') ? file.startsWith(row.module) : file === row.module);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

describe('the upstream ports table', () => {
  it('has rows, each naming a module under src/, an owner/repo, a version and upstream files, once per module and repo', () => {
    expect(rows.length).toBeGreaterThan(0);
    const problems = rows.flatMap(row => {
      const found: string[] = [];
      if (!row.module.startsWith('src/')) found.push(`${row.module}: the module is not under src/`);
      if (!/^[\w.-]+\/[\w.-]+$/.test(row.repo)) found.push(`${row.module}: '${row.repo}' is not owner/repo`);
      if (!/^\S+$/.test(row.version)) found.push(`${row.module}: '${row.version}' is not one version or commit`);
      if (row.files.length === 0 || row.files.some(f => f === '')) found.push(`${row.module}: no upstream files`);
      return found;
    });
    const keys = rows.map(row => `${row.module} ${row.repo}`);
    problems.push(...keys.filter((key, i) => keys.indexOf(key) !== i).map(key => `${key}: listed twice`));
    expect(problems).toEqual([]);
  });

  it.each(rows)('$module follows $repo $version, as its header says', row => {
    const problems: string[] = [];
    let files: string[];
    if (row.module.endsWith('/')) {
      const isDir = fs.statSync(path.join(ROOT, row.module), { throwIfNoEntry: false })?.isDirectory() ?? false;
      files = isDir ? tsFilesUnder(row.module.slice(0, -1)) : [];
      if (!isDir) problems.push(`${row.module} is not a folder`);
      else if (files.length === 0) problems.push(`${row.module} holds no .ts file`);
    } else {
      const isFile = fs.statSync(path.join(ROOT, row.module), { throwIfNoEntry: false })?.isFile() ?? false;
      files = isFile ? [row.module] : [];
      if (!isFile) problems.push(`${row.module} is not a file`);
    }
    for (const file of files) {
      const lines = followsLines(read(file)).filter((l): l is FollowsLine => typeof l !== 'string' && l.repo === row.repo);
      const line = lines.find(l => l.version === row.version);
      if (!line) {
        const said = lines.map(l => `${l.repo} ${l.version}`).join(', ');
        problems.push(`${file} has no header line "Follows ${row.repo} ${row.version}: …"${said ? ` (it says ${said})` : ''}`);
      } else if (row.module.endsWith('/') ? !line.files.every(f => row.files.includes(f)) : !sameSet(line.files, row.files)) {
        problems.push(`${file} follows ${line.files.join(', ')} of ${row.repo}; the table says ${row.files.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every module under src/ whose header says it follows an upstream', () => {
    const problems = sources.flatMap(file =>
      followsLines(read(file)).flatMap(line => {
        if (typeof line === 'string') return [`${file}: '${line}' is not of the form "Follows <owner/repo> <version>: <path>[, <path>]."`];
        const listed = rows.some(row => covers(row, file) && row.repo === line.repo && row.version === line.version);
        return listed ? [] : [`${file} follows ${line.repo} ${line.version}, which has no row in CONTRIBUTING.md's table`];
      })
    );
    expect(problems).toEqual([]);
  });
});
