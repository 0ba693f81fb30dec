/**
 * What the build will run under QEMU emulation, and what hoist says about it: which
 * platforms need a QEMU handler (and for which stages), a warning on each stage that
 * compiles under emulation, and the job summary's stage table. Pure: the Dockerfile
 * analysis is dockerfile/emulation.ts's; registering the handlers is docker/binfmt.ts's.
 */
import { emulationReport, type StageRun } from '../dockerfile/emulation.js';
import { splitKeyValue } from '../inputs/attrs.js';
import type { Inputs } from '../inputs/inputs.js';
import type { BuilderFacts } from './facts.js';

/** One platform whose RUN steps need a QEMU handler, and the stages that run there. */
export interface EmulationNeed {
  platform: string;
  stages: StageRun[];
}

/** A warning annotation on a stage's FROM line. */
interface EmulationAdvice {
  line: number;
  title: string;
  message: string;
}

/** The job summary's row for one stage: where its RUN steps execute, and for which targets under emulation. */
export interface StageRow {
  stage: string;
  runsOn: string[];
  emulatedFor: string[];
}

export interface EmulationPlan {
  needs: EmulationNeed[];
  advice: EmulationAdvice[];
  rows: StageRow[];
}

/**
 * Measured here on the seeds' Go service (`npm run bench:emulation`): its builder stage
 * for linux/amd64 + linux/arm64, cold, cross-compiled against emulated.
 */
const EMULATION_FIGURE = 'the seeds’ Go service for linux/amd64 + linux/arm64 took 195.6 s cold with its compile stage emulated against 39.0 s cross-compiled (5.0×; npm run bench:emulation)';

/** How each tool cross-compiles from the build platform. */
const CROSS_COMPILE: Record<string, string> = {
  go: 'and build with GOOS=$TARGETOS GOARCH=$TARGETARCH (CGO_ENABLED=0)',
  cargo: 'and build with cargo build --target for $TARGETARCH (e.g. tonistiigi/xx gives the linker)',
  'gcc/make': 'and use a cross compiler for $TARGETARCH (e.g. tonistiigi/xx: xx-clang, xx-apt-get)',
  npm: 'and install dependencies there when they are pure JavaScript (native add-ons need a prebuilt binary for $TARGETARCH)',
  pip: 'and download wheels for the target there (pip download --platform, then install them in the target stage)',
  'maven/gradle': 'and build there: JVM bytecode is the same for every platform',
  dotnet: 'and publish there with -r linux-$TARGETARCH (musl- for Alpine)'
};

export function planEmulation(dockerfileText: string, inputs: Pick<Inputs, 'platforms' | 'target' | 'build-args'>, buildPlatform: string): EmulationPlan {
  const report = emulationReport(dockerfileText, {
    // `local` is the build machine's own platform, as buildx reads it.
    platforms: inputs.platforms.map(p => (p.toLowerCase() === 'local' ? buildPlatform : p)),
    buildPlatform,
    ...(inputs.target ? { target: inputs.target } : {}),
    buildArgs: Object.fromEntries(inputs['build-args'].filter(a => a.includes('=')).map(splitKeyValue))
  });
  const needs = report.needsEmulation.map(platform => ({
    platform,
    stages: uniqueStages(report.byPlatform.flatMap(p => p.stages.filter(s => s.emulated && s.runsOn === platform)))
  }));
  const advice: EmulationAdvice[] = [];
  for (const stage of uniqueStages(report.byPlatform.flatMap(p => p.stages.filter(s => s.emulated && s.compiles)))) {
    const compiles = stage.compiles!;
    const targets = [...new Set(report.byPlatform.flatMap(p => p.stages.filter(s => s.index === stage.index && s.emulated).map(s => s.runsOn)))];
    advice.push({
      line: stage.line,
      title: 'compiling under emulation',
      message:
        `stage '${stage.name}' compiles with ${compiles.tool} (line ${compiles.line}) under QEMU emulation for ${targets.join(', ')}; ${EMULATION_FIGURE}. ` +
        `Cross-compile instead: FROM --platform=$BUILDPLATFORM on this stage, ${CROSS_COMPILE[compiles.tool] ?? 'and build for $TARGETOS/$TARGETARCH'}.`
    });
  }
  return { needs, advice, rows: stageRows(report.byPlatform) };
}

