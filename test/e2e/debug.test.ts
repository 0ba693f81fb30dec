/**
 * The debug channel, as a job re-run with debug logging sees it: the bundled action run
 * with RUNNER_DEBUG=1 logs in to a Bearer-token registry and pushes, and its `::debug::`
 * lines show the resolved inputs, every command line with its exit, every registry
 * request with its status and time, and each phase's time — and never the password, the
 * Basic credentials or a token. Without RUNNER_DEBUG nothing of it is written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTokenRegistry, type TestRegistry } from '../servers/registries.js';
import { workspace } from '../helpers/workspace.js';
import { explain, runAction } from './runner.js';
import { BUILDER, RUNTIME_IMAGE, requireToolchain } from './toolchain.js';

const debugLines = (stdout: string): string[] => stdout.split('\n').filter(line => line.startsWith('::debug::'));

describe('RUNNER_DEBUG=1: the debug log', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    await requireToolchain();
    registry = await startTokenRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('shows the inputs, the command lines and the registry requests, with no secret in them', async () => {
    const image = `${registry.host}/e2e/debug`;
    const inputs = {
      context: '.',
      builder: BUILDER,
      push: 'true',
      tags: `${image}:1`,
      registry: registry.host,
      username: registry.username,
      password: registry.password
    };
    const ws = () => workspace({ Dockerfile: `FROM ${RUNTIME_IMAGE}\nCOPY hello /hello\n`, hello: `debug ${Date.now()}\n` }, { name: 'debug' });
    const run = await runAction(inputs, { workspace: ws(), env: { RUNNER_DEBUG: '1' } });
    expect({ code: run.main.exitCode, log: run.main.exitCode === 0 ? '' : explain(run) }).toEqual({ code: 0, log: '' });
    const lines = debugLines(run.main.stdout);

    // The resolved inputs, one line, the password shown as ***.
    const inputsLine = lines.find(l => l.startsWith('::debug::inputs: '));
    expect(inputsLine).toBeDefined();
    const shown = JSON.parse(inputsLine!.slice('::debug::inputs: '.length));
    expect(shown).toMatchObject({ tags: [`${image}:1`], push: true, registry: registry.host, username: registry.username, password: '***' });

    // Every command line, then its exit: the build among them.
    expect(lines).toContainEqual(expect.stringMatching(/^::debug::docker buildx build .*--tag \S*e2e\/debug:1/));
    expect(lines).toContainEqual(expect.stringMatching(/^::debug::docker buildx build -> exit 0 in \d+ ms$/));

    // Every registry request hoist makes itself: the token service and the read-back, with status and time, no query.
    const requests = lines.filter(l => / -> (\d{3}|.+) in \d+ ms$/.test(l) && /^::debug::(GET|HEAD|POST|PUT) /.test(l));
    expect(requests).toContainEqual(expect.stringMatching(new RegExp(`^::debug::GET https?://${registry.host.replace(/\./g, '\\.')}/v2/e2e/debug/manifests/sha256:[0-9a-f]{64} -> 200 in \\d+ ms$`)));
    expect(requests.some(l => l.includes('?'))).toBe(false);

    // Each phase's time.
    for (const group of ['Builder', 'Login', 'Build', 'Publish', 'Report']) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::debug::${group}: \\d+ ms$`)));

    // No secret anywhere a user sees, the debug lines included.
    expect(run.visible).not.toContain(registry.password);
    expect(run.visible).not.toContain(Buffer.from(`${registry.username}:${registry.password}`).toString('base64'));
    expect(lines.join('\n')).not.toMatch(/authorization|bearer [a-z0-9]/i);

    // Without RUNNER_DEBUG, the same step writes no debug line.
    const quiet = await runAction({ ...inputs, tags: `${image}:2` }, { workspace: ws() });
    expect(quiet.main.exitCode).toBe(0);
    expect(debugLines(quiet.main.stdout)).toEqual([]);
  });
});
