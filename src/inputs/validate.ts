import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseStages } from '../dockerfile/stages.js';
import { parseReference, InvalidReferenceError } from '../registry/reference.js';
import { hasExporter } from './attrs.js';
import { CACHE_MODES, cacheEntryProblem, isCacheMode } from './cache.js';
import { parseIncrease, parseSize } from '../util/bytes.js';
import { InputError } from './errors.js';
import type { Inputs } from './inputs.js';
import { parsePlatform, PlatformError } from './platform.js';

/** The file system as validation sees it; tests pass a fake. */
export interface FileProbe {
  isFile(p: string): boolean;
  isDirectory(p: string): boolean;
  readText(p: string): string | undefined;
}

export const realFiles: FileProbe = {
  isFile: p => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
  isDirectory: p => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
  readText: p => {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  }
};

/** A context buildx fetches itself: git/HTTP URLs, `-` for stdin, or a named context. */
function isRemoteContext(context: string): boolean {
  return context === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@');
}

/** The Dockerfile buildx will read: `file` (relative to the workspace), else <context>/Dockerfile; undefined for stdin. */
function dockerfilePath(inputs: Pick<Inputs, 'context' | 'file'>): string | undefined {
  if (inputs.file === '-') return undefined;
  return inputs.file || path.join(inputs.context, 'Dockerfile');
}

/** The Dockerfile on this machine, when there is one to read: not for a remote context or a Dockerfile on stdin. */
export function localDockerfile(inputs: Pick<Inputs, 'context' | 'file'>): string | undefined {
  return inputs.context && !isRemoteContext(inputs.context) ? dockerfilePath(inputs) : undefined;
}

const SIZE = /^\d+(\.\d+)?\s*[bkmgt]?b?$/i;
const ULIMIT = /^[a-z]+=-?\d+(:-?\d+)?$/;
const HOST = /^[^\s:=]+[:=]\S+$/;

/**
 * Every input problem that can be seen before a build, each naming the input,
 * what is wrong and the fix. Nothing is built or pushed when this is not empty.
 */
