import { describe, expect, it } from '@jest/globals';
import { builderProblems, validateInputs, type FileProbe } from '../../../src/inputs/validate.js';
import type { BuilderFacts } from '../../../src/plan/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

const DOCKERFILE = 'FROM --platform=$BUILDPLATFORM golang AS Builder\nRUN true\nFROM alpine AS runtime\n';

/** A workspace with ./Dockerfile, ./app/Dockerfile and a secret file. */
const files: FileProbe = {
  isDirectory: p => ['.', 'app', 'app/'].includes(p),
  isFile: p => ['Dockerfile', 'app/Dockerfile', './secret.txt'].includes(p),
  readText: p => (p.endsWith('Dockerfile') ? DOCKERFILE : undefined)
};
const remote: BuilderFacts = { name: 'hoist', driver: 'remote', platforms: ['linux/amd64', 'linux/arm64'] };

/** What the step reports, as main checks it: the inputs alone, then what the builder's facts show. */
function problems(raw: Record<string, string>, builder: BuilderFacts = remote): string[] {
  const inputs = rawInputs({ context: '.', ...raw });
  return [...validateInputs(inputs, files), ...builderProblems(inputs, builder)].map(e => e.message);
}

describe('validateInputs', () => {
  it('accepts the example workflow', () => {
    expect(problems({ platforms: 'linux/amd64,linux/arm64', tags: 'ghcr.io/acme/backend:main', push: 'true', target: 'BUILDER' })).toEqual([]);
  });

  // Each row: raw inputs → the input named and words the message must carry (the fix included).
  it.each([
    [{ platforms: 'linux/amd64,linux/amd46' }, 'platforms', /'linux\/amd46'.*did you mean 'linux\/amd64'.*os\/arch/],
    [{ tags: 'ghcr.io/Acme/Backend:1' }, 'tags', /uppercase.*'acme\/backend'/],
    [{ tags: 'ghcr.io/acme/backend:bad tag' }, 'tags', /whitespace/],
    [{ tags: `ghcr.io/acme/backend@sha256:${'a'.repeat(64)}` }, 'tags', /digest/],
    [{ push: 'true' }, 'tags', /push is enabled but no tag.*Add at least one tag/],
    [{ outputs: 'type=registry' }, 'tags', /no tag/],
    [{ context: 'missing' }, 'context', /'missing' is not a directory.*actions\/checkout/],
    [{ file: 'nope/Dockerfile' }, 'file', /no Dockerfile at 'nope\/Dockerfile'.*relative to the workspace/],
    [{ context: 'app/', file: '', target: 'nope' }, 'target', /no stage named 'nope'.*builder, runtime/],
    [{ context: 'app/', tags: 'r/a:1', 'cache-stages': 'builder\nbiulder' }, 'cache-stages', /no stage named 'biulder'.*builder, runtime/],
    [{ context: 'app/', 'cache-stages': 'builder' }, 'cache-stages', /no tag.*cache-ref/],
    [{ 'cache-mounts-max-size': 'big' }, 'cache-mounts-max-size', /'big' is not a size.*2GB/],
    [{ secrets: 'NOVALUE' }, 'secrets', /entry 1 is not of the form KEY=value/],
    [{ secrets: 'TOKEN=' }, 'secrets', /entry 1 \('TOKEN'\) has an empty value/],
    [{ 'secret-files': 'npmrc=./missing' }, 'secret-files', /not a file/],
    [{ 'secret-envs': 'JUSTNAME' }, 'secret-envs', /KEY=ENV_NAME/],
    [{ 'shm-size': 'lots' }, 'shm-size', /not a size/],
    [{ ulimit: 'nofile' }, 'ulimit', /name=soft\[:hard\]/],
    [{ 'add-hosts': 'justahost' }, 'add-hosts', /host:ip/],
    [{ load: 'true', outputs: 'type=local,dest=out' }, 'load', /either load/]
  ])('%j', (raw, input, message) => {
    const found = problems(raw);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^input '${input}': `));
    expect(found[0]).toMatch(message);
  });

  it('refuses loading several platforms into a classic image store, allows it with containerd', () => {
    const raw = { load: 'true', platforms: 'linux/amd64,linux/arm64' };
    expect(problems(raw)).toEqual([expect.stringMatching(/^input 'load': cannot load a 2-platform image.*push instead/)]);
    expect(problems(raw, { ...remote, engineLoadsMultiPlatform: true })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(problems({ platforms: 'linux/amd46', tags: 'UPPER', 'shm-size': 'x' })).toHaveLength(3);
  });

  it('never echoes a secret value', () => {
    const found = problems({ secrets: 'GOOD=fine\nBROKENs3cr3t' });
    expect(found.join('\n')).not.toContain('s3cr3t');
    expect(found[0]).toMatch(/entry 2/);
  });

  it('leaves remote contexts and stdin Dockerfiles to buildx', () => {
    expect(problems({ context: 'https://github.com/acme/backend.git#main' })).toEqual([]);
    expect(problems({ context: '', file: 'whatever' })).toEqual([]);
    expect(problems({ file: '-' })).toEqual([]);
  });
});
