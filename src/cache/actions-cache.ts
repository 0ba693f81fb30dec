/**
 * The GitHub Actions cache, through @actions/cache (loaded only when a cache mode
 * needs it: it is most of the bundle and costs ~100 ms to load). Every failure is
 * soft: the service down, rate-limited or over quota means a colder build, never a
 * failed one.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { withProcessVariable, type ActionsServices } from '../runner/env.js';
import { branchOf, type WorkflowFacts } from '../runner/workflow.js';
import { branchTag } from '../registry/reference.js';
import { shortHash } from '../util/hash.js';

export interface ActionsCache {
  /**
   * The key that matched, or undefined on a miss (or a failure, said through `warn`).
   * `lookupOnly`: find the entry, download nothing.
   */
  restore(directory: string, key: string, restoreKeys: string[], options?: { lookupOnly?: boolean }): Promise<string | undefined>;
  /** True when saved; false when the key exists already or the service refused (said through `warn`). */
  save(directory: string, key: string): Promise<boolean>;
}

/**
 * The Actions cache, with entries that come back on any runner. @actions/cache versions
 * an entry by the path strings it is given and stores the files relative to
 * GITHUB_WORKSPACE; both differ between runners (act gives every run a new temp
 * directory, self-hosted runners live in different directories). So hoist keeps its
 * entries under one root in the home directory (`root`), names them `~/…` there, and
 * stores them relative to that root.
 */
export function actionsCache(warn: (message: string) => void, root: string): ActionsCache {
  const load = () => import('@actions/cache');
  const home = os.homedir();
  const portable = (directory: string): string => {
    const relative = path.relative(home, directory);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `~/${relative.split(path.sep).join('/')}` : directory;
  };
  const rooted = withProcessVariable('GITHUB_WORKSPACE', root);
  return {
    async restore(directory, key, restoreKeys, options) {
      try {
        const cache = await load();
        return await rooted(() => cache.restoreCache([portable(directory)], key, restoreKeys, { lookupOnly: options?.lookupOnly ?? false }));
      } catch (e) {
        warn(`restoring ${key} from the Actions cache failed: ${(e as Error).message}`);
        return undefined;
      }
    },
    async save(directory, key) {
      try {
        const cache = await load();
        // -1: the key exists (another job saved it first) or the service refused; the library has said which.
        return (await rooted(() => cache.saveCache([portable(directory)], key))) !== -1;
      } catch (e) {
        warn(`saving ${key} to the Actions cache failed: ${(e as Error).message}`);
        return false;
      }
    }
  };
}

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

/**
 * Keys for `cache: local`'s layer cache: one entry per run that built something
 * (the run id makes it new), found again by the same dependencies on this branch,
 * then any on this branch, then the default branch's. `build` tells builds apart
 * (Dockerfile, target, platforms) so two images in one repository do not share.
 */
export function layerCacheKeys(build: string, depsKey: string, github: WorkflowFacts, now: number = Date.now()): CacheKeys {
  const id = shortHash(build);
  const deps = depsKey.replace(/^sha256:/, '').slice(0, 16);
  const branch = branchTag(branchOf(github) ?? 'default');
  const run = github.runId ? `${github.runId}-${github.runAttempt || '1'}` : String(now);
  const restoreKeys = [`hoist-layers-${id}-${branch}-${deps}-`, `hoist-layers-${id}-${branch}-`];
  const main = github.defaultBranch ? branchTag(github.defaultBranch) : undefined;
  if (main && main !== branch) restoreKeys.push(`hoist-layers-${id}-${main}-${deps}-`, `hoist-layers-${id}-${main}-`);
  return { key: `hoist-layers-${id}-${branch}-${deps}-${run}`, restoreKeys };
}

/**
 * Keys for saved cache mounts: one entry per set of dependencies (an entry never
 * changes once saved, so a run whose dependencies match does not save again), found
 * by any earlier set when the dependencies changed. GitHub scopes entries to the
 * branch and lets every branch read the default branch's.
 */
export function mountCacheKeys(build: string, mountsKey: string): CacheKeys {
  // `oci`: the entry is an OCI layout; the directories older hoists saved are not looked for.
  const prefix = `hoist-mounts-oci-${shortHash(build)}-`;
  return { key: `${prefix}${mountsKey.replace(/^sha256:/, '').slice(0, 32)}`, restoreKeys: [prefix] };
}

export type ServiceCheck = { usable: true } | { usable: false; why: string };

/** One JSON POST; injectable so the check is tested without a network. */
export type JsonPost = (url: URL, token: string, body: unknown, timeoutMs: number) => Promise<{ status: number; retryAfter?: string }>;

const nodePost: JsonPost = async (url, token, body, timeoutMs) => {
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, timeout: timeoutMs }, res => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
};

/**
 * Is the Actions cache service there and willing, before a build depends on it?
 * BuildKit's gha backend waits out a 429 for minutes per request, so a rate-limited
 * service is found here (one lookup of a key that never exists) and the build runs
 * without that cache instead of stalling.
 */
export async function checkCacheService(services: ActionsServices, post: JsonPost = nodePost): Promise<ServiceCheck> {
  const url = services.resultsUrl;
  const token = services.runtimeToken;
  if (!url || !token) {
    if (services.cacheUrl && token) return { usable: true }; // the legacy (v1) service: nothing to ask
    return { usable: false, why: 'not available to this job (no ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN: not a GitHub-hosted or cache-enabled runner)' };
  }
  try {
    const endpoint = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', url.endsWith('/') ? url : `${url}/`);
    const answer = await post(endpoint, token, { key: 'hoist-service-check', restore_keys: [], version: 'hoist-service-check' }, 5000);
    if (answer.status === 429) return { usable: false, why: `rate-limited (HTTP 429${answer.retryAfter ? `, retry after ${answer.retryAfter} s` : ''})` };
    if (answer.status === 401 || answer.status === 403) return { usable: false, why: `refusing this job's token (HTTP ${answer.status})` };
    if (answer.status >= 500) return { usable: false, why: `failing (HTTP ${answer.status})` };
    return { usable: true };
  } catch (e) {
    return { usable: false, why: `unreachable (${(e as Error).message})` };
  }
}
