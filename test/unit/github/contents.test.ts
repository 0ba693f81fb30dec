// A repository's files at a commit through the contents API (github/contents.ts), against the GitHub stand-in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listRepositoryDirectory, readRepositoryFile, type ContentsTarget } from '../../../src/github/contents.js';
import { gitBlobSha, startGitHub, type GitHubServer } from '../../servers/github.js';

const TOKEN = 'ghs_contents';
const SHA = 'c'.repeat(40);
let github: GitHubServer;
let target: ContentsTarget;

beforeAll(async () => {
  github = await startGitHub(TOKEN, 'acme/app');
  // Long enough that GitHub's base64 is wrapped over several lines.
  github.trees.set(SHA, { Dockerfile: `FROM busybox\n${'RUN true\n'.repeat(20)}`, 'go.sum': 'x v1 h1:abc\n', 'api/Dockerfile': 'FROM scratch\n', 'api/package-lock.json': '{}\n' });
  target = { apiUrl: github.url, owner: 'acme', repo: 'app', token: TOKEN, ref: SHA };
});
afterAll(() => github.close());

describe('readRepositoryFile', () => {
  it('a file: its text, decoded from base64, at the commit asked for', async () => {
    expect(await readRepositoryFile(target, 'Dockerfile')).toBe(`FROM busybox\n${'RUN true\n'.repeat(20)}`);
    expect(await readRepositoryFile(target, 'api/Dockerfile')).toBe('FROM scratch\n');
    expect(github.requests).toContain('GET /repos/acme/app/contents/Dockerfile');
  });

  it.each([
    ['a path that is not there', 'Nope', SHA],
    ['a directory', 'api', SHA],
    ['a commit that is not there', 'Dockerfile', 'd'.repeat(40)]
  ])('undefined for %s', async (_name, path, ref) => {
    expect(await readRepositoryFile({ ...target, ref }, path)).toBeUndefined();
  });

  it('throws, naming the request, when GitHub refuses the token', async () => {
    await expect(readRepositoryFile({ ...target, token: 'wrong' }, 'Dockerfile')).rejects.toThrow(/^GET \/repos\/acme\/app\/contents\/Dockerfile\?ref=c{40}: Bad credentials/);
    await expect(readRepositoryFile({ ...target, token: 'wrong' }, 'Dockerfile')).rejects.toMatchObject({ status: 401 });
  });
});

describe('listRepositoryDirectory', () => {
  it("the root's and a directory's entries, each file with its Git blob sha", async () => {
    expect((await listRepositoryDirectory(target, ''))?.map(e => [e.type, e.path, e.sha])).toEqual([
      ['file', 'Dockerfile', gitBlobSha(`FROM busybox\n${'RUN true\n'.repeat(20)}`)],
      ['dir', 'api', expect.any(String)],
      ['file', 'go.sum', gitBlobSha('x v1 h1:abc\n')]
    ]);
    expect((await listRepositoryDirectory(target, 'api'))?.map(e => e.name)).toEqual(['Dockerfile', 'package-lock.json']);
  });

  it('undefined for a file or nothing', async () => {
    expect(await listRepositoryDirectory(target, 'Dockerfile')).toBeUndefined();
    expect(await listRepositoryDirectory(target, 'nope')).toBeUndefined();
  });
});
