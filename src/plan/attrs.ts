import { parse } from 'csv-parse/sync';

/** `type=registry,ref=x` records as [key, value] pairs (CSV-aware: quoted values keep commas). */
export function parseAttrs(value: string): Array<[string, string]> {
  const records = parse(value, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true }) as string[][];
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
export function exporterType(output: string): string {
  const pairs = parseAttrs(output);
  if (pairs.length === 1 && pairs[0][1] === '' && !pairs[0][0].startsWith('type=')) return 'local';
  return pairs.find(([k]) => k === 'type')?.[1] ?? '';
}

export function hasExporter(type: string, outputs: string[]): boolean {
  return outputs.some(o => exporterType(o) === type);
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  '1': true, t: true, T: true, true: true, TRUE: true, True: true,
  '0': false, f: false, F: false, false: false, FALSE: false, False: false
};

/** Go's strconv.ParseBool words turned into `disabled=…`, as buildx reads `--attest type=x,true`. */
export function resolveAttestationAttrs(attrs: string): string {
  return parse(attrs, { delimiter: ',', trim: true, columns: false, relaxColumnCount: true })
    .flat()
    .map((attr: string) => (attr in BOOLEAN_WORDS ? `disabled=${!BOOLEAN_WORDS[attr]}` : attr))
    .join(',');
}
