// startWithMountRestore (cache/restore-race.ts): which builds start plainly, when the mount restore starts, and when the build is stopped and started again.
import { describe, expect, it } from '@jest/globals';
import type { BuildDeps } from '../../../src/buildx/build.js';
import { startWithMountRestore } from '../../../src/cache/restore-race.js';
import type { CacheSession } from '../../../src/cache/session.js';
import type { Exec, ExecOptions, ExecResult } from '../../../src/util/exec.js';
import { FakeRunner } from '../../helpers/runner.js';

const ARGV = ['buildx', 'build', '--tag', 'r/a:1', '.'];
const STAGE_RUNS = '#5 [deps 2/3] RUN go mod download\n#5 0.210 go: downloading golang.org/x/sys\n';
const MOUNT_STEP = '#8 [build 3/3] RUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .';
const MOUNT_RUNS = `${MOUNT_STEP}\n#8 0.512 compiling\n`;
const MOUNT_CACHED = `${MOUNT_STEP}\n#8 CACHED\n`;
const ok = (stderr: string): ExecResult => ({ exitCode: 0, stdout: '', stderr });

/**
 * A session with saved mounts for `FROM deps AS build`; its restore ends when `finishRestore` is called,
 * leaving the mounts in place when `restoreWorks`. `holds`: the builder has them already.
 */
function session(options: { holds?: boolean; restoreWorks?: boolean; canRestore?: boolean } = {}) {
  let inPlace = false;
  let finish!: () => void;
  const done = new Promise<void>(r => (finish = r));
  let restoring: Promise<void> | undefined;
  const fake = {
    restores: 0,
    finishRestore: () => finish(),
    canRestoreMounts: options.canRestore ?? true,
    mountChains: [['build', 'deps']],
    builderHoldsMounts: options.holds ?? false,
    get mountsInPlace() {
      return inPlace;
    },
    restoreMounts(): Promise<void> {
      fake.restores++;
      return (restoring ??= done.then(() => {
        inPlace = options.restoreWorks ?? true;
      }));
    }
  };
  return fake;
}
const asSession = (fake: ReturnType<typeof session>): CacheSession => fake as unknown as CacheSession;

/** The builds, scripted: each gets the options startBuild passed and returns what it returns. */
function builds(...scripts: Array<(options: ExecOptions) => Promise<ExecResult>>): { exec: Exec; calls: ExecOptions[] } {
  const calls: ExecOptions[] = [];
  const exec: Exec = async (_command, _args, options = {}) => {
    calls.push(options);
    const script = scripts.shift();
    if (!script) throw new Error('no more builds scripted');
    return script(options);
  };
  return { exec, calls };
}

/** Resolves once the build is stopped (the signal may abort while the output is being fed). */
const stopped = (signal: AbortSignal | undefined): Promise<void> => new Promise(resolve => (signal?.aborted ? resolve() : signal?.addEventListener('abort', () => resolve(), { once: true })));

const deps = (exec: Exec): BuildDeps & { runner: FakeRunner } => ({ runner: new FakeRunner({}), exec, env: { metadataWarnings: 'true' } });

describe('startWithMountRestore: builds that start plainly', () => {
  it.each<[string, ReturnType<typeof session> | undefined]>([
    ['no session', undefined],
    ['a session with nothing to restore', session({ canRestore: false })]
  ])('%s: one build, no watcher, no signal', async (_what, fake) => {
    const { exec, calls } = builds(async () => ok('done'));
    const d = deps(exec);
    await expect(startWithMountRestore(d, fake && asSession(fake))(ARGV)).resolves.toEqual(ok('done'));
    expect(calls).toEqual([{ stream: true, env: { BUILDX_METADATA_WARNINGS: 'true' } }]);
    expect(d.runner.texts('info')).toEqual(['docker buildx build --tag r/a:1 .']);
    expect(fake?.restores ?? 0).toBe(0);
  });
});

