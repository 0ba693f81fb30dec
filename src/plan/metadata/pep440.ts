/**
 * PEP 440 versions for type=pep440, read and normalised as @renovate/pep440 does (the library
 * metadata-action's procPep440 uses): 1.0dev4 → 1.0.dev4, 1.1beta2 → 1.1b2.
 * Follows docker/metadata-action dc80280: src/meta.ts.
 */

const PEP440 =
  /^v?(?:(?:(?<epoch>\d+)!)?(?<release>\d+(?:\.\d+)*)(?:[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>\d+)?)?(?:-(?<postN1>\d+)|[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>\d+)?)?(?:[-_.]?(?<devL>dev)[-_.]?(?<devN>\d+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;

export interface Pep440Version {
  release: number[];
  /** The normalised form: 1.0dev4 → 1.0.dev4, 1.1beta2 → 1.1b2. */
  clean: string;
  /** A pre, post or dev release: only {{version}} (or {{raw}}) is tagged, and never latest. */
  unstable: boolean;
  /** A pre or dev release (1.1b2, 2.0.dev1); a post release is a fix of a stable one. */
  prerelease: boolean;
}

/** The spellings of a pre-release PEP 440 folds into a, b and rc. */
const PRE_RELEASE_LETTERS: Record<string, string> = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };

/** The version's parts, normalised; undefined when it is no PEP 440 version. */
export function parsePep440(version: string): Pep440Version | undefined {
  const groups = PEP440.exec(version)?.groups;
  if (!groups) return undefined;
  const epoch = Number(groups.epoch ?? 0);
  const release = groups.release.split('.').map(Number);
  const preLetter = groups.preL?.toLowerCase();
  const pre = preLetter ? `${PRE_RELEASE_LETTERS[preLetter] ?? preLetter}${Number(groups.preN ?? 0)}` : '';
  const postNumber = groups.postN1 ?? (groups.postL ? (groups.postN2 ?? '0') : undefined);
  const post = postNumber !== undefined ? `.post${Number(postNumber)}` : '';
  const dev = groups.devL ? `.dev${Number(groups.devN ?? 0)}` : '';
  const local = groups.local ? `+${normaliseLocal(groups.local)}` : '';
  return { release, clean: `${epoch ? `${epoch}!` : ''}${release.join('.')}${pre}${post}${dev}${local}`, unstable: Boolean(pre || post || dev), prerelease: Boolean(pre || dev) };
}

/** A local version label: separators become '.', numbers lose leading zeros, letters go lowercase. */
function normaliseLocal(local: string): string {
  return local
    .split(/[-_.]/)
    .map(p => (/^\d+$/.test(p) ? String(Number(p)) : p.toLowerCase()))
    .join('.');
}
