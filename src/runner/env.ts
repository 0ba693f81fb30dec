/**
 * The environment variables hoist reads, read once when the step starts and handed down
 * as typed facts (`Ports.env`): nothing below the entry reads `process.env` itself. The
 * exec wrapper passes the process environment on to the programs hoist runs, with
 * `programEnv` on top.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { parseBool } from '../util/boolean.js';
import { readEventPayload, readWorkflowFacts, type WorkflowFacts } from './workflow.js';

/** docker/metadata-action's switches (DOCKER_METADATA_*), as given; the metadata engine checks them. */
export interface MetadataSwitches {
  /** DOCKER_METADATA_PR_HEAD_SHA: tag a pull request with its head commit, not GitHub's merge commit. */
  prHeadSha: boolean;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH, unchecked. */
  shortShaLength?: string;
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS, unchecked (`manifest,index`). */
  annotationLevels?: string;
}

/**
 * build-push-action's DOCKER_BUILD_RECORD_* switches, read as it reads them (v7.3.0
 * src/main.ts `buildRecordUploadEnabled`, `buildRecordRetentionDays`). hoist's default is
 * no upload, where build-push-action's is an upload: a documented departure.
 */
export interface BuildRecordSwitches {
  /** DOCKER_BUILD_RECORD_UPLOAD: true exports the build record and uploads it as an artifact of the run. */
  upload: boolean;
  /** DOCKER_BUILD_RECORD_RETENTION_DAYS as parseInt reads it; absent when unset (the repository's retention). */
  retentionDays?: number;
  /**
   * Why the switches cannot be followed: a DOCKER_BUILD_RECORD_UPLOAD that is no boolean, or
   * (with the upload on) a retention that is no number. build-push-action then warns and
   * exports nothing; so does hoist.
   */
  problem?: string;
}

/** Reads the DOCKER_BUILD_RECORD_* switches. */
export function readBuildRecordSwitches(env: NodeJS.ProcessEnv): BuildRecordSwitches {
  const uploadWord = env.DOCKER_BUILD_RECORD_UPLOAD ?? '';
  // Unset or empty is hoist's default (off); build-push-action reads an empty value as unset too.
  const upload = uploadWord ? parseBool(uploadWord, 'go') : false;
  if (upload === undefined) return { upload: false, problem: `DOCKER_BUILD_RECORD_UPLOAD=${JSON.stringify(uploadWord)} is not a boolean (true or false): no build record is uploaded` };
  const days = env.DOCKER_BUILD_RECORD_RETENTION_DAYS ?? '';
  // Only an upload reads the retention, as in build-push-action.
  if (!upload || !days) return { upload };
  // parseInt, as build-push-action: leading digits count ("7d" is 7), anything else is no number.
  const retentionDays = parseInt(days);
  if (Number.isNaN(retentionDays)) {
    return { upload, problem: `DOCKER_BUILD_RECORD_RETENTION_DAYS=${JSON.stringify(days)} is not a number of days (e.g. 7): no build record is uploaded` };
  }
  return { upload, retentionDays };
}

/** The Actions services a JavaScript action is given (the runner sets these for every step). */
export interface ActionsServices {
  /** ACTIONS_RUNTIME_TOKEN */
  runtimeToken?: string;
  /** ACTIONS_RESULTS_URL: the cache v2 and artifact v4 services. */
  resultsUrl?: string;
  /** ACTIONS_CACHE_URL: the legacy cache v1 service. */
  cacheUrl?: string;
}

