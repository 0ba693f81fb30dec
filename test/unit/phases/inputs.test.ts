import { describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputErrors } from '../../../src/inputs/errors.js';
import { checkAllInputs, metadataProblems, readInputs, redacted } from '../../../src/phases/inputs.js';
import { rawInputs } from '../../helpers/inputs.js';
import { scratchDirs, testPorts } from '../../helpers/ports.js';
import { FakeRunner } from '../../helpers/runner.js';

const scratch = scratchDirs('phase-inputs');

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
      use: false,
      'keep-state': false,
      cleanup: true,
      'cache-binary': true,
      logout: true,
      merge: false,
      'comment-only': false
    });
  });
});

describe('readInputs: every secret masked before anything is said', () => {
  it('masks each secret, a multi-line one line by line too, first of all; the debug log shows the inputs redacted', async () => {
    const runner = new FakeRunner({ secrets: 'TOKEN=s3cr3t', password: 'first line\n  second line\n', username: 'bob', 'github-token': 'ghs_x' }, true);
    const { given, secrets } = await readInputs(testPorts({ dir: scratch(), runner }));
    expect(secrets).toEqual(['s3cr3t', 'ghs_x', 'first line\n  second line', 'first line', 'second line']);
    expect(runner.events.slice(0, 5)).toEqual(secrets.map(text => ({ kind: 'secret', text })));
    expect(runner.events[5]).toEqual({ kind: 'debug', text: expect.stringMatching(/^inputs: \{/) });
    expect(JSON.parse(runner.events[5].text.slice('inputs: '.length))).toMatchObject({ secrets: '***', password: '***', 'github-token': '***', username: 'bob' });
    expect(JSON.stringify(runner.events.slice(5))).not.toMatch(/s3cr3t|ghs_x|second line/);
    expect(given.username).toBe('bob');
  });

  it('registry-auths written as a mapping, with a custom tag on the password: masked first, and never said by the parser or the problem', async () => {
    const password = 'p4ss-0012345678901234567890';
    const runner = new FakeRunner({ 'registry-auths': `registry: ghcr.io\nusername: octocat\npassword: !token ${password}` }, true);
    const warned = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const { given, secrets } = await readInputs(testPorts({ dir: scratch(), runner }));
      expect(secrets).toEqual([password]);
      expect(runner.events[0]).toEqual({ kind: 'secret', text: password });
      const error = await checkAllInputs(testPorts({ dir: scratch(), runner }), given).catch((e: unknown) => e);
      expect((error as InputErrors).errors.map(e => e.message)).toContainEqual(expect.stringMatching(/^input 'registry-auths': is not a YAML list\./));
      expect((error as Error).message).not.toContain(password);
      expect(warned).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
    }
  });

  it('no debug line unless the runner shows them', async () => {
    const runner = new FakeRunner({ tags: 'r/app:1' });
    await readInputs(testPorts({ dir: scratch(), runner }));
    expect(runner.events).toEqual([]);
  });
});

describe('checkAllInputs: every problem at once, before docker is asked anything', () => {
  it('throws all the problems together, after saying the warnings', async () => {
    const runner = new FakeRunner({});
    const context = scratch();
    fs.writeFileSync(path.join(context, 'Dockerfile'), 'FROM busybox\n');
    const given = rawInputs({ context, push: 'true', 'max-size': 'big', secrets: 'EMPTY=', 'meta-tags': 'type=sha' });
    const error = await checkAllInputs(testPorts({ dir: scratch(), runner }), given).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputErrors);
    expect((error as InputErrors).errors.map(e => e.input)).toEqual(['tags', 'max-size', 'meta-tags']);
    expect((error as Error).message).toMatch(/^3 input problems:\n {2}- input 'tags': push is enabled but no tag is given\./);
    expect(runner.texts('warning')).toEqual([expect.stringMatching(/^input 'secrets': 'EMPTY' has an empty value; skipped/)]);
  });

  it('returns the inputs the build goes on with, the logins and the added nodes', async () => {
    const context = scratch();
    fs.writeFileSync(path.join(context, 'Dockerfile'), 'FROM busybox\n');
    const checked = await checkAllInputs(
      testPorts({ dir: scratch() }),
      rawInputs({ context, tags: 'r.example/app:1', secrets: 'EMPTY=\nTOKEN=x', registry: 'r.example', username: 'bob', password: 'pw' })
    );
    expect(checked.inputs.secrets).toEqual(['TOKEN=x']);
    expect(checked.logins).toEqual([{ registry: 'r.example', username: 'bob', password: 'pw' }]);
    expect(checked.nodes).toEqual([]);
  });

  it('a distributed build with a push needs the artifact service: without it, stop before any program runs', async () => {
    const given = rawInputs({ tags: 'r.example/app:1', push: 'true', merge: 'true', platforms: 'linux/amd64,linux/arm64' });
    await expect(checkAllInputs(testPorts({ dir: scratch() }), given)).rejects.toThrow(
      /^merge: the platform digests travel as artifacts of the run, but the Actions artifact service is not available to this step \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set\)\./
    );
    const withService = testPorts({ dir: scratch(), env: { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' } });
    await expect(checkAllInputs(withService, given)).resolves.toMatchObject({ inputs: { merge: true } });
    // Without a push nothing travels: no service needed.
    await expect(checkAllInputs(testPorts({ dir: scratch() }), { ...given, push: false })).resolves.toBeDefined();
  });
});
