/**
 * Which stages of a Dockerfile run `RUN` steps under emulation (QEMU), per target
 * platform, as BuildKit's Dockerfile frontend (moby/buildkit frontend/dockerfile/
 * dockerfile2llb) would build them: only the stages the target reaches, each on the
 * platform BuildKit gives it. A stage's RUN steps need a QEMU handler when that
 * platform's binaries cannot run on the build machine; a compiler or package build
 * under emulation is where a multi-platform build loses most of its time. Pure: no I/O.
 * Follows moby/buildkit v0.32.2: frontend/dockerfile/dockerfile2llb/convert.go, frontend/dockerfile/dockerfile2llb/platform.go.
 * Follows containerd/platforms v1.0.0-rc.4: platforms.go, database.go.
 */
import { jsonArray, parseDockerfile, type Instruction, type ParsedDockerfile } from './parse.js';
import { expand, type Lookup } from './expand.js';
import { mountFrom, stageBase, stageChain } from './mounts.js';
import { formatPlatform, parsePlatform, type Platform } from '../util/platform.js';

export interface StageRun {
  /** Stage index, and its name as BuildKit's progress shows it: the AS name, or `stage-<index>`. */
  index: number;
  name: string;
  /** 1-based line of the stage's FROM. */
  line: number;
  /** The platform the stage's RUN steps execute on for this target, e.g. 'linux/arm64'. */
  runsOn: string;
  /** True when runsOn cannot run natively on the build platform (needs a QEMU handler). */
  emulated: boolean;
  /** The first RUN in the stage that compiles or installs natively-built code, if any. */
  compiles?: { line: number; tool: string };
}

export interface EmulationReport {
  /** For each requested target platform (in order): the stages that are built for it and have at least one RUN. */
  byPlatform: Array<{ platform: string; stages: StageRun[] }>;
  /** Platforms (normalised os/arch[/variant]) that need a QEMU handler: the union of emulated runsOn, first seen first. */
  needsEmulation: string[];
}

export interface EmulationOptions {
  /** Target platforms as requested (`linux/arm64`, `linux/arm/v7`); empty means the build platform only. */
  platforms: string[];
  /** The builder node's own platform, e.g. `linux/amd64`. */
  buildPlatform: string;
  /** Stage name (case-insensitive); the last stage when absent. */
  target?: string;
  buildArgs?: Record<string, string>;
}

/** A RUN's command text (heredoc bodies included) and where it is. */
interface RunStep {
  line: number;
  script: string;
}

/** What a stage does whatever the target platform: its RUN steps and the stages it names outside its FROM. */
interface StageFacts {
  runs: RunStep[];
  /** `ONBUILD RUN` steps: they run in each stage built directly FROM this one, not in this one. */
  onbuildRuns: RunStep[];
  /** `COPY --from=` and `RUN --mount=...,from=` references: a lower-cased name, or a stage index (COPY only). */
  sources: Array<string | number>;
}

export function emulationReport(dockerfileText: string, options: EmulationOptions): EmulationReport {
  const dockerfile = parseDockerfile(dockerfileText);
  const facts = dockerfile.stages.map(stage => stageFacts(stage.instructions, dockerfile.escape));
  const build = platformOrRaw(options.buildPlatform);
  const requested = options.platforms.map(p => p.trim()).filter(p => p !== '');
  const byPlatform = (requested.length > 0 ? requested : [options.buildPlatform.trim()]).map(platform => ({
    platform,
    stages: stagesFor(dockerfile, facts, platformOrRaw(platform), build, options)
  }));
  const needsEmulation = [...new Set(byPlatform.flatMap(p => p.stages.filter(s => s.emulated).map(s => s.runsOn)))];
  return { byPlatform, needsEmulation };
}

/** The built stages with a RUN step, for one target platform. */
function stagesFor(dockerfile: ParsedDockerfile, facts: StageFacts[], target: Platform, build: Platform, options: EmulationOptions): StageRun[] {
  const { stages } = dockerfile;
  if (stages.length === 0) return [];
  const wanted = options.target?.toLowerCase();
  const targetIndex = wanted ? lastIndex(stages, s => s.name === wanted) : stages.length - 1;
  if (targetIndex < 0) return []; // BuildKit fails the build: nothing runs
  // The automatic platform args are known here, so FROM names and --platform values resolve fully (build args still win, as in BuildKit).
  const args = { ...automaticArgs(build, target, options.target || stages[stages.length - 1].name || 'default'), ...options.buildArgs };
  const parents: Array<number | undefined> = stages.map(stage => stageChain(dockerfile, stage.index, args)[1]);

  const built = new Set<number>();
  const visit = (index: number | undefined): void => {
    if (index === undefined || built.has(index) || !stages[index]) return;
    built.add(index);
    visit(parents[index]);
    for (const source of facts[index].sources) visit(typeof source === 'number' ? source : lastIndex(stages, s => s.name === source));
  };
  visit(targetIndex);

  const result: StageRun[] = [];
  for (const stage of stages) {
    if (!built.has(stage.index)) continue;
    const parent = parents[stage.index];
    // BuildKit runs the direct parent stage's ONBUILD triggers first, at this stage's FROM.
    const runs = [...(parent === undefined ? [] : facts[parent].onbuildRuns), ...facts[stage.index].runs];
    if (runs.length === 0) continue;
    const runsOn = stagePlatform(dockerfile, stage.index, args, target);
    const entry: StageRun = { index: stage.index, name: stage.name ?? `stage-${stage.index}`, line: stage.line, runsOn: formatPlatform(runsOn), emulated: !runsNatively(runsOn, build) };
    const compiles = firstCompile(runs);
    if (compiles) entry.compiles = compiles;
    result.push(entry);
  }
  return result;
}

