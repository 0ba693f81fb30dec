import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Runs `fn` with `vars` in process.env, then puts process.env back as it was (variables it
 * added removed): for clients that read the environment at call time, as @actions/artifact does.
 */
export async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** An event payload in a file of its own, as the runner writes GITHUB_EVENT_PATH. */
export function eventFile(payload: object): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hoist-event-')), 'event.json');
  fs.writeFileSync(file, JSON.stringify(payload));
  return file;
}
