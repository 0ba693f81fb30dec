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

/**
 * The runner's environment of a `pull_request` run against `main` from the branch `feature`
 * of acme/backend (the repository the e2e harness names), with its event file; `sha` is the
 * merge commit the run builds, when the test names it.
 */
export function pullRequestRunEnv(pr: { number: number; head: string; apiUrl: string; sha?: string }): Record<string, string> {
  const event = eventFile({
    action: 'synchronize',
    number: pr.number,
    pull_request: { number: pr.number, head: { sha: pr.head, ref: 'feature' }, base: { ref: 'main' } },
    repository: { full_name: 'acme/backend', private: false, default_branch: 'main' }
  });
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: `refs/pull/${pr.number}/merge`,
    ...(pr.sha ? { GITHUB_SHA: pr.sha } : {}),
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_API_URL: pr.apiUrl,
    GITHUB_JOB: 'image'
  };
}
