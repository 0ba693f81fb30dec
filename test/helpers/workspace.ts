import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface WorkspaceOptions {
  /** The directory's name starts `hoist-<name>-` (default `ws`). */
  name?: string;
  /** A directory copied in first (a checked-out repository, e.g. example/); `files` go on top. */
  from?: string;
}

/**
 * A fresh directory under the system's temp directory, as a job's checkout: `files`
 * (a path relative to it, folders made as needed → the content) written into it.
 */
export function workspace(files: Record<string, string | Buffer> = {}, options: WorkspaceOptions = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hoist-${options.name ?? 'ws'}-`));
  if (options.from) fs.cpSync(options.from, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
