/**
 * Starting the image build when saved cache mounts exist: they are restored only if
 * the build turns out to need them. As soon as the mounts' stage comes to life (a
 * step of it runs or has its layers fetched) the restore starts beside the build. If
 * a cache-mount step starts before the restore is done, the build is stopped and,
 * once the mounts are in, started again (everything before that step is cached by
 * then). A build whose steps all come from the cache never fetches the mounts.
 */
import { startBuild, type BuildDeps, type StartBuild } from '../buildx/build.js';
import { MountStepWatcher } from '../buildx/progress.js';
import type { CacheSession } from './session.js';

type RestoreOutcome = 'warm' | 'restored' | 'failed';

/** How the builds of this run start: beside the cache-mount restore when a session has mounts to restore, else plainly. */
export function startWithMountRestore(deps: BuildDeps, session: CacheSession | undefined): StartBuild {
  return async argv => {
    if (!session?.canRestoreMounts) return startBuild(deps, argv);
    const race = new RestoreRace(session);
    const watcher = new MountStepWatcher((line, startedAt) => race.mountStepStarted(line, startedAt), {
      chains: session.mountChains,
      onStageActive: () => void race.restore()
    });
    const first = await startBuild(deps, argv, { onOutput: text => watcher.feed(text), signal: race.abort.signal });
    race.buildEnded();
    watcher.stop();
    // A restore started beside the build is never left running.
    const outcome = await race.restoring;
    if (race.stoppedFor === undefined) return first;
    deps.runner.info(
      `hoist: a cache-mount step started before its saved cache was in place (${race.stoppedFor.trim()}); stopped the build and started it again ` +
        (outcome === 'restored' ? 'with the cache' : 'without it (the restore failed)')
    );
    return startBuild(deps, argv);
  };
}

/** One build's race between the restore and the build's first cache-mount step. */
class RestoreRace {
  readonly abort = new AbortController();
  /** The progress line of the mount step that made hoist stop the build. */
  stoppedFor?: string;
  restoring?: Promise<RestoreOutcome>;
  private ended = false;
  private inPlaceAt = Infinity;

  constructor(private readonly session: CacheSession) {}

  /** Starts the restore once; a builder that already holds the mounts needs none. */
  restore(): Promise<RestoreOutcome> {
    return (this.restoring ??= this.session.restoreMounts().then(() => {
      if (this.session.builderHoldsMounts) return 'warm';
      if (!this.session.mountsInPlace) return 'failed';
      this.inPlaceAt = Date.now();
      return 'restored';
    }));
  }

  mountStepStarted(line: string, startedAt: number): void {
    // A builder that holds the mounts, or a step that began with them in place: the build just goes on.
    if (this.session.builderHoldsMounts || this.inPlaceAt <= startedAt || this.ended) return;
    void this.restore();
    // Stopped at once, not when the restore is done: a step left to finish would run
    // while the files are being copied in, and BuildKit would keep its result.
    this.stoppedFor = line;
    this.abort.abort();
  }

  buildEnded(): void {
    this.ended = true;
  }
}
