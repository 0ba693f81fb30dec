/** The YAML parser, loaded only for a step that has a YAML input (it is most of a 100 kB). */
export async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  return parse(text) as unknown;
}
