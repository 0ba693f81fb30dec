/**
 * What BuildKit says about the Dockerfile, in the forms buildx hands it over: the build
 * checks' warnings (`buildx.build.warnings` in the metadata file, written when
 * BUILDX_METADATA_WARNINGS is set, as docker/build-push-action sets it) and, for a failed
 * build, the failing step, its last lines of output and its place in the Dockerfile, from
 * buildx's plain progress. Pure parsing; main.ts turns them into annotations.
 */

/** One build check warning (`FromAsCasing`, …) where the frontend saw it. */
export interface BuildWarning {
  /** The rule's name: the part of the short text before its first colon. */
  rule: string;
  /** The short text after the rule's name. */
  description: string;
  detail: string[];
  url?: string;
  /** The file as the frontend names it (`Dockerfile`, whatever path it was given as). */
  file?: string;
  startLine?: number;
  endLine?: number;
}

interface RawWarning {
  short?: string;
  detail?: string[];
  url?: string;
  sourceInfo?: { filename?: string };
  range?: Array<{ start?: { line?: number }; end?: { line?: number } }>;
}

const fromBase64 = (value: string): string => Buffer.from(value, 'base64').toString('utf8');

/** The metadata file's `buildx.build.warnings`: base64 texts, a source file name and a line range each. */
export function parseWarnings(raw: unknown): BuildWarning[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawWarning[]).flatMap(w => {
    if (typeof w?.short !== 'string') return [];
    const short = fromBase64(w.short).trim();
    const colon = short.indexOf(': ');
    const warning: BuildWarning = {
      rule: colon > 0 ? short.slice(0, colon) : short,
      description: colon > 0 ? short.slice(colon + 2) : short,
      detail: (w.detail ?? []).filter(d => typeof d === 'string').map(fromBase64)
    };
    if (typeof w.url === 'string' && w.url) warning.url = w.url;
    if (typeof w.sourceInfo?.filename === 'string') warning.file = w.sourceInfo.filename;
    const range = w.range?.[0];
    if (typeof range?.start?.line === 'number') warning.startLine = range.start.line;
    if (typeof range?.end?.line === 'number') warning.endLine = range.end.line;
    return [warning];
  });
}

/** Where and why a build failed. */
export interface BuildFailure {
  /** The step as progress names it: `[linux/arm64 build 3/3] RUN go build ./...`. */
  step: string;
  platform?: string;
  /** The stage's name, when it has one. */
  stage?: string;
  /** BuildKit's words (`process "…" did not complete successfully: exit code: 3`). */
  message: string;
  /** The Dockerfile and line of the failing instruction, as the frontend names the file. */
  file?: string;
  line?: number;
  /** The step's last lines of output, without their timestamps. */
  lastLines: string[];
}

/** `[linux/arm64 build 3/3] RUN …` → its platform and stage (either may be absent). */
function stepParts(name: string): { platform?: string; stage?: string } {
  const m = /^\[(.*?) ?\d+\/\d+\]/.exec(name);
  if (!m) return {};
  const parts = m[1].split(' ').filter(Boolean);
  const platform = parts.find(p => p.includes('/'));
  const stage = parts.find(p => !p.includes('/'));
  return { ...(platform ? { platform } : {}), ...(stage ? { stage } : {}) };
}

/**
 * The failure in buildx's plain progress (`#9 ERROR: …` on a step, the `------ > [step]:`
 * block with its last lines, and the `Dockerfile:3` excerpt); undefined when no step failed.
 */
export function parseFailure(progress: string): BuildFailure | undefined {
  const lines = progress.split('\n');
  const names = new Map<string, string>();
  let failed: { id: string; message: string } | undefined;
  for (const line of lines) {
    const named = /^#(\d+) (\[.*)$/.exec(line);
    if (named && !names.has(named[1])) names.set(named[1], named[2]);
    const error = /^#(\d+) ERROR: (.*)$/.exec(line);
    if (error && !failed && names.has(error[1])) failed = { id: error[1], message: error[2].trim() };
  }
  if (!failed) return undefined;
  const step = names.get(failed.id)!;
  const failure: BuildFailure = { step, ...stepParts(step), message: failed.message, lastLines: [] };
  // buildx repeats the step's last lines between `------` rules: ` > [step]:` then the lines.
  const header = lines.findIndex(l => l.startsWith(' > ') && l.slice(3).replace(/:$/, '') === step);
  if (header >= 0) {
    for (let i = header + 1; i < lines.length && lines[i] !== '------'; i++) failure.lastLines.push(lines[i].replace(/^\d+\.\d+ /, ''));
  } else {
    failure.lastLines = lines.flatMap(l => (l.startsWith(`#${failed.id} `) ? (/^#\d+ \d+\.\d+ (.*)$/.exec(l)?.[1] ?? []) : [])).slice(-10);
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const at = /^(\S+):(\d+)$/.exec(lines[i]);
    if (at && /^-{10,}$/.test(lines[i + 1])) {
      failure.file = at[1];
      failure.line = Number(at[2]);
      break;
    }
  }
  return failure;
}
