/**
 * The `outputs` input, one entry as buildx reads it (util/buildflags/export.go): a bare
 * path is the local exporter, anything else `type=<exporter>,key=value,…`. Exporters and
 * their attributes are BuildKit's (https://docs.docker.com/build/exporters/): a wrong
 * type or value fails the build, so it is an error here; an attribute an exporter does
 * not have is ignored by BuildKit, so it is a warning.
 * Follows docker/buildx v0.36.1: util/buildflags/export.go.
 * Follows moby/buildkit v0.32.2: exporter/containerimage/opts.go, exporter/containerimage/exptypes/keys.go, exporter/containerimage/exptypes/annotations.go, exporter/local/fs.go, exporter/oci/export.go.
 */
import { parseBool } from '../util/boolean.js';
import { attrProblem, csvFields, knownKeys, type AttrKind } from './attrs.js';
import { fails, warns, type Finding } from './errors.js';
import type { PathProbe } from './files.js';
import { didYouMean } from '../util/words.js';

const COMPRESSIONS = ['uncompressed', 'gzip', 'estargz', 'zstd', 'nydus'];

/** What every exporter of an image takes (BuildKit's ImageCommitOpts). */
const IMAGE_COMMIT: Record<string, AttrKind> = {
  name: 'text',
  compression: COMPRESSIONS,
  'compression-level': 'integer',
  'force-compression': 'flag',
  'oci-mediatypes': 'bool',
  'oci-artifact': 'bool',
  'rewrite-timestamp': 'bool',
  'source-date-epoch': 'text',
  'attestation-inline': 'bool',
  'prefer-nondist-layers': 'bool',
  buildinfo: 'text',
  'buildinfo-attrs': 'text'
};
const IMAGE: Record<string, AttrKind> = {
  ...IMAGE_COMMIT,
  push: 'flag',
  'push-by-digest': 'flag',
  'registry.insecure': 'flag',
  'dangling-name-prefix': 'text',
  'name-canonical': 'flag',
  unpack: 'flag',
  store: 'flag'
};
const LAYOUT: Record<string, AttrKind> = { ...IMAGE_COMMIT, dest: 'text', tar: 'flag' };
const FILES: Record<string, AttrKind> = { dest: 'text', 'platform-split': 'bool', 'attestation-prefix': 'text', 'source-date-epoch': 'text' };

/** Each exporter buildx knows, with its attributes; `cacheonly` is buildx's own "export nothing". */
const EXPORTERS: Record<string, Record<string, AttrKind>> = {
  image: IMAGE,
  registry: IMAGE,
  local: { ...FILES, mode: ['copy', 'delete'] },
  tar: FILES,
  oci: LAYOUT,
  docker: { ...LAYOUT, context: 'text' },
  cacheonly: {}
};
const TYPES = Object.keys(EXPORTERS);
const MAKES_IMAGE = new Set(['image', 'registry', 'oci', 'docker']);
/** `annotation[-<type>][[<platform>]].<key>=value` (BuildKit's keyAnnotationRegexp). */
const ANNOTATION_ATTR = /^annotation(?:-([a-z-]+))?(?:\[[A-Za-z0-9_/-]+\])?\.\S+$/;
export const ANNOTATION_TYPES = ['index', 'index-descriptor', 'manifest', 'manifest-descriptor'];

const FORM = 'Write type=<exporter>,key=value,…, e.g. type=local,dest=out or type=registry.';
const TYPES_FIX = `Use one of: ${TYPES.join(', ')}.`;

/** What is wrong with one `outputs` entry (nothing: an empty list). */
export function outputFindings(entry: string, files: PathProbe): Finding[] {
  let fields: string[];
  try {
    fields = csvFields(entry);
  } catch {
    return [fails(`'${entry}' is not a comma-separated list`, FORM)];
  }
  // buildx's rule: one field that is the whole entry and not type=… is a directory for the local exporter.
  if (fields.length === 1 && fields[0] === entry && !entry.startsWith('type=')) {
    if (entry === '-') return [fails(`'-' writes a tarball to standard output, which is the step's log`, 'Give a file, e.g. type=tar,dest=image.tar.')];
    const looksLikeAttr = entry.includes('=') ? [warns(`'${entry}' has no type=, so buildx takes it as a directory for the local exporter`, `the result goes to a directory named '${entry}'`)] : [];
    return [...looksLikeAttr, ...destFindings(entry, 'local', entry, true, files)];
  }

  const attrs = new Map<string, string>();
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq === -1) return [fails(`'${entry}': '${field}' is not key=value`, FORM)];
    attrs.set(field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1));
  }
  const type = attrs.get('type');
  attrs.delete('type');
  if (!type) return [fails(`'${entry}' has no type`, TYPES_FIX)];
  const table = Object.hasOwn(EXPORTERS, type) ? EXPORTERS[type] : undefined;
  if (!table) {
    return [fails(`'${entry}' has the unknown type '${type}'${didYouMean(type, TYPES)}`, TYPES_FIX)];
  }

  const findings: Finding[] = [];
  for (const [key, value] of attrs) {
    const annotation = MAKES_IMAGE.has(type) ? ANNOTATION_ATTR.exec(key) : null;
    if (annotation) {
      if (annotation[1] && !ANNOTATION_TYPES.includes(annotation[1]))
        findings.push(fails(`'${entry}' has the unknown annotation type '${annotation[1]}'`, `Use annotation.<key>, or annotation-<${ANNOTATION_TYPES.join('|')}>.<key>.`));
    } else if (!Object.hasOwn(table, key)) {
      findings.push(warns(`'${entry}': the ${type} exporter has no attribute '${key}'`, `BuildKit ignores it (${knownKeys(key, table)})`));
    } else {
      const problem = attrProblem(entry, key, value, table);
      if (problem) findings.push(fails(...problem));
    }
  }
  // oci and docker write a tarball unless tar=false (buildx reads anything but a boolean as true).
  const tar = parseBool(attrs.get('tar') ?? '', 'go') ?? true;
  return [...findings, ...destFindings(entry, type, attrs.get('dest'), tar, files)];
}

/** Where an exporter writes on this machine: a directory (local, oci/docker with tar=false) or a file (tar, oci, docker with dest). */
function destFindings(entry: string, type: string, dest: string | undefined, tar: boolean, files: PathProbe): Finding[] {
  const layout = type === 'oci' || type === 'docker';
  if (type === 'local' || (layout && !tar)) {
    if (!dest || dest === '-') return [fails(`'${entry}' needs dest=<directory>`, `E.g. type=${type},dest=out (relative to the workspace).`)];
    if (files.isFile(dest)) return [fails(`'${entry}' writes into '${dest}', which is a file`, 'Give a directory; it is created when missing.')];
  } else if (type === 'tar' || layout) {
    // Without a file the tarball goes to buildx's standard output: hoist's log. `docker` without dest loads the image instead.
    if ((!dest && type !== 'docker') || dest === '-')
      return [fails(`'${entry}' has no dest file, so the tarball would be written into the step's log`, `Give a file, e.g. type=${type},dest=image.tar.`)];
    if (dest && files.isDirectory(dest)) return [fails(`'${entry}' writes to '${dest}', which is a directory`, 'Give a file path, e.g. dest=out/image.tar.')];
  }
  return [];
}
