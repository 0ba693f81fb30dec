/**
 * `scripts/toolchain.sh down` undoes what `up` added, and only that. Other e2e files use the
 * machine's toolchain while this runs, so it is never aimed at: a second instance is, with
 * its own builder name, buildx store (HOME), run/log dirs, record, buildkitd (socket and
 * root) and binfmt_misc mount (a private instance of the kernel's, in a user namespace of
 * its own: handlers registered there apply to nobody else). dockerd and the registry are
 * the machine's: the instance finds them answering, so its `down` must leave them running.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './runner.js';
import { requireToolchain } from './toolchain.js';

const NAME = `hoist-down-${randomBytes(4).toString('hex')}`;
const BASE = `/var/lib/${NAME}`;
const MOUNT = `/tmp/${NAME}-binfmt`;
const HOME = path.join(BASE, 'home');
const RECORD = path.join(BASE, 'up.record');
const SOCK = path.join(BASE, 'buildkitd.sock');
const KEEP = 'hoist-down-keep';

/** Live pid from a pid file, or undefined. */
function livePid(file: string): number | undefined {
  const pid = Number(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : NaN);
  return Number.isInteger(pid) && fs.existsSync(`/proc/${pid}`) ? pid : undefined;
}

describe('toolchain.sh down, on an instance of its own', () => {
  let holder: ChildProcess;
  let binfmt: string;
  const env = (): NodeJS.ProcessEnv => {
    // buildx's store is HOME's; a builder named by the caller's environment is not the instance's.
    const rest = { ...process.env };
    delete rest.DOCKER_CONFIG;
    delete rest.BUILDX_BUILDER;
    return { ...rest, ...instance() };
  };
  const instance = () => ({
    HOME,
    HOIST_TC_BUILDER: NAME,
    HOIST_TC_RUN_DIR: path.join(BASE, 'run'),
    HOIST_TC_LOG_DIR: path.join(BASE, 'log'),
    HOIST_TC_RECORD: RECORD,
    HOIST_TC_BUILDKIT_SOCK: `unix://${SOCK}`,
    HOIST_TC_BUILDKIT_ROOT: path.join(BASE, 'buildkit'),
    HOIST_TC_BINFMT_DIR: binfmt
  });
  const toolchain = (command: string) => {
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/toolchain.sh'), command], { env: env(), encoding: 'utf8', timeout: 300_000 });
    return { code: r.status, log: `${r.stdout}${r.stderr}` };
  };
  const docker = (...args: string[]) => spawnSync('docker', args, { env: env(), encoding: 'utf8' });
  const handlers = () => fs.readdirSync(binfmt).filter(n => n !== 'register' && n !== 'status');
  const instanceBuildkitd = () => livePid(path.join(BASE, 'run', 'buildkitd.pid'));
  // buildx's store names the Docker context's own builder (`default`) by an empty name.
  const currentBuilder = () => (JSON.parse(fs.readFileSync(path.join(HOME, '.docker/buildx/current'), 'utf8')).Name as string) || 'default';

  /**
   * What belongs to the machine and must be the same after every step: its daemons, and no
   * trace of the instance in its buildx store or binfmt_misc. (Its current builder and its
   * qemu-aarch64 are left out: other e2e runs change them for a while and put them back.)
   */
  const machine = () => ({
    dockerd: livePid('/run/hoist/dockerd.pid'),
    registry: livePid('/run/hoist/registry.pid'),
    buildkitd: livePid('/run/hoist/buildkitd.pid'),
    instanceHandler: fs.existsSync(`/proc/sys/fs/binfmt_misc/${KEEP}`),
    instanceBuilder: fs.existsSync(`/root/.docker/buildx/instances/${NAME}`),
    hoistBuilder: fs.existsSync('/root/.docker/buildx/instances/hoist')
  });
  let before: ReturnType<typeof machine>;

  beforeAll(async () => {
    await requireToolchain();
    fs.mkdirSync(HOME, { recursive: true });
    fs.mkdirSync(MOUNT, { recursive: true });
    // A private binfmt_misc (Linux ≥ 6.7: one per user namespace), reached from here through the holder's root.
    holder = spawn('unshare', ['-Urm', 'sh', '-c', `mount -t binfmt_misc binfmt_misc ${MOUNT} && echo ready && exec sleep 3600`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on('data', d => (String(d).includes('ready') ? resolve() : undefined));
      holder.on('exit', code => reject(new Error(`unshare exited ${code}`)));
    });
    binfmt = `/proc/${holder.pid}/root${MOUNT}`;
    // A handler that was there before `up`: it must stay.
    fs.writeFileSync(path.join(binfmt, 'register'), `:${KEEP}:M:0:\\x7fHOISTDOWNTEST::/bin/true:F`);
    before = machine();
    expect(before.dockerd).toBeDefined();
  });

  afterAll(() => {
    if (binfmt && fs.existsSync(RECORD)) toolchain('down');
    holder?.kill();
    fs.rmSync(BASE, { recursive: true, force: true });
    fs.rmSync(MOUNT, { recursive: true, force: true });
  });

  it('up adds a builder, a buildkitd and qemu-aarch64 and records them; down takes exactly those away; up again brings them back', () => {
    expect(handlers()).toEqual([KEEP]);
    const up = toolchain('up');
    expect({ code: up.code, tail: up.code === 0 ? '' : up.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    // What this instance added.
    expect(docker('buildx', 'inspect', NAME).stdout).toContain(`unix://${SOCK}`);
    expect(currentBuilder()).toBe(NAME);
    expect(handlers().sort()).toEqual([KEEP, 'qemu-aarch64']);
    expect(fs.readFileSync(path.join(binfmt, 'qemu-aarch64'), 'utf8')).toMatch(/^enabled\n[\s\S]*flags: PF\n/);
    expect(instanceBuildkitd()).toBeDefined();
    expect(fs.readFileSync(RECORD, 'utf8').split('\n').filter(Boolean).sort()).toEqual(['binfmt-added qemu-aarch64', `builder ${NAME}`, 'previous-builder default']);
    // dockerd and the registry answered already: not started, not recorded.
    expect(up.log).toContain('dockerd already answers');
    expect(up.log).toContain('registry already answers');
    expect(machine()).toEqual(before);

    const buildkitd = instanceBuildkitd();
    const down = toolchain('down');
    expect({ code: down.code, tail: down.code === 0 ? '' : down.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(docker('buildx', 'inspect', NAME).status).not.toBe(0);
    expect(fs.existsSync(path.join(HOME, '.docker/buildx/instances', NAME))).toBe(false);
    expect(currentBuilder()).toBe('default');
    expect(handlers()).toEqual([KEEP]);
    expect(fs.existsSync(`/proc/${buildkitd}`)).toBe(false);
    expect(fs.existsSync(RECORD)).toBe(false);
    expect(down.log).toContain('dockerd: not started by this toolchain');
    expect(down.log).toContain('registry: not started by this toolchain');
    // The machine's dockerd, registry, buildkitd, builder and handlers are as they were.
    expect(machine()).toEqual(before);
    expect(spawnSync('curl', ['-fsS', '-o', '/dev/null', 'http://127.0.0.1:5000/v2/']).status).toBe(0);

    const again = toolchain('up');
    expect({ code: again.code, tail: again.code === 0 ? '' : again.log.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(currentBuilder()).toBe(NAME);
    expect(handlers().sort()).toEqual([KEEP, 'qemu-aarch64']);
    expect(instanceBuildkitd()).toBeDefined();
    expect(toolchain('status').code).toBe(0);
    expect(machine()).toEqual(before);
  });
});
