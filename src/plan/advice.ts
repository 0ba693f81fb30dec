import * as path from 'node:path';
import { ignoresGit, wholeContextCopies } from '../dockerfile/advisor.js';
import type { Inputs } from '../inputs/inputs.js';
import { localDockerfile, type FileProbe } from '../inputs/validate.js';

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
 */
export function cacheBustingAdvice(inputs: Pick<Inputs, 'context' | 'file'>, files: FileProbe): LineAdvice[] {
  const dockerfile = localDockerfile(inputs);
  const gitDir = path.join(inputs.context, '.git');
  if (!dockerfile || !(files.isDirectory(gitDir) || files.isFile(gitDir))) return [];
  // buildx prefers <Dockerfile>.dockerignore next to the Dockerfile over <context>/.dockerignore.
  const ignore = files.readText(`${dockerfile}.dockerignore`) || files.readText(path.join(inputs.context, '.dockerignore'));
  if (ignoresGit(ignore)) return [];
  const message = `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${path.join(inputs.context, '.dockerignore')}.`;
  return wholeContextCopies(files.readText(dockerfile) ?? '').map(line => ({ message, file: dockerfile, line, title: 'cache busting' }));
}
