import path from 'node:path';
import { copySources, parseDockerfile } from './parse.js';

/**
 * Instructions that copy the whole context (`COPY . .`, `ADD . /src`): with a `.git`
 * directory in the context, that layer changes on every checkout and everything after
 * it rebuilds, whatever the cache. Read with the Dockerfile parser, so a continued
 * `COPY --chown=x \` line counts, a heredoc body that says `COPY . .` does not, and
 * neither does `COPY --from=<stage>` (it copies from that stage, not the context).
 * Returns the 1-based first line of each such instruction.
 */
export function wholeContextCopies(text: string): number[] {
  const lines: number[] = [];
  for (const stage of parseDockerfile(text).stages) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      if (ins.flags.some(f => f.startsWith('--from='))) continue;
      if (copySources(ins).some(isContextRoot)) lines.push(ins.line);
    }
  }
  return lines;
}

/** `.`, `./`, `./.`, `/`: sources are relative to the context root. */
function isContextRoot(source: string): boolean {
  const normal = path.posix.normalize(source).replace(/(.)\/+$/, '$1');
  return normal === '.' || normal === '/';
}

/** Does .dockerignore keep `.git` out? (A line `.git`, `.git/`, `/.git`, `**\/.git` or `*`.) */
export function ignoresGit(dockerignore: string | undefined): boolean {
  if (!dockerignore) return false;
  let ignored = false;
  for (const raw of dockerignore.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
    if (['.git', '**/.git', '*', '.*', '**'].includes(pattern)) ignored = !negated; // later lines win, as in docker
  }
  return ignored;
}
