/**
 * The README's example workflow run for real by nektos/act (self-hosted mode, on the
 * host): a push to main, then a pull request whose image is compared with main's.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './runner.js';
import { getManifest, REGISTRY, requireToolchain, uniqueRepo } from './toolchain.js';

function act(repo: string, event: string, payload: object, env: Record<string, string>): Promise<{ code: number; log: string }> {
  const eventFile = path.join(repo, `${event}.json`);
  fs.writeFileSync(eventFile, JSON.stringify(payload));
  const args = [
    event,
    '-W',
    '.github/workflows/image.yml',
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    // act's defaults for these are not loopback; nothing may leave the machine.
    '--cache-server-addr',
    '127.0.0.1',
    '--artifact-server-addr',
    '127.0.0.1',
    '--action-offline-mode',
    ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`])
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('act', args, { cwd: repo, env: { ...process.env, ACT_DISABLE_VERSION_CHECK: '1' } });
    let log = '';
    child.stdout.on('data', d => (log += d));
    child.stderr.on('data', d => (log += d));
    child.on('error', reject);
    child.on('close', code => resolve({ code: code ?? 1, log }));
  });
}

describe('the README example workflow under act', () => {
  const image = `${REGISTRY}/${uniqueRepo('act')}`;
  let repo: string;
  beforeAll(async () => {
    await requireToolchain();
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'act-repo-'));
    fs.mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/act/image.yml'), path.join(repo, '.github/workflows/image.yml'));
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'workflow');
  });

  it('pushes main, then compares a pull request with it', async () => {
    const mainResult = path.join(repo, 'main-sizes.json');
    const main = await act(repo, 'push', { ref: 'refs/heads/main' }, { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: mainResult });
    expect({ code: main.code, tail: main.code === 0 ? '' : main.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(main.log).toContain('Success - Post ./');
    const mainSizes = JSON.parse(fs.readFileSync(mainResult, 'utf8'));
    const index = await getManifest(image.slice(REGISTRY.length + 1), 'main');
    expect(mainSizes.digest).toBe(index.digest);
    expect(Object.keys(mainSizes.platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);

    const prResult = path.join(repo, 'pr-sizes.json');
    const pr = await act(
      repo,
      'pull_request',
      { number: 3, pull_request: { number: 3, head: { ref: 'feature', sha: 'feedface'.repeat(5) }, base: { ref: 'main' } }, repository: { private: false } },
      { HOIST_REPO: ROOT, HOIST_IMAGE: image, HOIST_RESULT: prResult }
    );
    expect({ code: pr.code, tail: pr.code === 0 ? '' : pr.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    const prSizes = JSON.parse(fs.readFileSync(prResult, 'utf8'));
    expect(prSizes.baseline).toEqual({ reference: `${image}:main`, found: true });
    expect((await getManifest(image.slice(REGISTRY.length + 1), 'pr-3')).digest).toBe(prSizes.digest);
    // Same source, same layers: the gate passes with a zero delta.
    expect(prSizes.platforms['linux/amd64'].delta.bytes).toBe(0);
    expect(prSizes.gates[0]).toMatchObject({ name: 'max-size-increase', passed: true });
  });
});
