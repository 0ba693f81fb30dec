import * as path from 'node:path';
import { ignoresGit, wholeContextCopies } from '../dockerfile/advisor.js';
import type { DockerfileSource } from '../inputs/dockerfile-source.js';
import type { FileProbe } from '../inputs/validate.js';

/** A warning to show on a Dockerfile line. */
export interface LineAdvice {
  message: string;
  file: string;
  line: number;
  title: string;
}

/**
 * `COPY . .` with a `.git` directory in the context: that layer, and every one after
 * it, changes on each checkout, so no cache can help. Said on the Dockerfile line.
 * A local context only: BuildKit's Git context holds no `.git` (unless asked to keep it).
 */
export function cacheBustingAdvice(dockerfile: DockerfileSource | undefined, files: FileProbe): LineAdvice[] {
  if (dockerfile?.origin !== 'local' || dockerfile.contextDir === undefined) return [];
  const gitDir = path.join(dockerfile.contextDir, '.git');
  if (!(files.isDirectory(gitDir) || files.isFile(gitDir))) return [];
  if (ignoresGit(dockerfile.dockerignore)) return [];
  const message = `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${path.join(dockerfile.contextDir, '.dockerignore')}.`;
  return wholeContextCopies(dockerfile.text).map(line => ({ message, file: dockerfile.path, line, title: 'cache busting' }));
}