/**
 * The same, for a builder with a node per platform: each node builds its platforms with
 * its own platform as BUILDPLATFORM, so a platform sent to a native node needs no QEMU.
 * `groups` is each node's native platform and the platforms buildx sends to it.
 */
export function planEmulationOnNodes(
  dockerfileText: string,
  inputs: Pick<Inputs, 'platforms' | 'target' | 'build-args'>,
  groups: Array<{ buildPlatform: string; platforms: string[] }>
): EmulationPlan {
  const plans = groups.filter(g => g.platforms.length > 0).map(g => planEmulation(dockerfileText, { ...inputs, platforms: g.platforms }, g.buildPlatform));
  if (plans.length === 1) return plans[0];
  const needs = new Map<string, EmulationNeed>();
  const advice = new Map<number, EmulationAdvice>();
  const rows = new Map<string, StageRow>();
  for (const plan of plans) {
    for (const n of plan.needs) needs.set(n.platform, { platform: n.platform, stages: uniqueStages([...(needs.get(n.platform)?.stages ?? []), ...n.stages]) });
    for (const a of plan.advice) if (!advice.has(a.line)) advice.set(a.line, a);
    for (const r of plan.rows) {
      const row = rows.get(r.stage) ?? { stage: r.stage, runsOn: [], emulatedFor: [] };
      row.runsOn = [...new Set([...row.runsOn, ...r.runsOn])];
      row.emulatedFor = [...new Set([...row.emulatedFor, ...r.emulatedFor])];
      rows.set(r.stage, row);
    }
  }
  return { needs: [...needs.values()], advice: [...advice.values()], rows: [...rows.values()] };
}

function uniqueStages(stages: StageRun[]): StageRun[] {
  const seen = new Map<number, StageRun>();
  for (const s of stages) if (!seen.has(s.index)) seen.set(s.index, s);
  return [...seen.values()];
}

function stageRows(byPlatform: Array<{ platform: string; stages: StageRun[] }>): StageRow[] {
  const rows = new Map<number, StageRow>();
  for (const { platform, stages } of byPlatform) {
    for (const s of stages) {
      const row = rows.get(s.index) ?? { stage: s.name, runsOn: [], emulatedFor: [] };
      if (!row.runsOn.includes(s.runsOn)) row.runsOn.push(s.runsOn);
      if (s.emulated && !row.emulatedFor.includes(platform)) row.emulatedFor.push(platform);
      rows.set(s.index, row);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * Whether the builder runs on this machine, where hoist can see and register the
 * kernel's QEMU handlers: the Docker engine's builder and docker-container builders
 * (unless DOCKER_HOST points at another machine), and remote builders on a local socket.
 */
export function builderOnThisMachine(builder: Pick<BuilderFacts, 'driver' | 'endpoints'>, dockerHost: string | undefined): boolean {
  const localAddress = (address: string) => address.startsWith('unix://') || /^tcp:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(address);
  if (builder.driver === 'docker' || builder.driver === 'docker-container') return !dockerHost || localAddress(dockerHost);
  if (builder.driver === 'remote') return (builder.endpoints ?? []).length > 0 && (builder.endpoints ?? []).every(localAddress);
  return false;
}

/** The platform this machine's own binaries are for, as buildx names it. */
export function hostPlatform(arch: string): string {
  const names: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm/v7', riscv64: 'riscv64', ppc64: 'ppc64le', s390x: 's390x', loong64: 'loong64' };
  return `linux/${names[arch] ?? arch}`;
}
