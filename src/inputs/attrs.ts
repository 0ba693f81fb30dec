/**
 * The syntax of entries inside list inputs: `key=value` pairs and the CSV attribute
 * lists buildx reads (`type=registry,ref=x`, `type=provenance,mode=max`).
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts.
 * Follows tonistiigi/go-csvvalue 030d3b2: csvvalue.go.
 */
import { parse } from 'csv-parse/sync';
import { parseBool } from '../util/boolean.js';
import { closest } from '../util/words.js';

/** `KEY=value` → [key, value], splitting at the first `=`. */
export function splitKeyValue(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}

/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
export function parseAttrs(value: string): Array<[string, string]> {
  // A quote inside a field is data, as buildx's CSV reader has it (csvFields too).
  const records = parse(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true });
  const pairs: Array<[string, string]> = [];
  for (const record of records) {
    for (const field of record) {
      const eq = field.indexOf('=');
      pairs.push(eq === -1 ? [field, ''] : [field.slice(0, eq).trim(), field.slice(eq + 1).trim()]);
    }
  }
  return pairs;
}

export function hasType(type: string, value: string): boolean {
  return parseAttrs(value).some(([k, v]) => k === 'type' && v === type);
}

/** Exporter type of one `outputs` entry; a bare path means the local exporter (buildx's rule). */
function exporterType(output: string): string {
  // buildx's rule (outputFindings says it too): one field that is the whole entry and not type=… is a directory for the local exporter.
  const fields = csvFields(output);
  if (fields.length === 1 && fields[0] === output && !output.startsWith('type=')) return 'local';
  return parseAttrs(output).find(([k]) => k === 'type')?.[1] ?? '';
}

export function hasExporter(type: string, outputs: string[]): boolean {
  return outputs.some(o => exporterType(o) === type);
}

/** The outputs that produce an image (not files: `local`, `tar`; not only a cache: `cacheonly`). */
export function imageOutputs(outputs: string[]): string[] {
  return outputs.filter(o => !['local', 'tar', 'cacheonly'].includes(exporterType(o)));
}

/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
export function resolveAttestationAttrs(attrs: string): string {
  return parse(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true, relaxQuotes: true })
    .flat()
    .map((attr: string) => {
      const enabled = parseBool(attr, 'go');
      return enabled === undefined ? attr : `disabled=${!enabled}`;
    })
    .join(',');
}

/** The fields of one comma-separated list as buildx's csvvalue reads them: quotes keep commas, nothing is trimmed. */
export function csvFields(value: string): string[] {
  if (value === '') return [];
  const records: string[][] = parse(value, { delimiter: ',', relaxColumnCount: true, relaxQuotes: true });
  return records.flat();
}

/** What an attribute's value may be: free text, a Go boolean (`flag`: empty means true, as BuildKit reads it), a whole number, or one of some words. */
export type AttrKind = 'text' | 'bool' | 'flag' | 'integer' | readonly string[];

/** What `value` should have been when it does not fit `kind` ("true or false"), else undefined. */
function expected(kind: AttrKind, value: string): string | undefined {
  if (kind === 'text') return undefined;
  if (kind === 'bool' || kind === 'flag') return (kind === 'flag' && value === '') || parseBool(value, 'go') !== undefined ? undefined : 'true or false';
  if (kind === 'integer') return /^[-+]?\d+$/.test(value) ? undefined : 'a whole number';
  return kind.includes(value) ? undefined : `${kind.slice(0, -1).join(', ')} or ${kind[kind.length - 1]}`;
}

/** The problem with one `key=value` of `entry` against the attribute table, as [problem, fix]; undefined when it fits or the key is not in the table. */
export function attrProblem(entry: string, key: string, value: string, table: Readonly<Record<string, AttrKind>>): [string, string] | undefined {
  const kind = Object.hasOwn(table, key) ? table[key] : undefined;
  const want = kind && expected(kind, value);
  return want ? [`'${entry}' has ${key}=${value === '' ? "''" : value}`, `${key} takes ${want}.`] : undefined;
}

/** "did you mean" for a key that is not in the table, or the keys it has. */
export function knownKeys(key: string, table: Readonly<Record<string, AttrKind>>): string {
  const keys = Object.keys(table);
  if (keys.length === 0) return 'it takes no attributes';
  const near = closest(key, keys);
  return near ? `did you mean ${near}?` : `it knows ${keys.join(', ')}`;
}
