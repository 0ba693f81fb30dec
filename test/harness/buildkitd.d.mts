/** A buildkitd of its own: its address, its history of builds, and stop(). */
export interface Buildkitd {
  /** `unix://…/buildkitd.sock` */
  socket: string;
  /** The platform(s) each build it ran was for, from BuildKit's own history (buildctl, not buildx). */
  builtPlatforms(): string[];
  stop(): Promise<void>;
}

export function startBuildkitd(): Promise<Buildkitd>;

/** A buildx builder of its own, removed (with its buildkitd, if any) by stop(). */
export interface FreshBuilder {
  name: string;
  stop(): Promise<void>;
}

/** A fresh buildkitd and a remote-driver builder for it. */
export function startFreshBuilder(): Promise<FreshBuilder>;
