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

export function startWithMountRestore(deps: BuildDeps, session: CacheSession): StartBuild {
  return async argv => {
    if (!session.canRestoreMounts) return startBuild(deps, argv);
    // Asked now, while the build starts: the answer is ready when a restore is wanted.
    session.askBuilderEarly();
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
    // The Actions cache download starts at once, beside the question to the builder,
    // unless the builder has said already that it holds the mounts.
    if (!this.restoring && !this.session.builderSaidItHoldsMounts) void this.session.downloadMounts();
    return (this.restoring ??= this.session.builderHoldsMounts().then(async warm => {
      if (warm) return 'warm';
      await this.session.restoreMounts();
      if (!this.session.mountsInPlace) return 'failed';
      this.inPlaceAt = Date.now();
      return 'restored';
    }));
  }

  mountStepStarted(line: string, startedAt: number): void {
    if (this.inPlaceAt <= startedAt) return; // the step began with the mounts in place
    void this.restore();
    void this.session.builderHoldsMounts().then(warm => {
      // A builder that holds the mounts: the build just goes on.
      if (warm || this.ended || this.inPlaceAt <= startedAt) return;
      // Stopped at once, not when the restore is done: a step left to finish would run
      // while the files are being copied in, and BuildKit would keep its result.
      this.stoppedFor = line;
      this.abort.abort();
    });
  }

  buildEnded(): void {
    this.ended = true;
  }
}