/**
 * The platform a stage runs on. BuildKit (dockerfile2llb's dispatchState.init) takes it from
 * the root of the stage's `FROM <stage>` chain: a child's own `--platform` is ignored
 * (moby/buildkit#2946), and so is the root's on `FROM scratch`, which gets the target platform
 * (moby/buildkit#5670 would change that). A value that does not resolve to a platform fails
 * BuildKit's build; here it reads as the target platform.
 */
function stagePlatform(dockerfile: ParsedDockerfile, stageIndex: number, args: Record<string, string>, target: Platform): Platform {
  const written = stageBase(dockerfile, stageIndex, args)?.platform;
  return (written === undefined ? undefined : normalisePlatform(written)) ?? target;
}

/** BuildKit's automatic platform ARGs (its defaultArgs), from the normalised build and target platforms. */
function automaticArgs(build: Platform, target: Platform, targetStage: string): Record<string, string> {
  return {
    BUILDPLATFORM: formatPlatform(build),
    BUILDOS: build.os,
    BUILDOSVERSION: '',
    BUILDARCH: build.architecture,
    BUILDVARIANT: build.variant ?? '',
    TARGETPLATFORM: formatPlatform(target),
    TARGETOS: target.os,
    TARGETOSVERSION: '',
    TARGETARCH: target.architecture,
    TARGETVARIANT: target.variant ?? '',
    TARGETSTAGE: targetStage
  };
}

/**
 * Can the build machine run this platform's binaries itself? Same architecture (any amd64
 * or arm64 variant), or 32-bit x86 on amd64. 32-bit arm on arm64 is not assumed: many arm64
 * CPUs cannot run it. On arm, a host runs its own and older variants.
 */
function runsNatively(platform: Platform, build: Platform): boolean {
  if (platform.architecture === build.architecture) {
    return platform.architecture !== 'arm' || armLevel(platform) <= armLevel(build);
  }
  return platform.architecture === '386' && build.architecture === 'amd64';
}

function armLevel(platform: Platform): number {
  const level = Number((platform.variant ?? 'v7').slice(1));
  return Number.isFinite(level) ? level : 7;
}

/**
 * `os/arch[/variant]` normalised as containerd does (platforms.Normalize): aliases
 * (`aarch64`, `x86_64`, `armhf`), `arm64/v8` → `arm64`, `amd64/v1` → `amd64`, `arm` → `arm/v7`,
 * and a bare architecture on linux. Undefined when it is no platform at all.
 */
export function normalisePlatform(value: string): Platform | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === '') return undefined;
  const written = trimmed.includes('/') ? trimmed : `linux/${trimmed}`;
  let platform: Platform;
  try {
    platform = parsePlatform(written);
  } catch {
    // A platform util/platform.ts does not know (an unusual variant): kept as written when it has the shape.
    const parts = written.split('/');
    if (parts.length > 3 || parts.some(p => p === '')) return undefined;
    platform = parts[2] === undefined ? { os: parts[0], architecture: parts[1] } : { os: parts[0], architecture: parts[1], variant: parts[2] };
  }
  const { os, architecture } = platform;
  let variant = platform.variant;
  if (variant !== undefined && /^\d/.test(variant)) variant = `v${variant}`;
  if (architecture === 'arm64' && (variant === 'v8' || variant === 'v8.0')) variant = undefined;
  if (architecture === 'arm64' && variant === 'v9.0') variant = 'v9';
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  if (architecture === 'arm' && variant === undefined) variant = 'v7';
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** A requested or build platform, normalised; an unreadable one is kept (lower-cased) as its architecture so nothing throws. */
function platformOrRaw(value: string): Platform {
  return normalisePlatform(value) ?? { os: 'linux', architecture: value.trim().toLowerCase() };
}

function lastIndex<T>(items: T[], match: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (match(items[i])) return i;
  return -1;
}

