/**
 * The YAML parser, loaded only for a step that has a YAML input (it is most of a 100 kB).
 * Every scalar comes back as the string written (the failsafe schema: a password
 * `0012345678901234567890` stays that, not a number), and the parser says nothing itself:
 * its warnings (an unknown tag) and its errors' excerpts quote the line, which may hold a
 * secret not masked yet. An error still throws, with the problem but not the text.
 */
export async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  // logLevel 'error': warnings are neither emitted nor printed, errors still throw ('silent' would swallow them).
  return parse(text, { schema: 'failsafe', resolveKnownTags: false, logLevel: 'error', prettyErrors: false }) as unknown;
}

/** Every scalar value in a parsed document, at any depth, but not the mapping keys, nor a string under one of the `except` keys. */
export function scalarValues(value: unknown, except: readonly string[] = [], key?: string): string[] {
  if (typeof value === 'string') return key !== undefined && except.includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(v => scalarValues(v, except));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => scalarValues(v, except, k));
  return [];
}
