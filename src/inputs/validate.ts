import * as path from 'node:path';
import { parseStages } from '../dockerfile/stages.js';
import { parseReference, InvalidReferenceError } from '../registry/reference.js';
import { hasExporter, imageOutputs } from './attrs.js';
import { checkBuilderSetup } from './builder.js';
import { checkDistribute } from './distribute.js';
import { CACHE_MODES, cacheEntryProblem, isCacheMode } from './cache.js';
import { parseIncrease, parseSize } from '../util/bytes.js';
import { Findings, InputError, type InputWarning } from './errors.js';
import { isRemoteContext, localDockerfilePath, readLocalDockerfile, type DockerfileSource } from './dockerfile-source.js';
import { realFiles, type FileProbe } from './files.js';
import type { Inputs } from './inputs.js';
import { syntaxFindings, type LocalDockerfile } from './rules.js';
import { checkSecrets } from './secrets.js';

export { realFiles, type FileProbe };

export interface InputCheck {
  /** Each fails the step before anything is built or pushed. */
  errors: InputError[];
  /** What build-push-action tolerates or buildx ignores: said, and the step goes on. */
  warnings: InputWarning[];
  /** The inputs the build goes on with: the secret entries build-push-action would skip are left out. */
  inputs: Inputs;
}

/**
 * Every input problem that can be seen before a build, each naming the input, what is
 * wrong and the fix (nothing is built or pushed when there is an error); the warnings
 * and the inputs the build goes on with.
 */
export function checkInputs(inputs: Inputs, files: FileProbe = realFiles, source: DockerfileSource | undefined = readLocalDockerfile(inputs, files)): InputCheck {
  const found = new Findings();
  checkDistribute(inputs, found);
  // The merge step builds nothing: its job need not check out the Dockerfile.
  if (inputs.merge) {
    checkTags(inputs, found);
    checkSizeReport(inputs, found);
    return { errors: found.errors, warnings: found.warnings, inputs };
  }
  const dockerfile = checkContextAndDockerfile(inputs, files, source, found);
  for (const [input, finding] of syntaxFindings({ inputs, files, dockerfile })) found.add(input, finding);
  checkTags(inputs, found);
  const kept = checkSecrets(inputs, files, found);
  checkSizeReport(inputs, found);
  checkCaching(inputs, found);
  checkBuilderSetup(inputs, files, found);
  return { errors: found.errors, warnings: found.warnings, inputs: { ...inputs, ...kept } };
}

/** The problems only the builder's facts show; the rest are found before anything is asked of docker. */
export function builderProblems(inputs: Pick<Inputs, 'load' | 'platforms'>, builder: { engineLoadsMultiPlatform?: boolean }): InputError[] {
  if (!inputs.load || inputs.platforms.length <= 1 || builder.engineLoadsMultiPlatform) return [];
  return [
    new InputError(
      'load',
      `cannot load a ${inputs.platforms.length}-platform image (${inputs.platforms.join(',')}) into this Docker engine: its image store holds one platform per tag`,
      'Set load: false and push instead, load one platform per step, or enable the containerd image store in the Docker engine.'
    )
  ];
}

/** Calls `add` with the reference's problem when `ref` is not an image reference. */
function checkReference(ref: string, add: (problem: string) => void): void {
  try {
    parseReference(ref);
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    add(e.message);
  }
}

function checkTags(inputs: Inputs, found: Findings): void {
  for (const tag of inputs.tags) {
    try {
      if (parseReference(tag).digest) found.error('tags', `'${tag}' carries a digest`, 'A tag names where to push; drop the @sha256:… part.');
    } catch (e) {
      if (!(e instanceof InvalidReferenceError)) throw e;
      found.error('tags', `'${tag}': ${e.message}`, 'Write tags as [registry/]repository[:tag], e.g. ghcr.io/acme/app:1.2.3.');
    }
  }
  const pushesByOutput = inputs.outputs.some(o => /(^|,)\s*push\s*=\s*true/.test(o) || /(^|,)\s*type\s*=\s*registry/.test(o));
  // meta-images gives the tags from the git context (after this check): a rule that gives none for the run is refused then.
  if ((inputs.push || pushesByOutput) && inputs.tags.length === 0 && inputs['meta-images'].length === 0 && !inputs.outputs.some(o => /(^|,)\s*name\s*=/.test(o))) {
    found.error('tags', 'push is enabled but no tag is given', 'Add at least one tag (e.g. tags: ghcr.io/acme/app:latest), or set push: false.');
  }
  if (inputs.load && (hasExporter('local', inputs.outputs) || hasExporter('tar', inputs.outputs))) {
    found.error('load', 'load is set together with a local/tar output', 'Use either load: true or outputs: type=local/tar, not both.');
  }
}

/** The size gates' syntax, as the step and the hoist-sizes command (src/cli/) check it: one wording for both. */
export function checkGateLimits(limits: Pick<Inputs, 'max-size' | 'max-size-increase'>, error: (name: 'max-size' | 'max-size-increase', problem: string, fix: string) => void): void {
  if (limits['max-size'] && parseSize(limits['max-size']) === undefined) {
    error('max-size', `'${limits['max-size']}' is not a size`, 'Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.');
  }
  if (limits['max-size-increase'] && parseIncrease(limits['max-size-increase']) === undefined) {
    error('max-size-increase', `'${limits['max-size-increase']}' is neither a percentage nor a size`, 'E.g. 10% or 2MB.');
  }
}

/** The values of `size-analysis`. */
const SIZE_ANALYSES = ['none', 'files'];

