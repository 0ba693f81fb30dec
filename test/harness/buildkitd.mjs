/**
 * A brand-new buildkitd with its own empty state and the toolchain's config
 * (scripts/toolchain/buildkitd.toml), answering on a socket of its own: what a fresh
 * runner's BuildKit is, alone or with a buildx builder (remote driver) for it. Plain ESM,
 * so the e2e suite and the benchmarks share it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './run-action.mjs';

export async function startBuildkitd() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fresh-buildkit-'));
  const socket = `unix://${dir}/buildkitd.sock`;
  const log = fs.openSync(path.join(dir, 'buildkitd.log'), 'a');
  const child = spawn(
    'buildkitd',
    ['--config', path.join(ROOT, 'scripts/toolchain/buildkitd.toml'), '--addr', socket, '--root', path.join(dir, 'root'), '--oci-worker-net=host', '--allow-insecure-entitlement', 'network.host'],
    { stdio: ['ignore', log, log] }
  );
  const deadline = Date.now() + 20_000;
  while (spawnSync('buildctl', ['--addr', socket, 'debug', 'workers']).status !== 0) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`fresh buildkitd did not start:\n${fs.readFileSync(path.join(dir, 'buildkitd.log'), 'utf8').slice(-1500)}`);
    await new Promise(r => setTimeout(r, 200));
  }
  return {
    socket,
    builtPlatforms() {
      const out = execFileSync('buildctl', ['--addr', socket, 'debug', 'histories', '--format', 'json'], { encoding: 'utf8' });
      return out
        .split('\n')
        .filter(l => l.trim())
        .map(l => JSON.parse(l).record?.FrontendAttrs?.platform ?? '')
        .filter(p => p !== '');
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill();
        await new Promise(r => child.once('exit', r));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

let freshCount = 0;

/** A fresh buildkitd and a remote-driver builder for it; stop() removes both. */
export async function startFreshBuilder() {
  const daemon = await startBuildkitd();
  const name = `hoist-fresh-${process.pid}-${++freshCount}`;
  execFileSync('docker', ['buildx', 'create', '--name', name, '--driver', 'remote', daemon.socket], { stdio: 'ignore' });
  return {
    name,
    async stop() {
      spawnSync('docker', ['buildx', 'rm', '-f', name]);
      await daemon.stop();
    }
  };
}
