import { describe, expect, it } from '@jest/globals';
import { branchTag, parseReference, InvalidReferenceError } from '../../../src/registry/reference.js';

describe('parseReference', () => {
  it.each([
    ['alpine', 'docker.io', 'library/alpine', undefined],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20'],
    ['user/app:v1', 'docker.io', 'user/app', 'v1'],
    ['index.docker.io/user/app', 'docker.io', 'user/app', undefined],
    ['ghcr.io/acme/backend:pr-12', 'ghcr.io', 'acme/backend', 'pr-12'],
    ['127.0.0.1:5000/hoist/app:latest', '127.0.0.1:5000', 'hoist/app', 'latest'],
    ['localhost/app:1', 'localhost', 'app', '1'],
    ['localhost:5000/a/b/c:x_y.z-1', 'localhost:5000', 'a/b/c', 'x_y.z-1'],
    ['registry.example.com/acme/my__app--x.y', 'registry.example.com', 'acme/my__app--x.y', undefined]
  ])('%s', (ref, domain, path, tag) => {
    expect(parseReference(ref)).toEqual({ domain, path, tag, digest: undefined });
  });

  it('keeps a digest', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parseReference(`ghcr.io/a/b@${digest}`).digest).toBe(digest);
  });

  it.each([
    ['ghcr.io/Acme/App:1', /uppercase.*'acme\/app'/],
    ['ghcr.io/acme/app:-bad', /tag '-bad' is not valid/],
    ['ghcr.io/acme/app:', /not a valid image reference|tag '' is not valid/],
    ['https://ghcr.io/acme/app', /URL/],
    ['acme/app latest', /whitespace/],
    ['acme//app', /not a valid image reference/],
    ['acme/app:' + 'x'.repeat(129), /tag .* is not valid/]
  ])('rejects %s with a reason', (ref, reason) => {
    expect(() => parseReference(ref)).toThrow(InvalidReferenceError);
    expect(() => parseReference(ref)).toThrow(reason);
  });
});

describe('chooseBaseline', () => {
  it('sanitises branch names into tags', () => {
    expect(branchTag('feature/Fancy thing')).toBe('feature-Fancy-thing');
    expect(branchTag('-x')).toBe('x');
  });
});
