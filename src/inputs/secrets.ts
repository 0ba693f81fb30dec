/**
 * The secret inputs as docker/build-push-action resolves them (actions-toolkit's
 * Build.resolveSecret*): an entry it cannot resolve — no key, an empty value (the
 * repository secret a fork's pull request does not get), a secret file that is not
 * there — is left out with a warning and the build goes on without it. A warning names
 * the entry's key or position, never its value.
 * Follows docker/actions-toolkit v0.92.0: src/buildx/build.ts.
 * Follows docker/build-push-action v7.3.0: src/context.ts.
 */
import { splitKeyValue } from './attrs.js';
import type { Findings } from './errors.js';
import type { PathProbe } from './files.js';
import type { Inputs } from './inputs.js';

type SecretInputs = Pick<Inputs, 'secrets' | 'secret-files' | 'secret-envs'>;

/** BuildKit's limit on one secret (secretsprovider.MaxSecretSize): a bigger one fails the build at its start. */
const MAX_SECRET_BYTES = 500 * 1024;
const SKIPPED = 'skipped, the build goes on without it';

/** `KEY=value` with both parts non-empty (build-push-action's parseSecretKvp), else undefined. */
export function secretEntry(entry: string): { key: string; value: string } | undefined {
  const eq = entry.indexOf('=');
  if (eq <= 0 || eq === entry.length - 1) return undefined;
  return { key: entry.slice(0, eq), value: entry.slice(eq + 1) };
}

/** buildx reads `--secret id=<key>,src=<file>` as CSV: a comma or a quote in a part splits it. */
const breaksCsv = (part: string): boolean => /[,"]/.test(part);

/**
 * Checks the three secret inputs; returns the entries the build goes on with (what
 * build-push-action would put on argv), reporting the skipped ones as warnings.
 */
export function checkSecrets(inputs: SecretInputs, files: PathProbe, found: Findings): SecretInputs {
  const secrets = inputs.secrets.filter((entry, i) => {
    const secret = secretEntry(entry);
    if (!secret) {
      // Without a key the entry may be a line of a multi-line value: only its position is said.
      const key = splitKeyValue(entry)[0];
      if (entry.includes('=') && key) found.warn('secrets', `'${key}' has an empty value`, `${SKIPPED} (a secret the workflow cannot see, as on a fork's pull request, is empty)`);
      else found.warn('secrets', `entry ${i + 1} is not of the form KEY=value`, SKIPPED);
      return false;
    }
    if (breaksCsv(secret.key))
      found.error('secrets', `the id '${secret.key}' contains a comma or a quote, which buildx reads as separators`, 'Rename the secret: letters, digits, -, _ and . are safe.');
    const bytes = Buffer.byteLength(secret.value);
    if (bytes > MAX_SECRET_BYTES)
      found.error('secrets', `'${secret.key}' is ${bytes} bytes; BuildKit takes secrets up to 500 KiB`, 'Pass something smaller, such as a token that fetches the data during the build.');
    return true;
  });

  const secretFiles = inputs['secret-files'].filter(entry => {
    const secret = secretEntry(entry);
    if (!secret) {
      found.warn('secret-files', `'${entry}' is not of the form KEY=path`, SKIPPED);
      return false;
    }
    if (!files.isFile(secret.value)) {
      const what = files.isDirectory(secret.value) ? 'a directory' : 'nothing (no such file)';
      found.warn('secret-files', `'${secret.key}' points at '${secret.value}', which is ${what}`, `${SKIPPED} (create the file in an earlier step, relative to the workspace)`);
      return false;
    }
    if (breaksCsv(secret.key) || breaksCsv(secret.value))
      found.error('secret-files', `'${entry}' contains a comma or a quote, which buildx reads as separators`, 'Rename the secret or the file: letters, digits, -, _, . and / are safe.');
    return true;
  });

  const secretEnvs = inputs['secret-envs'].filter(entry => {
    // An environment variable that is not set is BuildKit's business: it gives the build an empty secret, as buildx does.
    if (secretEntry(entry)) return true;
    found.warn('secret-envs', `'${entry}' is not of the form KEY=ENV_NAME`, SKIPPED);
    return false;
  });

  return { secrets, 'secret-files': secretFiles, 'secret-envs': secretEnvs };
}
