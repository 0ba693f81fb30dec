// Where the build's Dockerfile is (inputs/dockerfile-source.ts), as buildx v0.36.1 and BuildKit v0.32.2 find it, and a local context's read.
import { describe, expect, it } from '@jest/globals';
import { dockerfileLocation, isRemoteContext, readLocalDockerfile, type DockerfileLocation } from '../../../src/inputs/dockerfile-source.js';
import type { FileProbe } from '../../../src/inputs/files.js';

describe('dockerfileLocation', () => {
  it.each<[string, { context: string; file: string }, DockerfileLocation]>([
    ['a local context: <context>/Dockerfile', { context: 'app', file: '' }, { kind: 'local', path: 'app/Dockerfile', context: 'app' }],
    ['a local context with file: relative to the workspace', { context: '.', file: 'docker/app.Dockerfile' }, { kind: 'local', path: 'docker/app.Dockerfile', context: '.' }],
    ['no context: the default Git context, Dockerfile at the root', { context: '', file: '' }, { kind: 'git', path: 'Dockerfile', subdir: '' }],
    ['no context, file: relative to the repository root', { context: '', file: './docker/Dockerfile' }, { kind: 'git', path: 'docker/Dockerfile', subdir: '' }],
    ['{{defaultContext}} is the same context', { context: '{{defaultContext}}', file: '' }, { kind: 'git', path: 'Dockerfile', subdir: '' }],
    [
      '{{ defaultContext }}:subdir: the Dockerfile in the subdirectory',
      { context: '{{ defaultContext }}:services/api/', file: '' },
      { kind: 'git', path: 'services/api/Dockerfile', subdir: 'services/api' }
    ],
    [
      '{{defaultContext}}:subdir with file: relative to the subdirectory, as BuildKit scopes the Git state',
      { context: '{{defaultContext}}:api', file: 'build/Dockerfile' },
      { kind: 'git', path: 'api/build/Dockerfile', subdir: 'api' }
    ],
    ['a subdirectory cannot climb out of the repository', { context: '{{defaultContext}}:../x', file: '' }, { kind: 'git', path: 'x/Dockerfile', subdir: 'x' }],
    ['an absolute file with the Git context: buildx reads it from this machine', { context: '', file: '/src/Dockerfile' }, { kind: 'local', path: '/src/Dockerfile' }],
    ['the Dockerfile on stdin', { context: '', file: '-' }, { kind: 'unread' }],
    ["another repository's Git URL", { context: 'https://github.com/acme/other.git#main', file: '' }, { kind: 'unread' }],
    ['an SSH Git URL', { context: 'git@github.com:acme/other.git', file: '' }, { kind: 'unread' }],
    ['{{defaultContext}} inside a longer value is not the default context', { context: 'x{{defaultContext}}', file: '' }, { kind: 'unread' }]
  ])('%s', (_name, inputs, expected) => {
    expect(dockerfileLocation(inputs)).toEqual(expected);
  });

  it.each([
    ['.', false],
    ['app', false],
    ['-', true],
    ['https://example.com/ctx.tar.gz', true],
    ['{{defaultContext}}:app', true]
  ])('isRemoteContext(%j) is %j', (context, remote) => {
    expect(isRemoteContext(context)).toBe(remote);
  });
});

describe('readLocalDockerfile', () => {
  const probe = (texts: Record<string, string>): FileProbe => ({
    isFile: p => Object.hasOwn(texts, p),
    isDirectory: () => true,
    readText: p => (Object.hasOwn(texts, p) ? texts[p] : undefined)
  });

  it.each<[string, { context: string; file: string }, Record<string, string>, object | undefined]>([
    [
      'the Dockerfile and the context’s .dockerignore',
      { context: 'app', file: '' },
      { 'app/Dockerfile': 'FROM a\n', 'app/.dockerignore': '.git\n' },
      { path: 'app/Dockerfile', text: 'FROM a\n', dockerignore: '.git\n', origin: 'local', contextDir: 'app', localPath: 'app/Dockerfile' }
    ],
    [
      "the Dockerfile's own ignore file first, as buildx",
      { context: '.', file: 'x.Dockerfile' },
      { 'x.Dockerfile': 'FROM a\n', 'x.Dockerfile.dockerignore': 'node_modules\n', '.dockerignore': '.git\n' },
      { path: 'x.Dockerfile', text: 'FROM a\n', dockerignore: 'node_modules\n', origin: 'local', contextDir: '.', localPath: 'x.Dockerfile' }
    ],
    ['no .dockerignore', { context: '.', file: '' }, { Dockerfile: 'FROM a\n' }, { path: 'Dockerfile', text: 'FROM a\n', origin: 'local', contextDir: '.', localPath: 'Dockerfile' }],
    ['no Dockerfile', { context: '.', file: '' }, {}, undefined],
    ['the Git context is not read here', { context: '', file: '' }, { Dockerfile: 'FROM a\n' }, undefined],
    [
      'an absolute file with the Git context: no context directory on this machine',
      { context: '', file: '/src/Dockerfile' },
      { '/src/Dockerfile': 'FROM a\n' },
      { path: '/src/Dockerfile', text: 'FROM a\n', origin: 'local', localPath: '/src/Dockerfile' }
    ]
  ])('%s', (_name, inputs, texts, expected) => {
    expect(readLocalDockerfile(inputs, probe(texts))).toEqual(expected);
  });
});