export function validateInputs(inputs: Inputs, files: FileProbe = realFiles): InputError[] {
  const errors: InputError[] = [];
  const add = (input: string, problem: string, fix: string): void => {
    errors.push(new InputError(input, problem, fix));
  };

  inputs.platforms.forEach(platform => {
    try {
      parsePlatform(platform);
    } catch (e) {
      if (!(e instanceof PlatformError)) throw e;
      add('platforms', e.message, 'Use os/arch[/variant] names such as linux/amd64,linux/arm64.');
    }
  });

  inputs.tags.forEach(tag => {
    try {
      const ref = parseReference(tag);
      if (ref.digest) add('tags', `'${tag}' carries a digest`, 'A tag names where to push; drop the @sha256:… part.');
    } catch (e) {
      if (!(e instanceof InvalidReferenceError)) throw e;
      add('tags', `'${tag}': ${e.message}`, 'Write tags as [registry/]repository[:tag], e.g. ghcr.io/acme/app:1.2.3.');
    }
  });

  const pushesByOutput = inputs.outputs.some(o => /(^|,)\s*push\s*=\s*true/.test(o) || /(^|,)\s*type\s*=\s*registry/.test(o));
  if ((inputs.push || pushesByOutput) && inputs.tags.length === 0 && !inputs.outputs.some(o => /(^|,)\s*name\s*=/.test(o))) {
    add('tags', 'push is enabled but no tag is given', 'Add at least one tag (e.g. tags: ghcr.io/acme/app:latest), or set push: false.');
  }

  if (inputs.load && (hasExporter('local', inputs.outputs) || hasExporter('tar', inputs.outputs))) {
    add('load', 'load is set together with a local/tar output', 'Use either load: true or outputs: type=local/tar, not both.');
  }

  checkContextAndDockerfile(inputs, files, add);

  inputs.secrets.forEach((entry, i) => {
    const eq = entry.indexOf('=');
    // Name only the position and key: the value is a secret.
    if (eq <= 0) add('secrets', `entry ${i + 1} is not of the form KEY=value`, 'Write each secret as id=value, one per line.');
    else if (eq === entry.length - 1) add('secrets', `entry ${i + 1} ('${entry.slice(0, eq)}') has an empty value`, 'Check that the secret it comes from is set in this repository.');
  });
  inputs['secret-files'].forEach(entry => {
    const eq = entry.indexOf('=');
    if (eq <= 0) add('secret-files', `'${entry}' is not of the form KEY=path`, 'Write each entry as id=path/to/file.');
    else if (!files.isFile(entry.slice(eq + 1)))
      add('secret-files', `'${entry.slice(0, eq)}' points at '${entry.slice(eq + 1)}', which is not a file`, 'Create the file in an earlier step or fix the path.');
  });
  inputs['secret-envs'].forEach(entry => {
    if (entry.indexOf('=') <= 0) add('secret-envs', `'${entry}' is not of the form KEY=ENV_NAME`, 'Write each entry as id=ENVIRONMENT_VARIABLE.');
  });

  if (inputs['shm-size'] && !SIZE.test(inputs['shm-size'])) add('shm-size', `'${inputs['shm-size']}' is not a size`, 'Use a number with an optional unit, e.g. 2g or 512m.');
  inputs.ulimit.forEach(u => {
    if (!ULIMIT.test(u)) add('ulimit', `'${u}' is not of the form name=soft[:hard]`, 'E.g. nofile=1024:1024.');
  });
  inputs['add-hosts'].forEach(h => {
    if (!HOST.test(h)) add('add-hosts', `'${h}' is not of the form host:ip`, 'E.g. docker:10.180.0.1.');
  });
  if (inputs['compare-to'] && inputs['compare-to'] !== 'none') {
    try {
      parseReference(inputs['compare-to']);
    } catch (e) {
      if (!(e instanceof InvalidReferenceError)) throw e;
      add('compare-to', `'${inputs['compare-to']}': ${e.message}`, "Give an image reference such as ghcr.io/acme/app:main, or 'none'.");
    }
  }
  if (inputs['max-size'] && parseSize(inputs['max-size']) === undefined) {
    add('max-size', `'${inputs['max-size']}' is not a size`, 'Use a number and a unit, e.g. 20MB (10^6 bytes) or 19.5MiB.');
  }
  if (inputs['max-size-increase'] && parseIncrease(inputs['max-size-increase']) === undefined) {
    add('max-size-increase', `'${inputs['max-size-increase']}' is neither a percentage nor a size`, 'E.g. 10% or 2MB.');
  }
  if ((inputs['max-size'] || inputs['max-size-increase']) && !inputs.push) {
    add(inputs['max-size'] ? 'max-size' : 'max-size-increase', 'size gates need the image in a registry, but push is false', 'Set push: true (e.g. to a pr-N tag), or drop the gate.');
  }
  if (inputs.cache && !isCacheMode(inputs.cache)) {
    add('cache', `'${inputs.cache}' is not a cache mode`, `Use one of: ${CACHE_MODES.join(', ')} (or cache-from/cache-to for anything else).`);
  } else if (inputs.cache === 'registry' && !inputs['cache-ref'] && inputs.tags.length === 0) {
    add('cache', 'registry caching keeps the cache next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference for the cache.');
  }
  if (inputs['cache-stages'].length > 0 && !inputs['cache-ref'] && inputs.tags.length === 0) {
    add('cache-stages', 'each stage is cached next to the image, but there is no tag', 'Add a tag, or set cache-ref to an image reference whose repository holds the stage caches.');
  }
  if (inputs['cache-mounts-max-size'] && parseSize(inputs['cache-mounts-max-size']) === undefined) {
    add('cache-mounts-max-size', `'${inputs['cache-mounts-max-size']}' is not a size`, 'Use a number and a unit, e.g. 2GB or 500MiB.');
  }
  if (inputs['cache-ref']) {
    try {
      parseReference(inputs['cache-ref']);
    } catch (e) {
      if (!(e instanceof InvalidReferenceError)) throw e;
      add('cache-ref', `'${inputs['cache-ref']}': ${e.message}`, 'Give an image reference, e.g. ghcr.io/acme/app:buildcache.');
    }
  }
  for (const [input, direction] of [
    ['cache-from', 'from'],
    ['cache-to', 'to']
  ] as const) {
    for (const entry of inputs[input]) {
      const problem = cacheEntryProblem(entry, direction);
      if (problem) add(input, problem, "See https://docs.docker.com/build/cache/backends/ for each type's attributes.");
    }
  }
  if (inputs.network && !/^[\w.-]+$/.test(inputs.network)) add('network', `'${inputs.network}' is not a network mode`, 'Use default, none or host.');
  return errors;
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

function checkContextAndDockerfile(inputs: Inputs, files: FileProbe, add: (input: string, problem: string, fix: string) => void): void {
  // An empty context means the default git context, which BuildKit fetches itself.
  if (!inputs.context || isRemoteContext(inputs.context)) return;
  if (!files.isDirectory(inputs.context)) {
    add(
      'context',
      `'${inputs.context}' is not a directory (looked in ${path.resolve(inputs.context)})`,
      'Check out the repository first (actions/checkout) and give the path relative to the workspace, e.g. context: .'
    );
    return;
  }
  const dockerfile = dockerfilePath(inputs);
  if (!dockerfile) return;
  if (!files.isFile(dockerfile)) {
    const input = inputs.file ? 'file' : 'context';
    add(
      input,
      `no Dockerfile at '${dockerfile}'`,
      inputs.file ? 'Fix the path; it is relative to the workspace, not to the context.' : "Set 'file' to your Dockerfile's path, or add a Dockerfile to the context."
    );
    return;
  }
  if (inputs.target || inputs['cache-stages'].length > 0) {
    const text = files.readText(dockerfile) ?? '';
    const names = parseStages(text).flatMap(s => (s.name ? [s.name] : []));
    if (inputs.target && names.length > 0 && !names.includes(inputs.target.toLowerCase())) {
      add('target', `no stage named '${inputs.target}' in ${dockerfile}`, `Use one of: ${names.join(', ')}.`);
    }
    for (const stage of inputs['cache-stages']) {
      if (!names.includes(stage.toLowerCase())) {
        add(
          'cache-stages',
          `no stage named '${stage}' in ${dockerfile}`,
          names.length ? `Use named stages (FROM … AS <name>): ${names.join(', ')}.` : 'Name the stage in the Dockerfile (FROM … AS builder).'
        );
      }
    }
  }
}
