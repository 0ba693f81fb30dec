/**
 * Image references in the grammar of distribution/reference, normalised the way
 * docker does (`app` → `docker.io/library/app`), so hoist and buildx agree on
 * where a tag goes.
 * Follows distribution/reference v0.6.0: regexp.go, normalize.go, reference.go.
 */
export interface ImageReference {
  /** Registry host as written, with port (`ghcr.io`, `127.0.0.1:5000`, `docker.io`). */
  domain: string;
  /** Repository path inside the registry (`acme/app`, `library/alpine`). */
  path: string;
  tag?: string;
  digest?: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const NAME_MAX = 255;

export class InvalidReferenceError extends Error {}

/** Parses and normalises `ref`; throws InvalidReferenceError saying what is wrong with it. */
export function parseReference(ref: string): ImageReference {
  const match = REFERENCE.exec(ref);
  if (!match) {
    throw new InvalidReferenceError(explainBadReference(ref));
  }
  const name = match[1];
  if (name.length > NAME_MAX) {
    throw new InvalidReferenceError(`repository name is longer than ${NAME_MAX} characters`);
  }
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const hasDomain = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  let domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? name.slice(slash + 1) : name;
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  return { domain, path, tag: match[2], digest: match[3] };
}

function explainBadReference(ref: string): string {
  if (ref.trim() !== ref || /\s/.test(ref)) return 'it contains whitespace';
  const withoutDigest = ref.split('@')[0];
  const lastColon = withoutDigest.lastIndexOf(':');
  const name = lastColon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, lastColon) : withoutDigest;
  const repo = name.includes('/') && /[.:]|^localhost$/.test(name.split('/')[0]) ? name.slice(name.indexOf('/') + 1) : name;
  if (/[A-Z]/.test(repo)) return `the repository '${repo}' has uppercase letters; repository names must be lowercase (e.g. '${repo.toLowerCase()}')`;
  if (lastColon > withoutDigest.lastIndexOf('/') && !new RegExp(`^${TAG}$`).test(withoutDigest.slice(lastColon + 1))) {
    return `the tag '${withoutDigest.slice(lastColon + 1)}' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`;
  }
  if (ref.includes('://')) return 'it is a URL; write the registry host without a scheme (e.g. ghcr.io/acme/app:1.0)';
  return 'it is not a valid image reference (form: [registry[:port]/]repository[:tag][@digest])';
}

/** A sha256 content digest as registries and BuildKit write it; for values read from untrusted files. */
export function isSha256Digest(value: unknown): value is string {
  return typeof value === 'string' && /^sha256:[0-9a-f]{64}$/.test(value);
}

/** `domain/path` as docker prints it (docker.io kept, so it is unambiguous). */
export function repositoryName(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** The host to talk HTTP(S) to: Docker Hub's API lives at registry-1.docker.io. */
export function registryHost(domain: string): string {
  return domain === 'docker.io' ? 'registry-1.docker.io' : domain;
}

/** A branch name as a tag: the characters tags allow, at most 128, like docker/metadata-action. */
export function branchTag(branch: string): string {
  return (
    branch
      .replace(/[^\w.-]/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 128) || 'latest'
  );
}