export interface RunEnv {
  /** The workflow run: the GITHUB_* variables and the event payload. */
  workflow: WorkflowFacts;
  /** The event payload (GITHUB_EVENT_PATH) as parsed; `{}` when there is none. */
  eventPayload: unknown;
  /** HOME, else the user's home directory. */
  home: string;
  /** RUNNER_TEMP, else the system's temp directory. */
  runnerTemp: string;
  /** Where docker keeps its config and logins: DOCKER_CONFIG, else ~/.docker. The login moves it. */
  dockerConfig: string;
  /** Where buildx keeps its builders: BUILDX_CONFIG, else the docker config's `buildx`. */
  buildxConfig: string;
  /** BUILDX_BUILDER: the builder buildx uses when none is named. */
  buildxBuilder?: string;
  /** DOCKER_HOST: the engine the docker CLI talks to. */
  dockerHost?: string;
  /** BUILDX_NO_DEFAULT_ATTESTATIONS */
  noDefaultAttestations: boolean;
  /** DOCKER_BUILD_SUMMARY (build-push-action's switch): false leaves the job summary out. */
  buildSummary: boolean;
  /** DOCKER_BUILD_CHECKS_ANNOTATIONS (build-push-action's switch): false leaves the check annotations out. */
  checksAnnotations: boolean;
  /** DOCKER_BUILD_RECORD_UPLOAD and DOCKER_BUILD_RECORD_RETENTION_DAYS (build-push-action's switches). */
  buildRecord: BuildRecordSwitches;
  /** BUILDX_METADATA_WARNINGS as given, else `true` (build-push-action sets it so the metadata file holds the check warnings). */
  metadataWarnings: string;
  metadata: MetadataSwitches;
  actions: ActionsServices;
  /** RUNNER_TOOL_CACHE, else ~/.cache/hoist-tools: where a downloaded buildx (`version`) is kept. */
  toolCache: string;
  /**
   * HOIST_BUILDX_MIRROR: a mirror of buildx's GitHub releases for runners without github.com
   * access (`<mirror>/<tag>/buildx-<tag>.linux-<arch>`, `<mirror>/<tag>/checksums.txt`, and
   * `<mirror>/buildx-releases.json` to resolve `latest`).
   */
  buildxMirror?: string;
  /** Variables hoist sets for the programs it runs, on top of its own environment (the login's DOCKER_CONFIG). */
  programEnv: Record<string, string>;
}

/** `{ key: value }` when the variable is set and not empty, else nothing: an optional fact stays absent. */
const ifSet = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value ? ({ [key]: value } as Record<K, string>) : {});

/** Reads the environment once; the only reader of `process.env` besides the runner protocol and the exec wrapper. */
export function readRunEnv(env: NodeJS.ProcessEnv = process.env): RunEnv {
  const dockerConfig = env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  // The event file is read once: the workflow facts and the metadata rules both use it.
  const eventPayload = readEventPayload(env);
  return {
    workflow: readWorkflowFacts(env, eventPayload),
    eventPayload,
    home: env.HOME || os.homedir(),
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    toolCache: env.RUNNER_TOOL_CACHE || path.join(env.HOME || os.homedir(), '.cache', 'hoist-tools'),
    dockerConfig,
    buildxConfig: env.BUILDX_CONFIG || path.join(dockerConfig, 'buildx'),
    noDefaultAttestations: parseBool(env.BUILDX_NO_DEFAULT_ATTESTATIONS ?? '', 'go') === true,
    buildSummary: parseBool(env.DOCKER_BUILD_SUMMARY ?? '', 'go') !== false,
    checksAnnotations: parseBool(env.DOCKER_BUILD_CHECKS_ANNOTATIONS ?? '', 'go') !== false,
    buildRecord: readBuildRecordSwitches(env),
    metadataWarnings: env.BUILDX_METADATA_WARNINGS ?? 'true',
    metadata: {
      prHeadSha: /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
      ...ifSet('shortShaLength', env.DOCKER_METADATA_SHORT_SHA_LENGTH),
      ...ifSet('annotationLevels', env.DOCKER_METADATA_ANNOTATIONS_LEVELS)
    },
    actions: { ...ifSet('runtimeToken', env.ACTIONS_RUNTIME_TOKEN), ...ifSet('resultsUrl', env.ACTIONS_RESULTS_URL), ...ifSet('cacheUrl', env.ACTIONS_CACHE_URL) },
    programEnv: {},
    ...ifSet('buildxBuilder', env.BUILDX_BUILDER),
    ...ifSet('buildxMirror', env.HOIST_BUILDX_MIRROR),
    ...ifSet('dockerHost', env.DOCKER_HOST)
  };
}

/**
 * A wrapper that runs calls with one process variable set to `value`, for a library that
 * reads it from the process itself (@actions/cache resolves its archive paths against
 * GITHUB_WORKSPACE). Calls may overlap: the first in sets it, the last out puts it back.
 */
export function withProcessVariable(name: string, value: string): <T>(call: () => Promise<T>) => Promise<T> {
  let active = 0;
  let before: string | undefined;
  return async call => {
    if (active++ === 0) {
      before = process.env[name];
      process.env[name] = value;
    }
    try {
      return await call();
    } finally {
      if (--active === 0) {
        if (before === undefined) delete process.env[name];
        else process.env[name] = before;
      }
    }
  };
}
