// cacheBustingAdvice (plan/advice.ts): `COPY . .` with the context's .git in it, said on the Dockerfile line unless a .dockerignore keeps .git out.
import { describe, expect, it } from '@jest/globals';
import { cacheBustingAdvice } from '../../../src/plan/advice.js';
import { readLocalDockerfile } from '../../../src/inputs/dockerfile-source.js';
import type { FileProbe } from '../../../src/inputs/files.js';
import type { Inputs } from '../../../src/inputs/inputs.js';

const DOCKERFILE = 'FROM golang AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nFROM alpine\nCOPY --from=build /app /app\nADD ./ /srv/\n';

/** A workspace of the given files (path → text) and directories. */
function workspace(texts: Record<string, string>, directories: string[] = []): FileProbe {
  return {
    isFile: p => Object.hasOwn(texts, p),
    isDirectory: p => directories.includes(p),
    readText: p => (Object.hasOwn(texts, p) ? texts[p] : undefined)
  };
}

/** The advice for a local context's Dockerfile, read as phases/inputs.ts reads it. */
const advise = (inputs: Pick<Inputs, 'context' | 'file'>, files: FileProbe) => cacheBustingAdvice(readLocalDockerfile(inputs, files), files);

const message = (dockerignore: string): string =>
  `this copies the whole context, and the context's .git directory changes on every checkout: this layer and all after it miss the cache on every run. Add .git to ${dockerignore}.`;

describe('cacheBustingAdvice', () => {
  it('marks every instruction that copies the whole context, not one copying from a stage', () => {
    const files = workspace({ 'app/Dockerfile': DOCKERFILE }, ['app/.git']);
    expect(advise({ context: 'app', file: '' }, files)).toEqual([
      { message: message('app/.dockerignore'), file: 'app/Dockerfile', line: 3, title: 'cache busting' },
      { message: message('app/.dockerignore'), file: 'app/Dockerfile', line: 7, title: 'cache busting' }
    ]);
  });

  it('counts a .git file (a worktree or submodule checkout) as well as a directory', () => {
    const files = workspace({ Dockerfile: 'FROM alpine\nCOPY . /app\n', '.git': 'gitdir: ../.git/worktrees/x' });
    expect(advise({ context: '.', file: '' }, files)).toEqual([{ message: message('.dockerignore'), file: 'Dockerfile', line: 2, title: 'cache busting' }]);
  });

  it.each<[string, Record<string, string>]>([
    ['the context has no .git', {}],
    ['.dockerignore keeps .git out', { 'app/.dockerignore': 'node_modules\n.git\n' }],
    ['.dockerignore ignores everything', { 'app/.dockerignore': '*\n!src\n' }],
    ["the Dockerfile's own ignore file keeps .git out", { 'app/Dockerfile.dockerignore': '/.git/' }]
  ])('says nothing when %s', (why, ignores) => {
    const files = workspace({ 'app/Dockerfile': DOCKERFILE, ...ignores }, why === 'the context has no .git' ? [] : ['app/.git']);
    expect(advise({ context: 'app', file: '' }, files)).toEqual([]);
  });

  it("prefers the Dockerfile's own ignore file over the context's, as buildx does", () => {
    const files = workspace({ 'docker/app.Dockerfile': 'FROM alpine\nCOPY . .\n', 'docker/app.Dockerfile.dockerignore': 'node_modules\n', '.dockerignore': '.git\n' }, ['.git']);
    expect(advise({ context: '.', file: 'docker/app.Dockerfile' }, files).map(a => [a.file, a.line])).toEqual([['docker/app.Dockerfile', 2]]);
  });

  it('says nothing after a later line puts .git back in', () => {
    const files = workspace({ 'app/Dockerfile': DOCKERFILE, 'app/.dockerignore': '.git\n!.git\n' }, ['app/.git']);
    expect(advise({ context: 'app', file: '' }, files).map(a => a.line)).toEqual([3, 7]);
  });

  it.each<[string, string]>([
    ['https://github.com/acme/app.git#main', ''],
    ['.', '-']
  ])('has no Dockerfile to read for context %j, file %j', (context, file) => {
    const files = workspace({ Dockerfile: DOCKERFILE }, ['.git']);
    expect(advise({ context, file }, files)).toEqual([]);
  });

  it('says nothing when the Dockerfile cannot be read', () => {
    expect(advise({ context: 'app', file: '' }, workspace({}, ['app/.git']))).toEqual([]);
  });

  it("says nothing for the default Git context's Dockerfile, read from the checkout: BuildKit's Git context holds no .git", () => {
    const files = workspace({ Dockerfile: DOCKERFILE }, ['.git']);
    expect(cacheBustingAdvice({ path: 'Dockerfile', text: DOCKERFILE, origin: 'checkout', contextDir: '.', localPath: 'Dockerfile' }, files)).toEqual([]);
    expect(cacheBustingAdvice({ path: 'Dockerfile', text: DOCKERFILE, origin: 'local', contextDir: '.', localPath: 'Dockerfile' }, files).map(a => a.line)).toEqual([3, 7]);
  });
});