function checkSizeReport(inputs: Inputs, found: Findings): void {
  if (inputs['compare-to'] && inputs['compare-to'] !== 'none') {
    checkReference(inputs['compare-to'], problem => found.error('compare-to', `'${inputs['compare-to']}': ${problem}`, "Give an image reference such as ghcr.io/acme/app:main, or 'none'."));
  }
  checkGateLimits(inputs, (name, problem, fix) => found.error(name, problem, fix));
  const growth = inputs['annotate-growth'];
  if (growth && growth !== 'none' && parseIncrease(growth) === undefined) {
    found.error('annotate-growth', `'${growth}' is neither a size nor a percentage`, "E.g. 1MB (the default) or 10%; 'none' or 0 turns the annotation off.");
  }
  // The history keeps 200 points (plan/size-history.ts HISTORY_CAP; inputs/ may not import plan/).
  const TREND_MAX = 200;
  const trend = inputs['size-trend'];
  if (trend && trend !== 'none' && !(/^\d+$/.test(trend) && Number(trend) <= TREND_MAX)) {
    found.error('size-trend', `'${trend}' is not a number of builds from 0 to ${TREND_MAX}`, "E.g. 30 (the default); 'none' or 0 turns the trend off.");
  }
  const analysis = inputs['size-analysis'];
  if (analysis && !SIZE_ANALYSES.includes(analysis)) {
    found.error('size-analysis', `'${analysis}' is not a size analysis`, 'Use files (download the layers and list where the bytes are) or none (the default: no layer is downloaded).');
  }
  // An image that is not pushed is measured from the build (plan/measure.ts); files are not an image.
  const filesOnly = inputs.outputs.length > 0 && imageOutputs(inputs.outputs).length === 0;
  if ((inputs['max-size'] || inputs['max-size-increase']) && !inputs.push && filesOnly) {
    found.error(inputs['max-size'] ? 'max-size' : 'max-size-increase', 'size gates need an image, but outputs writes files only', 'Add an image output (or push: true), or drop the gate.');
  }
}

function checkCaching(inputs: Inputs, found: Findings): void {
  if (inputs.cache && !isCacheMode(inputs.cache)) {
    found.error('cache', `'${inputs.cache}' is not a cache mode`, `Use one of: ${CACHE_MODES.join(', ')} (or cache-from/cache-to for anything else).`);
  } else if (inputs.cache === 'registry' && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
    found.error('cache', 'registry caching keeps the cache next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference for the cache.');
  }
  if (inputs['cache-stages'].length > 0 && !inputs['cache-ref'] && inputs.tags.length === 0 && inputs['meta-images'].length === 0) {
    found.error('cache-stages', 'each stage is cached next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference whose repository holds the stage caches.');
  }
  if (inputs['cache-mounts-max-size'] && parseSize(inputs['cache-mounts-max-size']) === undefined) {
    found.error('cache-mounts-max-size', `'${inputs['cache-mounts-max-size']}' is not a size`, 'Use a number and a unit, e.g. 2GB or 500MiB.');
  }
  if (inputs['cache-ref']) {
    checkReference(inputs['cache-ref'], problem => found.error('cache-ref', `'${inputs['cache-ref']}': ${problem}`, 'Give an image reference, e.g. ghcr.io/acme/app:buildcache.'));
  }
  for (const [input, direction] of [
    ['cache-from', 'from'],
    ['cache-to', 'to']
  ] as const) {
    for (const entry of inputs[input]) {
      const problem = cacheEntryProblem(entry, direction);
      if (problem) found.error(input, problem, "See https://docs.docker.com/build/cache/backends/ for each type's attributes.");
    }
  }
}

/**
 * The context and Dockerfile exist, `target` and `cache-stages` name stages; returns the
 * Dockerfile when it could be read (`source`: as phases/inputs.ts found it, for a remote
 * context too).
 */
function checkContextAndDockerfile(inputs: Inputs, files: FileProbe, source: DockerfileSource | undefined, found: Findings): LocalDockerfile | undefined {
  // A remote context (the default Git context when empty) is fetched by BuildKit: only what was read of it is checked.
  if (inputs.context && !isRemoteContext(inputs.context)) {
    if (!files.isDirectory(inputs.context)) {
      found.error(
        'context',
        `'${inputs.context}' is not a directory (looked in ${path.resolve(inputs.context)})`,
        'Check out the repository first (actions/checkout) and give the path relative to the workspace, e.g. context: .'
      );
      return undefined;
    }
    const file = localDockerfilePath(inputs);
    if (!file) return undefined;
    if (!files.isFile(file)) {
      found.error(
        inputs.file ? 'file' : 'context',
        `no Dockerfile at '${file}'`,
        inputs.file ? 'Fix the path; it is relative to the workspace, not to the context.' : "Set 'file' to your Dockerfile's path, or add a Dockerfile to the context."
      );
      return undefined;
    }
  }
  if (!source) return undefined;
  const file = source.path;
  const dockerfile: LocalDockerfile = { path: file, text: source.text, stages: parseStages(source.text).flatMap(s => (s.name ? [s.name] : [])) };
  const names = dockerfile.stages;
  if (inputs.target && names.length > 0 && !names.includes(inputs.target.toLowerCase())) {
    found.error('target', `no stage named '${inputs.target}' in ${file}`, `Use one of: ${names.join(', ')}.`);
  }
  for (const stage of inputs['cache-stages']) {
    if (!names.includes(stage.toLowerCase())) {
      found.error(
        'cache-stages',
        `no stage named '${stage}' in ${file}`,
        names.length ? `Use named stages (FROM … AS <name>): ${names.join(', ')}.` : 'Name the stage in the Dockerfile (FROM … AS builder).'
      );
    }
  }
  return dockerfile;
}
