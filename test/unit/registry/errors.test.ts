// RegistryError: a registry problem already in words, with the HTTP status when the registry answered.
import { describe, expect, it } from '@jest/globals';
import { RegistryError } from '../../../src/registry/errors.js';
import { RegistryError as ClientRegistryError } from '../../../src/registry/client.js';

describe('RegistryError', () => {
  it('carries the message and the status the registry answered', () => {
    const e = new RegistryError('ghcr.io/acme/app: manifests not found (HTTP 404)', 404);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('RegistryError');
    expect(e.message).toBe('ghcr.io/acme/app: manifests not found (HTTP 404)');
    expect(e.status).toBe(404);
    expect(String(e)).toBe('RegistryError: ghcr.io/acme/app: manifests not found (HTTP 404)');
  });

  it('has no status when no answer came', () => {
    expect(new RegistryError("ghcr.io's TLS certificate is not trusted").status).toBeUndefined();
  });

  it('is the class the client re-exports, so instanceof holds across both imports', () => {
    expect(ClientRegistryError).toBe(RegistryError);
    expect(new ClientRegistryError('x', 401)).toBeInstanceOf(RegistryError);
  });
});
