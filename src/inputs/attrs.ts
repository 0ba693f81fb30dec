/**
 * The syntax of entries inside list inputs: `key=value` pairs and the CSV attribute
 * lists buildx reads (`type=registry,ref=x`, `type=provenance,mode=max`).
 */
import { parse } from 'csv-parse/sync';
import { parseBool } from '../util/boolean.js';

/** `KEY=value` → [key, value], splitting at the first `=`. */
export function splitKeyValue(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}

/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
export function parseAttrs(value: string): Array<[string, string]> {
  const records = parse(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true });
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
  const pairs = parseAttrs(output);
  if (pairs.length === 1 && pairs[0][1] === '' && !pairs[0][0].startsWith('type=')) return 'local';
  return pairs.find(([k]) => k === 'type')?.[1] ?? '';
}

export function hasExporter(type: string, outputs: string[]): boolean {
  return outputs.some(o => exporterType(o) === type);
}

/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
export function resolveAttestationAttrs(attrs: string): string {
  return parse(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true })
    .flat()
    .map((attr: string) => {
      const enabled = parseBool(attr, 'go');
      return enabled === undefined ? attr : `disabled=${!enabled}`;
    })
    .join(',');
}