describe('startWithMountRestore: the race', () => {
  it('never restores for a build whose mount steps all come from the cache', async () => {
    const fake = session();
    const { exec, calls } = builds(async options => {
      options.onOutput?.(MOUNT_CACHED);
      return ok('cached');
    });
    const d = deps(exec);
    await expect(startWithMountRestore(d, asSession(fake))(ARGV)).resolves.toEqual(ok('cached'));
    expect(fake.restores).toBe(0);
    expect(calls).toHaveLength(1);
    expect(d.runner.texts('info')).toHaveLength(1);
  });

  it('starts the restore when the stage comes to life, and lets a mount step that starts after it go on', async () => {
    const fake = session();
    const { exec, calls } = builds(async options => {
      options.onOutput?.(STAGE_RUNS);
      expect(fake.restores).toBe(1);
      fake.finishRestore();
      await fake.restoreMounts(); // the restore already started: awaited, not started again
      options.onOutput?.(MOUNT_RUNS);
      expect(options.signal?.aborted).toBe(false);
      return ok('one build');
    });
    const d = deps(exec);
    await expect(startWithMountRestore(d, asSession(fake))(ARGV)).resolves.toEqual(ok('one build'));
    expect(calls).toHaveLength(1);
    expect(d.runner.texts('info')).toEqual(['docker buildx build --tag r/a:1 .']);
  });

  it('stops a build whose mount step starts before the restore is done, and starts it again with the cache', async () => {
    const fake = session();
    const { exec, calls } = builds(
      async options => {
        options.onOutput?.(MOUNT_RUNS);
        await stopped(options.signal);
        fake.finishRestore();
        return { exitCode: 130, stdout: '', stderr: '#8 CANCELED' };
      },
      async () => ok('second build')
    );
    const d = deps(exec);
    await expect(startWithMountRestore(d, asSession(fake))(ARGV)).resolves.toEqual(ok('second build'));
    expect(fake.restores).toBe(1);
    expect(calls.map(c => Object.keys(c).sort())).toEqual([
      ['env', 'onOutput', 'signal', 'stream'],
      ['env', 'stream']
    ]);
    expect(d.runner.texts('info')).toEqual([
      'docker buildx build --tag r/a:1 .',
      'hoist: a cache-mount step started before its saved cache was in place (#8 0.512 compiling); stopped the build and started it again with the cache',
      'docker buildx build --tag r/a:1 .'
    ]);
  });

  it('starts it again without the cache when the restore failed', async () => {
    const fake = session({ restoreWorks: false });
    const { exec } = builds(
      async options => {
        options.onOutput?.(MOUNT_RUNS);
        await stopped(options.signal);
        fake.finishRestore();
        return { exitCode: 130, stdout: '', stderr: '' };
      },
      async () => ok('second build')
    );
    const d = deps(exec);
    await startWithMountRestore(d, asSession(fake))(ARGV);
    expect(d.runner.texts('info')[1]).toBe(
      'hoist: a cache-mount step started before its saved cache was in place (#8 0.512 compiling); stopped the build and started it again without it (the restore failed)'
    );
  });

  it('lets the build go on when the builder holds the mounts already', async () => {
    const fake = session({ holds: true });
    fake.finishRestore();
    const { exec, calls } = builds(async options => {
      options.onOutput?.(MOUNT_RUNS);
      expect(options.signal?.aborted).toBe(false);
      return ok('warm');
    });
    await expect(startWithMountRestore(deps(exec), asSession(fake))(ARGV)).resolves.toEqual(ok('warm'));
    expect(calls).toHaveLength(1);
  });

  it('waits for a restore started beside the build before returning', async () => {
    const fake = session();
    let restoreDone = false;
    const { exec } = builds(async options => {
      options.onOutput?.(STAGE_RUNS);
      setTimeout(() => {
        restoreDone = true;
        fake.finishRestore();
      }, 20);
      return ok('before the restore');
    });
    await expect(startWithMountRestore(deps(exec), asSession(fake))(ARGV)).resolves.toEqual(ok('before the restore'));
    expect(restoreDone).toBe(true);
  });
});
