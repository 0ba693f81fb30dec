// The secret inputs (inputs/secrets.ts): secretEntry, and checkSecrets' kept entries, warnings and errors, never showing a value.
import { describe, expect, it } from '@jest/globals';
import { Findings } from '../../../src/inputs/errors.js';
import { checkSecrets, secretEntry } from '../../../src/inputs/secrets.js';

const VALUE = 's3cr3t-value';
const files = { isFile: (p: string) => ['npmrc', 'dir/key'].includes(p), isDirectory: (p: string) => p === 'dir' };

function check(secrets: string[], secretFiles: string[] = [], secretEnvs: string[] = []) {
  const found = new Findings();
  const kept = checkSecrets({ secrets, 'secret-files': secretFiles, 'secret-envs': secretEnvs }, files, found);
  const said = [...found.errors, ...found.warnings].map(f => f.message);
  for (const message of said) expect(message).not.toContain(VALUE);
  return { kept, errors: found.errors.map(e => e.message), warnings: found.warnings.map(w => w.message) };
}

describe('secretEntry', () => {
  it.each<[string, { key: string; value: string } | undefined]>([
    ['TOKEN=abc', { key: 'TOKEN', value: 'abc' }],
    ['MULTI=a=b=c', { key: 'MULTI', value: 'a=b=c' }],
    ['K= ', { key: 'K', value: ' ' }],
    ['TOKEN=', undefined],
    ['=abc', undefined],
    ['TOKEN', undefined],
    ['', undefined]
  ])('%j → %j', (entry, parsed) => {
    expect(secretEntry(entry)).toEqual(parsed);
  });
});

describe('checkSecrets', () => {
  it('keeps every entry that resolves, with nothing said', () => {
    expect(check([`TOKEN=${VALUE}`, `CSV=a,b,"c"`], ['npmrc=npmrc', 'key=dir/key'], ['GH=GITHUB_TOKEN'])).toEqual({
      kept: { secrets: [`TOKEN=${VALUE}`, 'CSV=a,b,"c"'], 'secret-files': ['npmrc=npmrc', 'key=dir/key'], 'secret-envs': ['GH=GITHUB_TOKEN'] },
      errors: [],
      warnings: []
    });
  });

  it('skips a secret without a value by its key, and a line without a key by its position', () => {
    const { kept, warnings } = check(['EMPTY=', `=${VALUE}`, `${VALUE}-line-of-a-pem`, 'OK=1']);
    expect(kept.secrets).toEqual(['OK=1']);
    expect(warnings).toEqual([
      "input 'secrets': 'EMPTY' has an empty value; skipped, the build goes on without it (a secret the workflow cannot see, as on a fork's pull request, is empty).",
      "input 'secrets': entry 2 is not of the form KEY=value; skipped, the build goes on without it.",
      "input 'secrets': entry 3 is not of the form KEY=value; skipped, the build goes on without it."
    ]);
  });

  it('takes a secret up to 500 KiB, counted in bytes', () => {
    expect(check([`MAX=${'x'.repeat(512_000)}`]).errors).toEqual([]);
    expect(check([`BIG=${'x'.repeat(512_001)}`]).errors).toEqual([
      "input 'secrets': 'BIG' is 512001 bytes; BuildKit takes secrets up to 500 KiB. Pass something smaller, such as a token that fetches the data during the build."
    ]);
    expect(check([`WIDE=${'é'.repeat(256_001)}`]).errors).toEqual([
      "input 'secrets': 'WIDE' is 512002 bytes; BuildKit takes secrets up to 500 KiB. Pass something smaller, such as a token that fetches the data during the build."
    ]);
  });

  it('refuses a quote in an id (buildx reads the --secret flag as CSV), and keeps the entry for the error to stop the step', () => {
    const { kept, errors } = check([`"ID=${VALUE}`]);
    expect(kept.secrets).toEqual([`"ID=${VALUE}`]);
    expect(errors).toEqual([`input 'secrets': the id '"ID' contains a comma or a quote, which buildx reads as separators. Rename the secret: letters, digits, -, _ and . are safe.`]);
  });

  it('skips a secret file that is not there or is a directory, and refuses a comma in its path', () => {
    const { kept, errors, warnings } = check([], ['gone=missing', 'd=dir', 'path', 'k=dir/key', 'c=a,b']);
    expect(kept['secret-files']).toEqual(['k=dir/key']);
    expect(warnings).toEqual([
      "input 'secret-files': 'gone' points at 'missing', which is nothing (no such file); skipped, the build goes on without it (create the file in an earlier step, relative to the workspace).",
      "input 'secret-files': 'd' points at 'dir', which is a directory; skipped, the build goes on without it (create the file in an earlier step, relative to the workspace).",
      "input 'secret-files': 'path' is not of the form KEY=path; skipped, the build goes on without it.",
      "input 'secret-files': 'c' points at 'a,b', which is nothing (no such file); skipped, the build goes on without it (create the file in an earlier step, relative to the workspace)."
    ]);
    expect(errors).toEqual([]);
  });

  it('refuses a comma in the key of a secret file that is there', () => {
    expect(check([], ['a,b=npmrc']).errors).toEqual([
      "input 'secret-files': 'a,b=npmrc' contains a comma or a quote, which buildx reads as separators. Rename the secret or the file: letters, digits, -, _, . and / are safe."
    ]);
  });

  it('skips a secret env that is not KEY=ENV_NAME, and leaves an unset variable to BuildKit', () => {
    const { kept, warnings } = check([], [], ['NAME', 'A=', '=B', 'TOKEN=NOT_SET_ANYWHERE']);
    expect(kept['secret-envs']).toEqual(['TOKEN=NOT_SET_ANYWHERE']);
    expect(warnings).toEqual([
      "input 'secret-envs': 'NAME' is not of the form KEY=ENV_NAME; skipped, the build goes on without it.",
      "input 'secret-envs': 'A=' is not of the form KEY=ENV_NAME; skipped, the build goes on without it.",
      "input 'secret-envs': '=B' is not of the form KEY=ENV_NAME; skipped, the build goes on without it."
    ]);
  });
});