function stageFacts(instructions: Instruction[], escape: string): StageFacts {
  const facts: StageFacts = { runs: [], onbuildRuns: [], sources: [] };
  for (const ins of instructions) {
    const bodies = ins.heredocs.map(h => h.body);
    if (ins.keyword === 'RUN') {
      facts.runs.push({ line: ins.line, script: [runText(ins.args), ...bodies].join('\n') });
      for (const flag of ins.flags) {
        const from = flag.startsWith('--mount=') ? mountFrom(flag.slice('--mount='.length)) : undefined;
        if (from !== undefined) facts.sources.push(from.toLowerCase());
      }
    } else if (ins.keyword === 'COPY') {
      for (const flag of ins.flags) {
        if (!flag.startsWith('--from=')) continue;
        const from = flag.slice('--from='.length);
        // BuildKit refuses variables in --from; an index counts only as a whole number.
        if (from === '' || expand(from, escape, unsetLookup).text !== from) continue;
        facts.sources.push(/^\d+$/.test(from) ? Number(from) : from.toLowerCase());
      }
    } else if (ins.keyword === 'ONBUILD') {
      // The trigger's own `--flags` stay in its text (the parser takes flags after ONBUILD only).
      const m = /^RUN(?:\s+--\S+)*(?:\s+|$)/i.exec(ins.args);
      if (m) facts.onbuildRuns.push({ line: ins.line, script: [runText(ins.args.slice(m[0].length)), ...bodies].join('\n') });
    }
  }
  return facts;
}

const unsetLookup: Lookup = () => ({ kind: 'unset' });

/** A RUN's arguments as one command line: the exec (JSON) form joined with blanks. */
function runText(args: string): string {
  return jsonArray(args)?.join(' ') ?? args;
}

function firstCompile(runs: RunStep[]): { line: number; tool: string } | undefined {
  for (const run of runs) {
    for (const words of simpleCommands(run.script)) {
      const tool = compileTool(words);
      if (tool) return { line: run.line, tool };
    }
  }
  return undefined;
}

/**
 * The script cut into simple commands (at newlines, `&&`, `||`, `;`, `|`, `&`, parentheses,
 * backquotes), each as words with quotes dropped and comments cut off. Tools are matched
 * where a command starts, so `apk add gcc make` or `echo make sure` does not count as
 * compiling, while `cd src && make` and `sh -c "go build"` do.
 */
function simpleCommands(script: string): string[][] {
  return script
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n|&&|\|\||[;|&()`]/)
    .map(segment => {
      const words = segment
        .replace(/["']/g, ' ')
        .split(/\s+/)
        .filter(w => w !== '');
      const comment = words.findIndex(w => w.startsWith('#'));
      return comment < 0 ? words : words.slice(0, comment);
    });
}

/** Words before the command itself: `VAR=x`, wrappers and shell keywords (a wrapper's own `-flags` too). */
const PREFIX_WORDS = new Set(['sudo', 'env', 'exec', 'time', 'nice', 'nohup', 'command', 'eval', 'ccache', 'if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '}']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const C_FAMILY = /^(?:[a-z0-9_.]+-)*(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|make|gmake|cmake)(?:-[0-9.]+)?$/;
const PIP = /^pip(?:3(?:\.\d+)?)?$/;
const PYTHON = /^python(?:3(?:\.\d+)?)?$/;

function compileTool(all: string[]): string | undefined {
  let start = 0;
  let afterWrapper = false;
  while (start < all.length) {
    const word = all[start];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || PREFIX_WORDS.has(word) || (afterWrapper && word.startsWith('-'))) {
      afterWrapper = PREFIX_WORDS.has(word) || (afterWrapper && word.startsWith('-'));
      start++;
    } else break;
  }
  const words = all.slice(start);
  if (words.length === 0) return undefined;
  const command = words[0].slice(words[0].lastIndexOf('/') + 1);
  const rest = words.slice(1);
  // `sh -c "..."`, `python -m pip ...` and `uv pip ...`: the command is what follows.
  if (SHELLS.has(command)) {
    const c = rest.findIndex(w => /^-[a-z]*c[a-z]*$/.test(w));
    return c < 0 ? undefined : compileTool(rest.slice(c + 1));
  }
  if (PYTHON.test(command) && rest[0] === '-m' && rest[1] !== undefined) return compileTool(rest.slice(1));
  if (command === 'uv' && rest[0] === 'pip') return compileTool(rest);

  const operands = rest.filter(w => !w.startsWith('-') && !w.startsWith('+'));
  const [sub, next] = operands;
  const runsBuild = sub === 'run' && next === 'build';
  if (command === 'go' && ['build', 'install', 'test'].includes(sub)) return 'go';
  if (command === 'cargo' && ['build', 'install'].includes(sub)) return 'cargo';
  if (C_FAMILY.test(command)) return 'gcc/make';
  if (command === 'npm' && (['ci', 'install', 'i'].includes(sub) || runsBuild)) return 'npm';
  if (command === 'yarn' && (sub === undefined || ['install', 'build'].includes(sub) || runsBuild)) return 'npm';
  if (command === 'pnpm' && (['install', 'i', 'build'].includes(sub) || runsBuild)) return 'npm';
  if (PIP.test(command) && ['install', 'wheel'].includes(sub)) return 'pip';
  if (command === 'poetry' && sub === 'install') return 'pip';
  if (['mvn', 'mvnw', 'gradle', 'gradlew'].includes(command)) return 'maven/gradle';
  if (command === 'dotnet' && ['build', 'publish'].includes(sub)) return 'dotnet';
  return undefined;
}
