/**
 * The one place booleans are read from text. Two grammars meet in hoist:
 * - `yaml`: YAML 1.2 core-schema words, as the runner's core.getBooleanInput accepts
 *   them for action inputs (`push: true`);
 * - `go`: Go's strconv.ParseBool, as buildx, BuildKit and docker read booleans in
 *   flags, attributes and environment variables (`BUILDX_NO_DEFAULT_ATTESTATIONS=1`).
 * The YAML words are all valid Go words too.
 * Follows actions/toolkit @actions/core@3.0.1: packages/core/src/core.ts.
 * Follows docker/actions-toolkit v0.92.0: src/util.ts.
 */
const YAML_WORDS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const GO_WORDS: Record<string, boolean> = { ...YAML_WORDS, '1': true, t: true, T: true, '0': false, f: false, F: false };

/** True or false for a boolean word of the grammar; undefined for anything else. */
export function parseBool(value: string, grammar: 'yaml' | 'go'): boolean | undefined {
  const words = grammar === 'yaml' ? YAML_WORDS : GO_WORDS;
  return Object.hasOwn(words, value) ? words[value] : undefined;
}
