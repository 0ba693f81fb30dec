/**
 * Attestations: `attests` entries (`type=sbom|provenance,key=value,…`) and the
 * `provenance`/`sbom` shorthands (a boolean, or the attributes alone). A Go boolean
 * word stands for disabled=<not it>, as build-push-action and buildx read it.
 * BuildKit fails the build on an unknown type, a provenance mode or SLSA version it
 * does not have, and a non-boolean where it parses one; an attribute provenance does
 * not have is ignored (a warning). SBOM attributes go to the scanner as they are.
 * Follows docker/buildx v0.36.1: util/buildflags/attests.go.
 * Follows moby/buildkit v0.32.2: solver/llbsolver/provenance.go, solver/llbsolver/proc/provenance.go, solver/llbsolver/provenance/types/types.go, frontend/attestations/parse.go.
 */
import { parseBool } from '../util/boolean.js';
import { attrProblem, csvFields, knownKeys, type AttrKind } from './attrs.js';
import { fails, warns, type Finding } from './errors.js';
import { didYouMean } from '../util/words.js';

/** The provenance generator's attributes (BuildKit's solver/llbsolver/provenance.go and proc/provenance.go). */
const PROVENANCE: Record<string, AttrKind> = {
  mode: ['min', 'max', 'full'],
  version: ['v0.2', 'v1'],
  'builder-id': 'text',
  filename: 'text',
  reproducible: 'bool',
  'complete-materials': 'bool',
  // BuildKit reads these leniently: anything but true is false.
  'inline-only': 'text',
  'capture-usage': 'text'
};
const TYPES = ['sbom', 'provenance'];
const EXAMPLES: Record<string, string> = { provenance: 'mode=max', sbom: 'generator=docker/buildkit-syft-scanner', attests: 'type=provenance,mode=max' };

/** What is wrong with one attestation's attributes; `type` is fixed for the shorthands and read from the entry for `attests`. */
function attestFindings(entry: string, fixedType: string | undefined): Finding[] {
  let fields: string[];
  try {
    fields = csvFields(entry);
  } catch {
    return [fails(`'${entry}' is not a comma-separated list`, `Write key=value attributes separated by commas, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)];
  }
  const attrs = new Map<string, string>();
  for (const field of fields) {
    if (parseBool(field.trim(), 'go') !== undefined) continue;
    const eq = field.indexOf('=');
    if (eq === -1)
      return [
        fails(`${fields.length === 1 ? '' : `'${entry}': `}'${field}' is neither key=value nor a boolean`, `Write true, false or key=value attributes, e.g. ${EXAMPLES[fixedType ?? 'attests']}.`)
      ];
    attrs.set(field.slice(0, eq).trim(), field.slice(eq + 1));
  }
  const type = fixedType ?? attrs.get('type');
  if (!type) return [fails(`'${entry}' has no type`, 'Start the entry with type=sbom or type=provenance.')];
  if (!TYPES.includes(type)) {
    return [fails(`'${entry}' has the unknown type '${type}'${didYouMean(type, TYPES)}`, 'BuildKit attests type=sbom and type=provenance.')];
  }
  const findings: Finding[] = [];
  for (const [key, value] of attrs) {
    if (key === 'type') continue;
    if (key === 'disabled') {
      if (parseBool(value, 'go') === undefined) findings.push(fails(`'${entry}' has disabled=${value}`, 'disabled takes true or false.'));
    } else if (type === 'provenance') {
      const problem = attrProblem(entry, key, value, PROVENANCE);
      if (problem) findings.push(fails(...problem));
      else if (!Object.hasOwn(PROVENANCE, key)) findings.push(warns(`'${entry}': provenance has no attribute '${key}'`, `BuildKit ignores it (${knownKeys(key, PROVENANCE)})`));
    }
  }
  return findings;
}

export const attestEntryFindings = (entry: string): Finding[] => attestFindings(entry, undefined);

/** `provenance`: empty, a boolean (the runner's YAML words, as build-push-action reads it), or provenance attributes. */
export function provenanceFindings(value: string): Finding[] {
  if (value === '' || parseBool(value, 'yaml') !== undefined) return [];
  return attestFindings(value, 'provenance');
}

/** `sbom`: empty, or what follows `type=sbom,` (a boolean word included). */
export function sbomFindings(value: string): Finding[] {
  return value === '' ? [] : attestFindings(value, 'sbom');
}
