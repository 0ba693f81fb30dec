/** Follows docker/actions-toolkit v0.92.0: src/util.ts. */
import { parse } from 'csv-parse/sync';

export interface ListOptions {
  /** Keep commas inside one line: `a=b,c` stays one item (build-args, labels, cache-to…). */
  ignoreComma?: boolean;
  /** Set to false for values where quotes are data, e.g. `outputs` attribute lists. */
  quote?: false;
  /** Secrets keep their surrounding whitespace. */
  trimWhitespace?: boolean;
}

/**
 * Splits a list input the way docker/build-push-action does, so a workflow that
 * works there means the same here: one item per line, and per line a CSV record
 * (quotes protect commas), each field trimmed, empty items dropped.
 */
export function parseList(input: string, opts: ListOptions = {}): string[] {
  if (input === '') return [];
  const records = parse(input, {
    columns: false,
    relaxQuotes: true,
    relaxColumnCount: true,
    skipEmptyLines: true,
    ...(opts.quote === false ? { quote: false } : {})
  });
  const items: string[] = [];
  for (const record of records) {
    if (record.length === 1) {
      if (opts.ignoreComma) items.push(record[0]);
      else items.push(...record[0].split(','));
    } else if (opts.ignoreComma) {
      items.push(record.join(','));
    } else {
      items.push(...record);
    }
  }
  return items.filter(item => item).map(item => (opts.trimWhitespace === false ? item : item.trim()));
}
