import { describe, expect, it } from '@jest/globals';
import { metadataProblems, redacted } from '../../../src/phases/inputs.js';
import { rawInputs } from '../../helpers/inputs.js';

describe('metadataProblems: the meta-* inputs checked with the others, before anything runs', () => {
  it('rules without images', async () => {
    expect((await metadataProblems(rawInputs({ 'meta-tags': 'type=sha' }))).map(e => e.message)).toEqual([
      "input 'meta-tags': is given without meta-images. Name the images to tag in meta-images (e.g. ghcr.io/acme/app); the rules apply to them."
    ]);
  });
  it("a rule metadata-action's syntax has no meaning for", async () => {
    expect((await metadataProblems(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=semver,patern={{version}}' }))).map(e => e.input)).toEqual(['meta-tags']);
  });
  it('none for good rules, or no meta-* input at all', async () => {
    expect(await metadataProblems(rawInputs({ 'meta-images': 'ghcr.io/acme/app', 'meta-tags': 'type=ref,event=branch\ntype=semver,pattern={{version}}' }))).toEqual([]);
    expect(await metadataProblems(rawInputs({}))).toEqual([]);
  });
});

describe('redacted: the inputs as the debug log shows them', () => {
  it('replaces every secret-bearing input that is set, and keeps the rest', () => {
    const shown = redacted(rawInputs({ tags: 'r/app:1', secrets: 'TOKEN=s3cr3t', password: 'pw', 'registry-auths': '- registry: r\n  password: x', 'github-token': 'ghs_x' }));
    expect(shown).toMatchObject({ tags: ['r/app:1'], secrets: '***', password: '***', 'registry-auths': '***', 'github-token': '***' });
    expect(JSON.stringify(shown)).not.toMatch(/s3cr3t|ghs_x|"pw"/);
    // Only what is set: unset strings and empty lists are left out, booleans stay.
    expect(redacted(rawInputs({ push: 'true' }))).toEqual({
      push: true,
      load: false,
      'no-cache': false,
      pull: false,
      'pr-comment': true,
      'cache-mounts': true,
      logout: true,
      merge: false,
      'comment-only': false
    });
  });
});
